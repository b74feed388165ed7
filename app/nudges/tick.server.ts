/**
 * One tick: plan what is due, put it in the outbox (each email once, by its key), and
 * deliver what is due. Safe to run twice at once: planning inserts by unique key, and
 * delivery claims rows in write transactions.
 */
import { letRequestsIn } from "~/util/let-requests-in";
import type { Db } from "~/db.server";
import { tickFinished, tickStarted } from "~/health/tick-runs.server";
import { log } from "~/log.server";
import { participantReport } from "~/balance/report.server";
import { getCourse } from "~/course/content.server";
import { queueActivityDigests } from "~/community/activity-digest.server";
import { dueDigests } from "~/facilitation/digest.server";
import { dueLiveReminders } from "~/community/reminders.server";
import { deliverDue, type DeliveryReport } from "~/email/deliver.server";
import { pruneEmailBodies } from "~/email/retention.server";
import { enqueueMany, type NewEmail } from "~/email/outbox.server";
import type { EmailTransport } from "~/email/transport.server";
import { createComposer } from "./compose.server";
import { loadNudgeFacts, nudgeCohorts } from "./facts.server";
import { planNudges, type TimesCache } from "./planner";

/** Emails composed and queued per transaction. */
const SLICE = 250;
/** Enrollments whose facts are loaded and planned at once (one cohort's, at most this many). */
export const PAGE = 500;
/** The longest the tick keeps the event loop before letting requests in. */
const YIELD_AFTER_MS = 15;

/** Lets waiting requests run when the caller has held the event loop for `YIELD_AFTER_MS`. */
function yielder(): (force?: boolean) => Promise<void> {
  let last = performance.now();
  return async (force = false) => {
    if (!force && performance.now() - last < YIELD_AFTER_MS) return;
    await letRequestsIn();
    last = performance.now();
  };
}

export type TickReport = { planned: Record<"daily" | "catch-up" | "congrats" | "report", number>; queued: number; skipped: number; delivery: DeliveryReport; pruned: number; ms: number };

/** Plans, queues and delivers once; the run is recorded in tick_runs (for /healthz) whether it ends well or not. */
export async function runTick(db: Db, transport: EmailTransport, clock: () => Date, appUrl: string): Promise<TickReport> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  tickStarted(db, clock());
  try {
    const { planned, queued, skipped } = await planAndQueue(db, clock(), appUrl);
    // Planning's facts are out of scope by now: delivery runs with only a batch in memory.
    const delivery = await deliverDue(db, transport, clock, { maxWaitMs: 30_000 });
    // Last, so a slow prune never delays email: the bodies of email sent long enough ago.
    const pruned = await pruneEmailBodies(db, clock());
    const report = { planned, queued, skipped, delivery, pruned, ms: ms() };
    tickFinished(db, { at: clock(), durationMs: report.ms, queued, sent: delivery.sent, error: null });
    return report;
  } catch (error) {
    tickFinished(db, { at: clock(), durationMs: ms(), queued: 0, sent: 0, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/** Plans what is due at `now` and puts it in the outbox, a page of enrollments at a time. */
export async function planAndQueue(db: Db, now: Date, appUrl: string): Promise<Pick<TickReport, "planned" | "queued" | "skipped">> {
  // One enrollment or cohort that cannot be planned or composed is logged and skipped; the rest go on.
  let skipped = 0;
  const skip = (what: Record<string, unknown>, reason: string) => {
    skipped++;
    log.error({ ...what, reason }, "email tick: skipped");
  };
  const yieldToRequests = yielder();
  const times: TimesCache = new Map();
  // One composer per course edition (a cohort keeps the edition it started with).
  const composers = new Map<string, ReturnType<typeof createComposer>>();
  const composerFor = (edition: string) => {
    let composer = composers.get(edition);
    if (!composer) composers.set(edition, (composer = createComposer(getCourse(edition), appUrl, now)));
    return composer;
  };
  const planned = { daily: 0, "catch-up": 0, congrats: 0, report: 0 };
  let queued = 0;
  // A cohort at a time, a page of its enrollments at a time: the tick holds one page of facts
  // and one slice of email in memory, never all enrollments in flight nor a morning's email,
  // and web requests get the event loop between pages and slices.
  for (const cohortId of nudgeCohorts(db, now)) {
    for (let after = 0; ; ) {
      const { facts, recipients } = loadNudgeFacts(db, now, { cohortId, after, limit: PAGE });
      if (facts.length === 0) break;
      after = facts[facts.length - 1]!.enrollmentId;
      const byEnrollment = new Map(facts.map((f) => [f.enrollmentId, f]));
      const plan = planNudges(facts, now, (f, reason) => skip({ enrollmentId: f.enrollmentId }, reason), times);
      for (const n of plan) planned[n.kind === "daily" ? (n.form === "lesson" ? "daily" : "catch-up") : n.kind]++;
      await yieldToRequests();
      for (let from = 0; from < plan.length; from += SLICE) {
        const emails: NewEmail[] = [];
        for (const nudge of plan.slice(from, from + SLICE)) {
          try {
            const facts = byEnrollment.get(nudge.enrollmentId)!;
            const balance = nudge.kind === "report" ? participantReport(db, nudge.enrollmentId, facts.cohort, now) : undefined;
            emails.push(await composerFor(facts.cohort.edition).compose(nudge, facts, recipients.get(nudge.enrollmentId)!, balance));
          } catch (error) {
            skip({ enrollmentId: nudge.enrollmentId, kind: nudge.kind }, error instanceof Error ? error.message : String(error));
          }
          await yieldToRequests();
        }
        queued += enqueueMany(db, emails, now);
        await yieldToRequests(true);
      }
      if (facts.length < PAGE) break;
      await yieldToRequests();
    }
  }
  const digests = await dueDigests(db, now, appUrl, (cohortId, reason) => skip({ cohortId, kind: "digest" }, reason));
  queued += enqueueMany(db, digests, now);
  queued += enqueueMany(db, await dueLiveReminders(db, now, appUrl, (liveSessionId, reason) => skip({ liveSessionId, kind: "live-reminder" }, reason)), now);
  queued += await queueActivityDigests(db, now, appUrl, (userId, reason) => skip({ userId, kind: "activity" }, reason));
  return { planned, queued, skipped };
}

export function describeTick(now: Date, report: TickReport): string {
  const p = report.planned;
  const d = report.delivery;
  return (
    `tick ${now.toISOString()}: planned ${p.daily + p["catch-up"] + p.congrats + p.report} (daily ${p.daily}, catch-up ${p["catch-up"]}, congrats ${p.congrats}, report ${p.report}), ` +
    `queued ${report.queued}${report.skipped ? `, skipped ${report.skipped} (see the log)` : ""}; delivered ${d.sent}, retrying ${d.retrying}, failed ${d.failed} in ${report.ms} ms (delivery ${d.ms} ms)` +
    (report.pruned ? `; blanked the words of ${report.pruned} ${report.pruned === 1 ? "email" : "emails"} past their retention` : "")
  );
}
