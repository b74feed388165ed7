/**
 * The facts the planner needs for the enrollments that may still get email, a page at a time,
 * in three queries a page: enrollments with their person and cohort, then, by their ids,
 * completed days and which daily emails, congratulations and reports the outbox already holds.
 */
import { and, asc, eq, exists, gt, inArray, isNotNull, isNull, max, notExists, or, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { calendarProblem, COURSE_LENGTH } from "~/cohorts/schedule";
import { cohorts, dayProgress, emailOutbox, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import type { NudgeFacts } from "./planner";

export type Recipient = { enrollmentId: number; userId: number; name: string; email: string; unsubscribeToken: string; cohortTitle: string };

/**
 * How long after the final report someone can still finish day 30 and be congratulated: the
 * final assessment stays open for 30 days after the course ends, and so does this.
 */
export const LATE_FINISH_DAYS = 31;

/**
 * Which enrollments a tick loads: all that may still get email, or one page of them (one
 * cohort, enrollments after `after` by id, at most `limit`), so a tick holds one page of facts
 * at a time however many enrollments are in flight.
 */
export type FactsPage = { cohortId: number; after: number; limit: number };

/**
 * The cohorts in which something may be due at `now`, by id. Left out: a cohort that starts two
 * or more UTC dates from now (its first day unlocks at midnight in its zone, at most 14 hours
 * before that date's UTC midnight, so after the end of tomorrow in UTC: no daily email and no
 * report can be due in any zone), unless someone there already completed day 30 (a
 * congratulation needs only that). A cohort whose calendar is broken stays in, so the planner
 * reports it as it always did.
 */
export function nudgeCohorts(db: Db, now: Date): number[] {
  const soonest = new Date(now.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
  const doneDay30 = db
    .select({ one: sql`1` })
    .from(enrollments)
    .innerJoin(dayProgress, and(eq(dayProgress.enrollmentId, enrollments.id), eq(dayProgress.day, COURSE_LENGTH), isNotNull(dayProgress.completedAt)))
    .where(and(eq(enrollments.cohortId, cohorts.id), eq(enrollments.status, "active")));
  return db
    .select({ id: cohorts.id, startsOn: cohorts.startsOn, timeZone: cohorts.timeZone, schedule: cohorts.schedule, later: sql<number>`${cohorts.startsOn} >= ${soonest}`, doneDay30: sql<number>`case when ${cohorts.startsOn} >= ${soonest} then exists ${doneDay30} else 0 end` })
    .from(cohorts)
    .orderBy(asc(cohorts.id))
    .all()
    .filter((c) => !(c.later && !c.doneDay30 && calendarProblem(c) === null))
    .map((c) => c.id);
}

/** `ids` as one bound parameter: `column in (select value from json_each(?))`. */
const among = (column: SQLiteColumn, ids: number[]) => sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;

export function loadNudgeFacts(db: Db, now: Date, page?: FactsPage): { facts: NudgeFacts[]; recipients: Map<number, Recipient> } {
  // Only enrollments that may still get email: active, not unsubscribed from all course email
  // (the planner plans nothing for them), and either their final report not yet queued, or no
  // congratulation yet while a late finish is still possible. Finished courses drop out, so a
  // tick's work does not grow with history.
  // By enrollment and kind (an integer search of email_outbox_enrollment_kind_idx, as the outbox
  // state below reads it), not by building each idempotency key.
  const queued = (kind: "report" | "congrats") => db.select({ one: sql`1` }).from(emailOutbox).where(and(eq(emailOutbox.enrollmentId, enrollments.id), eq(emailOutbox.kind, kind)));
  const reportSince = new Date(now.getTime() - LATE_FINISH_DAYS * 86_400_000);
  const stillPlanning = and(
    eq(enrollments.status, "active"),
    isNull(users.unsubscribedAt),
    or(
      notExists(queued("report")),
      and(notExists(queued("congrats")), exists(db.select({ one: sql`1` }).from(emailOutbox).where(and(eq(emailOutbox.enrollmentId, enrollments.id), eq(emailOutbox.kind, "report"), gt(emailOutbox.createdAt, reportSince))))),
    ),
    page ? and(eq(enrollments.cohortId, page.cohortId), gt(enrollments.id, page.after)) : undefined,
  );
  const query = db
    .select({
      enrollmentId: enrollments.id,
      joinedAt: enrollments.createdAt,
      userId: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      sendHour: users.sendHour,
      dailyEmails: users.dailyEmails,
      unsubscribedAt: users.unsubscribedAt,
      unsubscribeToken: users.unsubscribeToken,
      cohortTitle: cohorts.title,
      startsOn: cohorts.startsOn,
      cohortZone: cohorts.timeZone,
      schedule: cohorts.schedule,
      cohortHour: cohorts.sendHour,
      edition: cohorts.edition,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(stillPlanning)
    .orderBy(asc(enrollments.id));
  const rows = page ? query.limit(page.limit).all() : query.all();
  const ids = rows.map((r) => r.enrollmentId);

  // The chosen enrollments' completed days and outbox state, by id: each a covering index search
  // (day_progress_done_idx, email_outbox_enrollment_kind_idx), two columns a row.
  const completed = new Map<number, Set<number>>();
  for (const row of db
    .select({ enrollmentId: dayProgress.enrollmentId, day: dayProgress.day })
    .from(dayProgress)
    .where(and(among(dayProgress.enrollmentId, ids), isNotNull(dayProgress.completedAt)))
    .all()) {
    let days = completed.get(row.enrollmentId);
    if (!days) completed.set(row.enrollmentId, (days = new Set()));
    days.add(row.day);
  }

  const sent = new Map<number, { lastDailyDay: number; congrats: boolean; report: boolean }>();
  for (const row of db
    .select({ enrollmentId: emailOutbox.enrollmentId, kind: emailOutbox.kind, day: max(emailOutbox.day) })
    .from(emailOutbox)
    .where(and(among(emailOutbox.enrollmentId, ids), inArray(emailOutbox.kind, ["daily", "congrats", "report"])))
    .groupBy(emailOutbox.enrollmentId, emailOutbox.kind)
    .all()) {
    const state = sent.get(row.enrollmentId!) ?? { lastDailyDay: 0, congrats: false, report: false };
    if (row.kind === "daily") state.lastDailyDay = row.day ?? 0;
    if (row.kind === "congrats") state.congrats = true;
    if (row.kind === "report") state.report = true;
    sent.set(row.enrollmentId!, state);
  }

  // Every account has an unsubscribe token: given at creation, backfilled by migration 0003.
  const recipients = new Map<number, Recipient>();
  const facts = rows.map((r): NudgeFacts => {
    recipients.set(r.enrollmentId, { enrollmentId: r.enrollmentId, userId: r.userId, name: r.name, email: r.email, unsubscribeToken: r.unsubscribeToken!, cohortTitle: r.cohortTitle });
    const state = sent.get(r.enrollmentId);
    return {
      enrollmentId: r.enrollmentId,
      cohort: { startsOn: r.startsOn, timeZone: r.cohortZone, schedule: r.schedule, sendHour: r.cohortHour, edition: r.edition },
      timeZone: r.timeZone,
      sendHour: r.sendHour,
      dailyEmails: r.dailyEmails,
      unsubscribed: r.unsubscribedAt !== null,
      completedDays: completed.get(r.enrollmentId) ?? new Set(),
      lastDailyDay: state?.lastDailyDay ?? 0,
      joinedAt: r.joinedAt,
      congratsPlanned: state?.congrats ?? false,
      reportPlanned: state?.report ?? false,
    };
  });
  return { facts, recipients };
}
