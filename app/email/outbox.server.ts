/**
 * Every email starts as an outbox row with a unique idempotency key; enqueuing the same key
 * twice is a no-op, so nothing planned twice is ever sent twice.
 */
import { eq, TransactionRollbackError } from "drizzle-orm";
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
  /** The course day of a daily email. */
  day?: number | null;
};

function row(email: NewEmail, now: Date) {
  return {
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
    day: email.day ?? null,
    nextAttemptAt: now,
    createdAt: now,
  };
}

/** Enqueues many emails in one transaction; keys already present are skipped. Returns how many were new. */
export function enqueueMany(db: Db, emails: NewEmail[], now: Date): number {
  if (emails.length === 0) return 0;
  return db.transaction((tx) => {
    let added = 0;
    for (let i = 0; i < emails.length; i += 200) {
      added += tx.insert(emailOutbox).values(emails.slice(i, i + 200).map((e) => row(e, now))).onConflictDoNothing({ target: emailOutbox.idempotencyKey }).run().changes;
    }
    return added;
  });
}

export function enqueueEmail(db: Db, email: NewEmail, now: Date): { id: number; created: boolean } {
  const inserted = db
    .insert(emailOutbox)
    .values(row(email, now))
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id })
    .get();
  if (inserted) return { id: inserted.id, created: true };
  const existing = db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, email.key)).get();
  return { id: existing!.id, created: false };
}

/**
 * The same insert as `enqueueEmail`, rolled back: for a request that must take as long
 * whether or not an email goes (signing in with an address that has no account).
 */
export function rehearseEnqueue(db: Db, email: NewEmail, now: Date): void {
  try {
    db.transaction((tx) => {
      tx.insert(emailOutbox).values(row(email, now)).onConflictDoNothing({ target: emailOutbox.idempotencyKey }).run();
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}
