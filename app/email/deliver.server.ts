/**
 * Delivers due outbox rows. Rows are claimed in one write transaction, with a lease and a
 * batch key stored before the provider is called; a crashed or failed batch is sent again
 * whole, under the same key, so the provider deduplicates it. Two deliverers running at
 * once never claim the same row.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { emailOutbox, enrollments, users } from "../../db/schema";
import { consentVerdict } from "./consent";
import type { Db } from "~/db.server";
import { getEnv } from "~/env.server";
import { backoffMs, GAVE_UP, givesUp, LEASE_MS } from "./delivery";
import { MAX_BATCH, type EmailTransport } from "./transport.server";

type OutboxRow = typeof emailOutbox.$inferSelect;

/** What a delivery run did; `ms` is its real (not app-clock) duration. */
export type DeliveryReport = { batches: number; sent: number; retrying: number; failed: number; rateLimitedMs: number; ms: number };

/**
 * Claims the next batch: an earlier batch that is due again (same key, the rows still
 * consented to), else up to 100 new rows. Rows whose consent was withdrawn while they
 * waited are cancelled on the way, and never sent.
 */
export function claimBatch(db: Db, now: Date, onlyIds?: number[]): { key: string; rows: OutboxRow[] } | null {
  return db.transaction(
    (tx) => {
      const due = (status: "pending" | "sending") =>
        status === "pending"
          ? and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now))
          : and(eq(emailOutbox.status, "sending"), lte(emailOutbox.leaseUntil, now));
      const scope = onlyIds ? inArray(emailOutbox.id, onlyIds) : undefined;
      const lease = new Date(now.getTime() + LEASE_MS);
      const claim = (where: SQL | undefined, batchKey?: string) =>
        tx
          .update(emailOutbox)
          .set({ status: "sending", leaseUntil: lease, attempts: sql`${emailOutbox.attempts} + 1`, ...(batchKey ? { batchKey } : {}) })
          .where(where)
          .returning()
          .all()
          .sort((a, b) => a.id - b.id);

      for (;;) {
        const again = tx
          .select({ key: emailOutbox.batchKey })
          .from(emailOutbox)
          .where(and(isNotNull(emailOutbox.batchKey), or(due("pending"), due("sending")), scope))
          .orderBy(asc(emailOutbox.id))
          .limit(1)
          .get();
        if (again?.key) {
          const open = and(eq(emailOutbox.batchKey, again.key), inArray(emailOutbox.status, ["pending", "sending"]));
          cancelWithoutConsent(tx, tx.select({ id: emailOutbox.id }).from(emailOutbox).where(open).all().map((r) => r.id), now);
          const rows = claim(open);
          if (rows.length > 0) return { key: again.key, rows };
          continue;
        }

        const fresh = tx
          .select({ id: emailOutbox.id })
          .from(emailOutbox)
          .where(and(isNull(emailOutbox.batchKey), due("pending"), scope))
          .orderBy(asc(emailOutbox.id))
          .limit(MAX_BATCH)
          .all()
          .map((r) => r.id);
        if (fresh.length === 0) return null;
        const cancelled = cancelWithoutConsent(tx, fresh, now);
        const sendable = fresh.filter((id) => !cancelled.has(id));
        if (sendable.length === 0) continue;
        // Random and stored before the call: unique forever, also after a restore from backup
        // reuses row ids (a key made from ids would make the provider replay an old answer).
        const key = `tripod-batch-${randomUUID()}`;
        return { key, rows: claim(inArray(emailOutbox.id, sendable), key) };
      }
    },
    { behavior: "immediate" },
  );
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Provider calls in flight at once, when delivery paces to a rate limit. */
const IN_FLIGHT = 2;

/** Pacing runs this much under the limit, so network jitter cannot push two calls into one window. */
const PACING_MARGIN = 1.03;

/**
 * Spaces provider calls evenly just under `perSecond` (0: no pacing), so delivery runs at
 * the provider's limit instead of into its 429s.
 */
export function pacer(perSecond: number, clock: () => number, sleep: (ms: number) => Promise<void>): () => Promise<void> {
  if (perSecond <= 0) return async () => {};
  const interval = (1000 / perSecond) * PACING_MARGIN;
  let next = -Infinity;
  return async () => {
    const now = clock();
    const at = Math.max(now, next);
    next = at + interval;
    if (at > now) await sleep(at - now);
  };
}

/**
 * Marks the rows whose recipient withdrew consent, or whose enrollment ended, as cancelled
 * (kept, with the reason, never sent). Returns their ids.
 */
function cancelWithoutConsent(tx: Tx, ids: number[], now: Date): Set<number> {
  if (ids.length === 0) return new Set();
  const facts = tx
    .select({ id: emailOutbox.id, kind: emailOutbox.kind, unsubscribedAt: users.unsubscribedAt, dailyEmails: users.dailyEmails, digestEmails: users.digestEmails, activityEmails: users.activityEmails, userId: users.id, enrollmentId: emailOutbox.enrollmentId, enrollmentStatus: enrollments.status })
    .from(emailOutbox)
    .leftJoin(users, eq(users.id, emailOutbox.userId))
    .leftJoin(enrollments, eq(enrollments.id, emailOutbox.enrollmentId))
    .where(inArray(emailOutbox.id, ids))
    .all();
  const cancelled = new Set<number>();
  for (const f of facts) {
    const verdict = consentVerdict(f.kind, {
      unsubscribed: f.userId !== null && f.unsubscribedAt !== null,
      dailyEmails: f.dailyEmails ?? true,
      digestEmails: f.digestEmails ?? true,
      activityEmails: f.activityEmails ?? true,
      enrollmentStatus: f.enrollmentId === null ? null : (f.enrollmentStatus ?? "deleted"),
    });
    if (verdict.send) continue;
    tx.update(emailOutbox).set({ status: "cancelled", lastError: verdict.reason, leaseUntil: null, nextAttemptAt: now }).where(eq(emailOutbox.id, f.id)).run();
    cancelled.add(f.id);
  }
  return cancelled;
}

/**
 * Sends due batches until none are left (or `maxBatches`). On a 429 it waits for
 * retry-after (up to `maxWaitMs` in total) and tries the same batch again.
 */
export async function deliverDue(
  db: Db,
  transport: EmailTransport,
  clock: () => Date,
  options: {
    maxBatches?: number;
    maxWaitMs?: number;
    onlyIds?: number[];
    sleep?: (ms: number) => Promise<void>;
    retryWindowMs?: number;
    /** The provider's request rate limit, to pace to rather than run into 429s (local outbox: none). */
    requestsPerSecond?: number;
    /** Real time for pacing (the app clock may be pinned); tests inject it with `sleep`. */
    monotonic?: () => number;
    /** Provider calls in flight at once when pacing (default 2). */
    inFlight?: number;
  } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { batches: 0, sent: 0, retrying: 0, failed: 0, rateLimitedMs: 0, ms: 0 };
  const started = performance.now();
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const retryWindowMs = options.retryWindowMs ?? getEnv().EMAIL_RETRY_HOURS * 3_600_000;
  const rate = transport.name === "outbox" ? 0 : (options.requestsPerSecond ?? getEnv().RESEND_REQUESTS_PER_SECOND);
  const pace = pacer(rate, options.monotonic ?? (() => performance.now()), sleep);

  let stopped = false;
  const worker = async () => {
    while (!stopped && report.batches < maxBatches) {
      const batch = claimBatch(db, clock(), options.onlyIds);
      if (!batch) break;
      report.batches++;
      await pace();
      const result = await transport.sendBatch(
        batch.rows.map((r) => ({ from: r.fromAddress, to: r.toAddress, subject: r.subject, html: r.html, text: r.text, headers: r.headers })),
        batch.key,
      );
      const now = clock();
      const ids = batch.rows.map((r) => r.id);

      if (result.ok) {
        db.transaction((tx) => {
          result.outcomes.forEach((outcome, i) => {
            const id = ids[i]!;
            if (outcome.ok) tx.update(emailOutbox).set({ status: "sent", providerId: outcome.providerId, sentAt: now, leaseUntil: null, lastError: null }).where(eq(emailOutbox.id, id)).run();
            else tx.update(emailOutbox).set({ status: "failed", lastError: outcome.error, leaseUntil: null }).where(eq(emailOutbox.id, id)).run();
          });
        });
        report.sent += result.outcomes.filter((o) => o.ok).length;
        report.failed += result.outcomes.filter((o) => !o.ok).length;
        continue;
      }

      if (result.retry === "already-processed") {
        // Every email the earlier attempt carried was delivered then, the since-cancelled ones too.
        const note = `sent by an earlier attempt of this batch (the provider recognised its key): ${result.error}`;
        db.update(emailOutbox)
          .set({ status: "sent", sentAt: now, leaseUntil: null, lastError: note })
          .where(and(eq(emailOutbox.batchKey, batch.key), inArray(emailOutbox.status, ["sending", "cancelled"])))
          .run();
        report.sent += ids.length;
        continue;
      }

      if (result.retry === "never") {
        db.update(emailOutbox).set({ status: "failed", lastError: result.error, leaseUntil: null }).where(inArray(emailOutbox.id, ids)).run();
        report.failed += ids.length;
        continue;
      }

      if (result.retry === "rate-limited") {
        // Not processed by the provider: hand the rows back at once, then wait as asked.
        db.update(emailOutbox)
          .set({ status: "pending", lastError: result.error, leaseUntil: null, nextAttemptAt: new Date(now.getTime() + result.retryAfterMs), attempts: sql`${emailOutbox.attempts} - 1` })
          .where(inArray(emailOutbox.id, ids))
          .run();
        if (report.rateLimitedMs + result.retryAfterMs > maxWaitMs) {
          report.retrying += ids.length;
          stopped = true;
          break;
        }
        report.rateLimitedMs += result.retryAfterMs;
        report.batches--;
        await sleep(result.retryAfterMs);
        continue;
      }

      // Transient: back off (at most 15 minutes) until the retry window since it was queued is over.
      const attempts = batch.rows[0]!.attempts;
      const queuedAt = new Date(Math.min(...batch.rows.map((r) => (r.retryFrom ?? r.createdAt).getTime())));
      if (givesUp(queuedAt, now, retryWindowMs)) {
        const hours = Math.round(retryWindowMs / 3_600_000);
        db.update(emailOutbox).set({ status: "failed", lastError: `${GAVE_UP} ${hours} hours (${attempts} attempts): ${result.error}`, leaseUntil: null }).where(inArray(emailOutbox.id, ids)).run();
        report.failed += ids.length;
      } else {
        db.update(emailOutbox)
          .set({ status: "pending", lastError: result.error, leaseUntil: null, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) })
          .where(inArray(emailOutbox.id, ids))
          .run();
        report.retrying += ids.length;
      }
    }
  };
  // Calls overlap (two in flight, their starts still paced): one slow answer does not hold
  // the next call back, so delivery keeps up with the limit rather than with the latency.
  await Promise.all(Array.from({ length: rate > 0 ? (options.inFlight ?? IN_FLIGHT) : 1 }, worker));
  report.ms = Math.round(performance.now() - started);
  return report;
}
