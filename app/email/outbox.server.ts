/**
 * Every email starts as an outbox row with a unique idempotency key; enqueuing the same key
 * twice is a no-op, so nothing planned twice is ever sent twice.
 */
import { eq } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import type { Db } from "~/db.server";
import { getEnv } from "~/env.server";

export type NewEmail = {
  key: string;
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  userId?: number | null;
  enrollmentId?: number | null;
};

export function enqueueEmail(db: Db, email: NewEmail, now: Date): { id: number; created: boolean } {
  const inserted = db
    .insert(emailOutbox)
    .values({
      idempotencyKey: email.key,
      kind: email.kind,
      toAddress: email.to,
      fromAddress: getEnv().EMAIL_FROM,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: email.headers ?? {},
      userId: email.userId ?? null,
      enrollmentId: email.enrollmentId ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id })
    .get();
  if (inserted) return { id: inserted.id, created: true };
  const existing = db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, email.key)).get();
  return { id: existing!.id, created: false };
}
