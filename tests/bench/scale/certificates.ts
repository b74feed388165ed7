/**
 * A year of operation has issued its certificates, and their emails went long ago: the app's own
 * start-up sweep issues them on the seeded file (its first-start cost is a figure too), and their
 * announcements are marked sent, so the servers measured afterwards find nothing to issue or send.
 */
import { like } from "drizzle-orm";
import { openDatabase } from "../../../db/client";
import { emailOutbox } from "../../../db/schema";
import { sweepCertificates } from "~/certificates/issue.server";

export async function issueYearsCertificates(file: string, at: Date, appUrl: string): Promise<{ issued: number; ms: number }> {
  const db = openDatabase(file);
  try {
    const { issued, ms } = await sweepCertificates(db, at, appUrl);
    db.update(emailOutbox).set({ status: "sent", sentAt: at, attempts: 1 }).where(like(emailOutbox.idempotencyKey, "certificate/%")).run();
    return { issued, ms };
  } finally {
    db.$client.close();
  }
}
