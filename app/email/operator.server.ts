/**
 * What an operator needs to know about the outbox, and the one thing they may do to it:
 * requeue email that failed for a passing reason once the cause is gone.
 */
import { and, count, desc, eq, inArray, like, lte, min, sql } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import type { Db } from "~/db.server";
import { GAVE_UP } from "./delivery";

/** Email waiting to go, and failures: cheap enough for every /healthz hit (each count reads only its status's rows in the due index). */
export type OutboxBacklog = {
  /** Email queued and not yet sent (waiting for its next try), and how long the oldest has waited since it was queued. */
  due: number;
  oldestDueSeconds: number | null;
  failed: number;
};

export function outboxBacklog(db: Db, now: Date): OutboxBacklog {
  const waiting = and(inArray(emailOutbox.status, ["pending", "sending"]), lte(emailOutbox.createdAt, now));
  const due = db.select({ n: count(), oldest: min(sql<number>`coalesce(${emailOutbox.retryFrom}, ${emailOutbox.createdAt})`) }).from(emailOutbox).where(waiting).get()!;
  const failed = db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, "failed")).get()!.n;
  return { due: due.n, oldestDueSeconds: due.oldest === null ? null : Math.max(0, Math.round((now.getTime() - Number(due.oldest)) / 1000)), failed };
}

/** The whole picture for `npm run emails:status`: the backlog, every state's count, and the latest failures. */
export type OutboxStatus = OutboxBacklog & {
  byStatus: Record<string, number>;
  latestFailures: { id: number; kind: string; to: string; subject: string; error: string | null; retryable: boolean; at: Date }[];
};

export function outboxStatus(db: Db, now: Date, failedLimit = 20): OutboxStatus {
  const byStatus = Object.fromEntries(db.select({ status: emailOutbox.status, n: count() }).from(emailOutbox).groupBy(emailOutbox.status).all().map((r) => [r.status, r.n]));
  const failed = db
    .select({ id: emailOutbox.id, kind: emailOutbox.kind, to: emailOutbox.toAddress, subject: emailOutbox.subject, error: emailOutbox.lastError, at: emailOutbox.createdAt })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, "failed"))
    .orderBy(desc(emailOutbox.id))
    .limit(failedLimit)
    .all();
  return { ...outboxBacklog(db, now), byStatus, latestFailures: failed.map((f) => ({ ...f, retryable: f.error?.startsWith(GAVE_UP) ?? false })) };
}

/**
 * Puts failed email back in the queue, due now: by default every email that failed for a
 * passing reason (an outage that outlasted the retry window); with `ids`, exactly those
 * (whatever the reason). Each keeps its batch key, so a batch the provider did take is not
 * sent twice. Returns how many were requeued.
 */
export function requeueFailed(db: Db, now: Date, ids?: number[]): number {
  const which = ids ? and(eq(emailOutbox.status, "failed"), inArray(emailOutbox.id, ids)) : and(eq(emailOutbox.status, "failed"), like(emailOutbox.lastError, `${GAVE_UP}%`));
  return db
    .update(emailOutbox)
    .set({ status: "pending", nextAttemptAt: now, retryFrom: now, leaseUntil: null, attempts: 0, lastError: sql`'requeued by an operator; before: ' || coalesce(${emailOutbox.lastError}, '')` })
    .where(which)
    .run().changes;
}
