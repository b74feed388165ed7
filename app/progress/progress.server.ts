/** Reading and writing a participant's days and assessments. */
import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { prepared } from "~/util/prepared";
import { assessmentAnswers, cohorts, dayProgress, enrollments, feedback, notifications, users } from "../../db/schema";
import type { CohortCalendar } from "~/cohorts/schedule";
import { assessmentEditable } from "./assessment-window";
import type { Db } from "~/db.server";
import type { DayWorkValues } from "./day-work";
import type { DayProgressFacts } from "./journey";

/** What is stored: day 1's baseline, day 30's final, and day 30's look back (`retro`). */
export type AssessmentKind = "baseline" | "final" | "retro";
/** The assessment a day carries. */
export type DayAssessmentKind = "baseline" | "final";
/** Day 1 carries the baseline assessment, day 30 the final one. */
export function assessmentFor(day: number): DayAssessmentKind | null {
  return day === 1 ? "baseline" : day === 30 ? "final" : null;
}

/** This user's own enrollment with its cohort, or undefined (someone else's is never returned). */
export function ownEnrollment(db: Db, enrollmentId: number, userId: number) {
  if (!Number.isInteger(enrollmentId)) return undefined;
  return prepared(db, "own-enrollment", () =>
    db
      .select({ enrollment: enrollments, cohort: cohorts })
      .from(enrollments)
      .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
      .where(and(eq(enrollments.id, sql.placeholder("enrollmentId")), eq(enrollments.userId, sql.placeholder("userId")), eq(enrollments.status, "active")))
      .prepare(),
  ).get({ enrollmentId, userId });
}

/** The user's active enrollments, newest cohort first. */
export function enrollmentsOf(db: Db, userId: number) {
  return db
    .select({ id: enrollments.id, slug: cohorts.slug, title: cohorts.title, startsOn: cohorts.startsOn, timeZone: cohorts.timeZone, schedule: cohorts.schedule })
    .from(enrollments)
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(and(eq(enrollments.userId, userId), eq(enrollments.status, "active")))
    .orderBy(desc(cohorts.startsOn))
    .all();
}

export function progressFacts(db: Db, enrollmentId: number): Map<number, DayProgressFacts> {
  const rows = db
    .select({ day: dayProgress.day, completedAt: dayProgress.completedAt, exercise: dayProgress.exerciseAnswer, reflection: dayProgress.reflection, updatedAt: dayProgress.updatedAt })
    .from(dayProgress)
    .where(eq(dayProgress.enrollmentId, enrollmentId))
    .all();
  return new Map(rows.map((r) => [r.day, { completed: r.completedAt !== null, started: r.exercise !== "" || r.reflection !== "", updatedAt: r.updatedAt }]));
}

export function dayWork(db: Db, enrollmentId: number, day: number) {
  return prepared(db, "day-work", () =>
    db
      .select()
      .from(dayProgress)
      .where(and(eq(dayProgress.enrollmentId, sql.placeholder("enrollmentId")), eq(dayProgress.day, sql.placeholder("day"))))
      .prepare(),
  ).get({ enrollmentId, day });
}

export function feedbackFor(db: Db, enrollmentId: number, day: number) {
  return prepared(db, "day-feedback", () =>
    db
      .select({ id: feedback.id, body: feedback.body, createdAt: feedback.createdAt, readAt: feedback.readAt, author: users.name })
      .from(feedback)
      .leftJoin(users, eq(users.id, feedback.authorId))
      .where(and(eq(feedback.enrollmentId, sql.placeholder("enrollmentId")), eq(feedback.day, sql.placeholder("day"))))
      .orderBy(asc(feedback.createdAt))
      .prepare(),
  ).all({ enrollmentId, day });
}

/**
 * Saves a day's whole work (merged with what was stored: see mergeDayWork). `complete` marks
 * it done (the first time); a draft save of a completed day keeps it completed, so finished
 * work can still be edited.
 */
export function saveDayWork(db: Db, enrollmentId: number, day: number, work: DayWorkValues & { intent: "save" | "complete" | "autosave" }, now: Date): { id: number; completedAt: Date | null } {
  const completeNow = work.intent === "complete" ? now : null;
  const row = db
    .insert(dayProgress)
    .values({ enrollmentId, day, exerciseAnswer: work.exerciseAnswer, reflection: work.reflection, rating: work.rating, visibility: work.visibility, completedAt: completeNow, updatedAt: now, createdAt: now })
    .onConflictDoUpdate({
      target: [dayProgress.enrollmentId, dayProgress.day],
      set: {
        exerciseAnswer: work.exerciseAnswer,
        reflection: work.reflection,
        rating: work.rating,
        visibility: work.visibility,
        updatedAt: now,
        completedAt: completeNow ? sql`coalesce(${dayProgress.completedAt}, ${completeNow.getTime()})` : sql`${dayProgress.completedAt}`,
      },
    })
    .returning({ id: dayProgress.id, completedAt: dayProgress.completedAt })
    .get();
  return row;
}

export function assessmentRatings(db: Db, enrollmentId: number, kind: AssessmentKind): Map<string, number> {
  const rows = db
    .select({ id: assessmentAnswers.statementId, rating: assessmentAnswers.rating })
    .from(assessmentAnswers)
    .where(and(eq(assessmentAnswers.enrollmentId, enrollmentId), eq(assessmentAnswers.kind, kind)))
    .all();
  return new Map(rows.map((r) => [r.id, r.rating]));
}

export function saveAssessment(db: Db, enrollmentId: number, kind: AssessmentKind, ratings: Map<string, number>, now: Date): void {
  if (ratings.size === 0) return;
  db.insert(assessmentAnswers)
    .values([...ratings].map(([statementId, rating]) => ({ enrollmentId, kind, statementId, rating, updatedAt: now })))
    .onConflictDoUpdate({ target: [assessmentAnswers.enrollmentId, assessmentAnswers.kind, assessmentAnswers.statementId], set: { rating: sql`excluded.rating`, updatedAt: now } })
    .run();
}

/** Whether this assessment can no longer be taken or changed (the rule: ./assessment-window). */
export function assessmentLocked(db: Db, enrollmentId: number, cohort: CohortCalendar, kind: DayAssessmentKind, at: Date): boolean {
  const day1Completed = kind === "baseline" && dayWork(db, enrollmentId, 1)?.completedAt != null;
  return !assessmentEditable(kind, cohort, { day1Completed }, at);
}

/**
 * Marks the participant's feedback on one day as read (only unread rows, so the first reading
 * time stays), and the notifications that told them about it.
 */
export function markFeedbackRead(db: Db, enrollmentId: number, day: number, at: Date): void {
  db.update(feedback)
    .set({ readAt: at })
    .where(and(eq(feedback.enrollmentId, enrollmentId), eq(feedback.day, day), isNull(feedback.readAt)))
    .run();
  // On notifications_user_unread_idx: the enrollment's owner's unread notifications.
  db.update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, db.select({ userId: enrollments.userId }).from(enrollments).where(eq(enrollments.id, enrollmentId))),
        isNull(notifications.readAt),
        eq(notifications.kind, "feedback"),
        inArray(notifications.feedbackId, db.select({ id: feedback.id }).from(feedback).where(and(eq(feedback.enrollmentId, enrollmentId), eq(feedback.day, day)))),
      ),
    )
    .run();
}

/** Unread feedback on one enrollment, one line per day (newest first), for the participant's home. */
export function unreadFeedback(db: Db, enrollmentId: number) {
  return db
    .select({ day: feedback.day, author: sql<string | null>`max(${users.name})`, count: count() })
    .from(feedback)
    .leftJoin(users, eq(users.id, feedback.authorId))
    .where(and(eq(feedback.enrollmentId, enrollmentId), isNull(feedback.readAt)))
    .groupBy(feedback.day)
    .orderBy(desc(sql`max(${feedback.createdAt})`))
    .all();
}
