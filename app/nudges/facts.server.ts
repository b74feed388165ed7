/**
 * The facts the planner needs for every enrollment that may still get email, in three
 * queries whatever the number of enrollments: enrollments with their person and cohort,
 * completed days, and which daily emails and congratulations the outbox already holds.
 */
import { and, eq, exists, gt, inArray, isNotNull, max, notExists, or, sql } from "drizzle-orm";
import { cohorts, dayProgress, emailOutbox, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import type { NudgeFacts } from "./planner";

export type Recipient = { enrollmentId: number; userId: number; name: string; email: string; unsubscribeToken: string; cohortTitle: string };

/**
 * How long after the final report someone can still finish day 30 and be congratulated: the
 * final assessment stays open for 30 days after the course ends, and so does this.
 */
export const LATE_FINISH_DAYS = 31;

export function loadNudgeFacts(db: Db, now: Date): { facts: NudgeFacts[]; recipients: Map<number, Recipient> } {
  // Only enrollments that may still get email: active, and either their final report not yet
  // queued, or no congratulation yet while a late finish is still possible. Finished courses
  // drop out, so a tick's work does not grow with history.
  const queued = (kind: "report" | "congrats") => db.select({ one: sql`1` }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, sql`${`${kind}/`} || ${enrollments.id}`));
  const reportSince = new Date(now.getTime() - LATE_FINISH_DAYS * 86_400_000);
  const stillPlanning = and(
    eq(enrollments.status, "active"),
    or(
      notExists(queued("report")),
      and(notExists(queued("congrats")), exists(db.select({ one: sql`1` }).from(emailOutbox).where(and(eq(emailOutbox.idempotencyKey, sql`'report/' || ${enrollments.id}`), gt(emailOutbox.createdAt, reportSince))))),
    ),
  );
  const rows = db
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
    .all();

  const completed = new Map<number, Set<number>>();
  for (const row of db
    .select({ enrollmentId: dayProgress.enrollmentId, day: dayProgress.day })
    .from(dayProgress)
    .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
    .where(and(stillPlanning, isNotNull(dayProgress.completedAt)))
    .all()) {
    let days = completed.get(row.enrollmentId);
    if (!days) completed.set(row.enrollmentId, (days = new Set()));
    days.add(row.day);
  }

  const sent = new Map<number, { lastDailyDay: number; congrats: boolean; report: boolean }>();
  for (const row of db
    .select({ enrollmentId: emailOutbox.enrollmentId, kind: emailOutbox.kind, day: max(emailOutbox.day) })
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.enrollmentId, db.select({ id: enrollments.id }).from(enrollments).where(stillPlanning)), inArray(emailOutbox.kind, ["daily", "congrats", "report"])))
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
