/**
 * Invitations, preview then send. The preview reads (one query for the addresses, one for the
 * seats) and writes nothing; sending takes the list the preview showed, checks it again, and
 * enrolls everyone or nobody (inviteAll), then welcomes those enrolled.
 */
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { activeCount, type Cohort } from "./cohorts.server";
import { inviteAll } from "./enrollment.server";
import { isEmail, MAX_ENTRIES, MAX_NAME, type Invitee, type ReadList } from "./invitations";
import { planInvitations, type InvitePlan, type KnownPerson } from "./invite-plan";

// The readers, for routes: a .server module keeps the parsers (csv-parse needs Node) out of the browser bundle.
export { readInviteText, withUpload } from "./invite-csv";
import { sendWelcomes } from "./welcome.server";

/** Accounts among these addresses, with their place in this cohort if any. */
export function knownPeople(db: Db, cohortId: number, emails: string[], now: Date): Map<string, KnownPerson> {
  const known = new Map<string, KnownPerson>();
  if (emails.length === 0) return known;
  const rows = db
    .select({ email: users.email, name: users.name, status: enrollments.status, holdUntil: enrollments.holdUntil })
    .from(users)
    .leftJoin(enrollments, and(eq(enrollments.userId, users.id), eq(enrollments.cohortId, cohortId)))
    .where(inArray(users.email, [...new Set(emails)]))
    .all();
  for (const r of rows) known.set(r.email, { name: r.name, status: r.status, holdsSeat: r.status === "pending" && r.holdUntil !== null && r.holdUntil > now });
  return known;
}

export function previewInvitations(db: Db, cohort: Cohort, list: ReadList, now: Date): InvitePlan {
  const known = knownPeople(db, cohort.id, list.people.map((p) => p.email), now);
  return planInvitations(list, known, cohort.capacity - activeCount(db, cohort.id, now));
}

/** The list a preview carries to "Send": checked again here, since anything can be posted. */
export const invitationsSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The list did not arrive whole; preview it again." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(
        z.object({
          name: z.string().trim().max(MAX_NAME).regex(/^[^\p{Cc}]*$/u),
          email: z.string().trim().toLowerCase().refine(isEmail),
        }),
      )
      .min(1)
      .max(MAX_ENTRIES),
  );

export type SendResult = { ok: true; enrolled: number; alreadyIn: number } | { ok: false; reason: string };

export async function sendInvitations(db: Db, cohort: Cohort, people: Invitee[], now: Date, appUrl: string): Promise<SendResult> {
  const unique = [...new Map(people.map((p) => [p.email, p])).values()];
  const result = inviteAll(db, cohort.id, unique, now);
  if (!result.ok) return result;
  const enrolled = result.results.filter((r) => r.status === "enrolled");
  await sendWelcomes(db, enrolled.map((r) => r.enrollmentId), now, appUrl);
  return { ok: true, enrolled: enrolled.length, alreadyIn: result.results.length - enrolled.length };
}
