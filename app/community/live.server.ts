/** Live sessions in the database: schedule, edit, add the recording, cancel; and who may see them. */
import { and, asc, eq, like } from "drizzle-orm";
import { emailOutbox, enrollments, liveSessions, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { facilitates, type Reader } from "~/cohorts/cohorts.server";
import { memberParam } from "./calendar-key.server";
import { reminderKeyPrefix, sessionCard, sessionsToShow, viewerZone, type SessionCard } from "./live";
import type { SessionInput } from "./live-form";

export type LiveSession = typeof liveSessions.$inferSelect;

/** A cohort's sessions, soonest first. */
export function sessionsOf(db: Reader, cohortId: number): LiveSession[] {
  return db.select().from(liveSessions).where(eq(liveSessions.cohortId, cohortId)).orderBy(asc(liveSessions.startsAt), asc(liveSessions.id)).all();
}

/** One session of this cohort; a session of another cohort is not found. */
export function findSession(db: Reader, cohortId: number, sessionId: number): LiveSession | undefined {
  if (!Number.isSafeInteger(sessionId) || sessionId < 1) return undefined;
  return db.select().from(liveSessions).where(and(eq(liveSessions.id, sessionId), eq(liveSessions.cohortId, cohortId))).get();
}

export function scheduleSession(db: Db, cohortId: number, input: SessionInput, createdBy: number, now: Date): LiveSession {
  return db.insert(liveSessions).values({ cohortId, ...input, createdBy, createdAt: now }).returning().get();
}

/** Saves an edit. A moved session's reminders still waiting for the old time are cancelled; the tick plans new ones. */
export function updateSession(db: Db, session: LiveSession, input: SessionInput, now: Date): LiveSession {
  return db.transaction((tx) => {
    const updated = tx.update(liveSessions).set({ ...input, updatedAt: now }).where(eq(liveSessions.id, session.id)).returning().get();
    if (updated.startsAt.getTime() !== session.startsAt.getTime()) cancelWaitingReminders(tx, session.id, "the live session was moved", now);
    return updated;
  });
}

/** Adds, changes or (null) removes the recording link. */
export function setRecording(db: Db, session: LiveSession, recordingUrl: string | null, now: Date): void {
  db.update(liveSessions).set({ recordingUrl, updatedAt: now }).where(eq(liveSessions.id, session.id)).run();
}

/** Cancels a session: it is deleted, and any reminder still waiting to go is cancelled with it. */
export function cancelSession(db: Db, session: LiveSession, now: Date): void {
  db.transaction((tx) => {
    cancelWaitingReminders(tx, session.id, "the live session was cancelled", now);
    tx.delete(liveSessions).where(eq(liveSessions.id, session.id)).run();
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function cancelWaitingReminders(tx: Tx, sessionId: number, reason: string, now: Date): void {
  tx.update(emailOutbox)
    .set({ status: "cancelled", lastError: `cancelled: ${reason} before it was sent`, leaseUntil: null, nextAttemptAt: now })
    .where(and(like(emailOutbox.idempotencyKey, `${reminderKeyPrefix(sessionId)}%`), eq(emailOutbox.status, "pending")))
    .run();
}

/** The cohort's own people: an active participant, or one of its facilitators. */
export function isCohortMember(db: Reader, cohortId: number, userId: number): boolean {
  const seat = db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.userId, userId), eq(enrollments.status, "active")))
    .get();
  return seat !== undefined || facilitates(db, cohortId, userId);
}

export type LivePanel = { next: SessionCard[]; last: SessionCard | null; calendarUrl: string | null };

/**
 * What a member sees of the cohort's sessions on home and the cohort page, in their own zone
 * (else the cohort's), with their personal calendar address; null when there is nothing to show.
 * The caller has checked that `viewer` is one of the cohort's people.
 */
export function livePanel(db: Reader, cohort: { id: number; slug: string; timeZone: string }, viewer: { id: number; timeZone: string | null }, at: Date, appUrl: string): LivePanel | null {
  const { next, last } = sessionsToShow(sessionsOf(db, cohort.id), at);
  if (next.length === 0 && last === null) return null;
  const zone = viewerZone(viewer.timeZone, cohort.timeZone);
  return {
    next: next.map((s) => sessionCard(s, at, zone)),
    last: last ? sessionCard(last, at, zone) : null,
    calendarUrl: personalCalendarUrl(db, cohort, viewer.id, appUrl),
  };
}

/** A member's personal feed: the lesson days and the live sessions, reachable without a cookie. */
export function personalCalendarUrl(db: Reader, cohort: { id: number; slug: string }, userId: number, appUrl: string): string | null {
  const token = db.select({ token: users.unsubscribeToken }).from(users).where(eq(users.id, userId)).get()?.token;
  if (!token) return null;
  const url = new URL(`/cohorts/${cohort.slug}/my-calendar.ics`, appUrl);
  url.searchParams.set("member", memberParam(cohort.id, userId, token));
  return url.toString();
}
