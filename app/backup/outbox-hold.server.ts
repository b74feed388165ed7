/**
 * After an older copy is restored, the outbox no longer knows what went out since the copy
 * was taken. What it would send again is held for an operator instead (ADR 0015):
 * - a queued email with no batch key yet: it may have gone, under a key this copy never saw;
 * - an email the tick would plan now (its row was written after the copy): the same;
 * - a claimed email whose batch key the provider may have forgotten (Resend keeps keys 24
 *   hours from their first use, which is never before the email was queued).
 * A claimed email queued less than 23 hours ago goes again under its stored key, and the
 * provider answers for the earlier call instead of sending twice.
 * Held emails are marked `failed` with a reason saying so, listed by `npm run emails:status`
 * and sent, once checked against the provider's log, with `npm run emails:retry -- --id N`.
 */
import { and, inArray, isNull, isNotNull, lt, or } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import type { Db } from "../../db/client";
import { planAndQueue } from "~/nudges/tick.server";

/** A claimed email queued longer ago than this may outlive its key at the provider. */
export const KEY_TRUST_MS = 23 * 3_600_000;

export const HELD_REASON = "held at restore from a backup: it may have gone out after the backup was taken";

export type HeldEmail = { id: number; kind: string; to: string; subject: string; createdAt: Date };

export async function holdEmailsInDoubt(db: Db, now: Date, appUrl: string, source: string): Promise<{ planned: number; held: HeldEmail[] }> {
  const { queued } = await planAndQueue(db, now, appUrl);
  const unsent = inArray(emailOutbox.status, ["pending", "sending"]);
  const inDoubt = and(unsent, or(isNull(emailOutbox.batchKey), and(isNotNull(emailOutbox.batchKey), lt(emailOutbox.createdAt, new Date(now.getTime() - KEY_TRUST_MS)))));
  const held = db
    .update(emailOutbox)
    .set({ status: "failed", leaseUntil: null, lastError: `${HELD_REASON} (${source}, restored ${now.toISOString()}); if the provider's log does not show it, send it with npm run emails:retry -- --id <id>` })
    .where(inDoubt)
    .returning({ id: emailOutbox.id, kind: emailOutbox.kind, to: emailOutbox.toAddress, subject: emailOutbox.subject, createdAt: emailOutbox.createdAt })
    .all()
    .sort((a, b) => a.id - b.id);
  return { planned: queued, held };
}
