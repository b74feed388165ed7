/** A facilitator's actions on one participant: read their days, leave feedback, nudge. */
import { and, asc, eq, gt } from "drizzle-orm";
import { cohorts, dayProgress, enrollments, feedback, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { notify } from "~/community/notify.server";
import { getCourse } from "~/course/content.server";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import { enqueueEmail } from "~/email/outbox.server";
import { replyToHeader } from "~/nudges/compose.server";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { localDateOf } from "~/time/local-date";

/** The participant, only if this enrollment belongs to this cohort (any status: work is kept). */
export function participantInCohort(db: Db, cohortId: number, enrollmentId: number) {
  if (!Number.isInteger(enrollmentId)) return undefined;
  return db
    .select({ enrollment: enrollments, user: users, cohort: cohorts })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(and(eq(enrollments.id, enrollmentId), eq(enrollments.cohortId, cohortId)))
    .get();
}

export function daysOf(db: Db, enrollmentId: number) {
  return db.select().from(dayProgress).where(eq(dayProgress.enrollmentId, enrollmentId)).orderBy(asc(dayProgress.day)).all();
}

export function feedbackOf(db: Db, enrollmentId: number) {
  return db
    .select({ id: feedback.id, day: feedback.day, body: feedback.body, createdAt: feedback.createdAt, author: users.name })
    .from(feedback)
    .leftJoin(users, eq(users.id, feedback.authorId))
    .where(eq(feedback.enrollmentId, enrollmentId))
    .orderBy(asc(feedback.createdAt))
    .all();
}

type Participant = NonNullable<ReturnType<typeof participantInCohort>>;

function recipientToken(db: Db, userId: number): { token: string; unsubscribed: boolean } {
  const row = db.select({ token: users.unsubscribeToken, unsubscribedAt: users.unsubscribedAt }).from(users).where(eq(users.id, userId)).get()!;
  return { token: row.token!, unsubscribed: row.unsubscribedAt !== null }; // every account has a token (see the users table)
}

/** The same words from the same author on the same day within this window are one feedback, not two. */
const FEEDBACK_REPEAT_MS = 10 * 60_000;

/**
 * Saves feedback on a day, tells the participant (a notification, and an email unless they
 * unsubscribed from all course email). A repeat of the same feedback (a double click, two tabs, a retried post)
 * saves and sends nothing: the check and the insert share one write transaction.
 */
export async function addFeedback(db: Db, p: Participant, author: { id: number; name: string; email: string }, day: number, body: string, now: Date, appUrl: string): Promise<{ status: "saved" | "repeat"; emailId: number | null }> {
  const row = db.transaction((tx) => {
    const repeat = tx
      .select({ id: feedback.id })
      .from(feedback)
      .where(and(eq(feedback.enrollmentId, p.enrollment.id), eq(feedback.day, day), eq(feedback.authorId, author.id), eq(feedback.body, body), gt(feedback.createdAt, new Date(now.getTime() - FEEDBACK_REPEAT_MS))))
      .get();
    if (repeat) return null;
    const saved = tx.insert(feedback).values({ enrollmentId: p.enrollment.id, day, authorId: author.id, body, createdAt: now }).returning({ id: feedback.id }).get();
    notify(db, [{ userId: p.user.id, kind: "feedback", cohortId: p.cohort.id, actorId: author.id, feedbackId: saved.id }], now);
    return saved;
  }, { behavior: "immediate" });
  if (!row) return { status: "repeat", emailId: null };
  const { token, unsubscribed } = recipientToken(db, p.user.id);
  if (unsubscribed) return { status: "saved", emailId: null };
  const unsubscribe = unsubscribeUrl(appUrl, token);
  const rendered = await renderEmail(EMAILS.feedback, {
    name: p.user.name,
    facilitator: author.name,
    day,
    title: getCourse(p.cohort.edition).byDay(day)!.title,
    feedback: body,
    dayUrl: new URL(`/learn/${p.enrollment.id}/days/${day}`, appUrl).toString(),
    unsubscribeUrl: unsubscribe,
  });
  const headers = { ...listUnsubscribeHeaders(unsubscribe), ...replyToHeader(author) };
  const emailId = enqueueEmail(db, { key: `feedback/${row.id}`, kind: EMAILS.feedback.kind, to: p.user.email, userId: p.user.id, enrollmentId: p.enrollment.id, headers, ...rendered }, now).id;
  return { status: "saved", emailId };
}

/**
 * One personal catch-up email, at most one per participant per (their local) day: the key
 * `nudge/<enrollment>/<date>` makes a second press that day a no-op.
 */
export async function sendNudge(db: Db, p: Participant, author: { name: string; email: string }, openIncomplete: number[], now: Date, appUrl: string): Promise<{ status: "sent" | "already" | "unsubscribed" | "nothing-to-do"; emailId: number | null }> {
  if (openIncomplete.length === 0) return { status: "nothing-to-do", emailId: null };
  const { token, unsubscribed } = recipientToken(db, p.user.id);
  if (unsubscribed) return { status: "unsubscribed", emailId: null };
  const date = localDateOf(now, p.user.timeZone ?? p.cohort.timeZone);
  const key = `nudge/${p.enrollment.id}/${date}`;
  const next = getCourse(p.cohort.edition).byDay(openIncomplete[0]!)!;
  const unsubscribe = unsubscribeUrl(appUrl, token);
  const rendered = await renderEmail(EMAILS.nudge, {
    name: p.user.name,
    facilitator: author.name,
    cohortTitle: p.cohort.title,
    behind: openIncomplete.length,
    nextStep: { day: next.day, title: next.title, minutes: next.minutes, url: new URL(`/learn/${p.enrollment.id}/days/${next.day}`, appUrl).toString() },
    unsubscribeUrl: unsubscribe,
  });
  const queued = enqueueEmail(db, { key, kind: EMAILS.nudge.kind, to: p.user.email, userId: p.user.id, enrollmentId: p.enrollment.id, headers: { ...listUnsubscribeHeaders(unsubscribe), ...replyToHeader(author) }, ...rendered }, now);
  return { status: queued.created ? "sent" : "already", emailId: queued.created ? queued.id : null };
}
