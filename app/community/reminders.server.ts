/**
 * Live-session reminders, planned by the email tick: within the hour before a session starts,
 * one email to each of the cohort's active participants and facilitators who has not
 * unsubscribed from course email. The key `live-reminder/<session>/<start ms>/<user>` makes it
 * once per person and start time, however many ticks or restarts; a moved session has a new
 * start, so one more.
 */
import { and, eq, gt, isNull, like, lte } from "drizzle-orm";
import { cohortFacilitators, cohorts, emailOutbox, enrollments, liveSessions, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { addressed } from "~/account/names";
import { EMAILS } from "~/emails";
import { stamper } from "~/emails/stamp.server";
import type { NewEmail } from "~/email/outbox.server";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { describeDuration, describeWhen, REMINDER_LEAD_MINUTES, reminderKey, reminderKeyPrefix, viewerZone } from "./live";

type Recipient = { userId: number; name: string; email: string; timeZone: string | null; token: string | null; enrollmentId: number | null };

/**
 * The reminders due at `now`, not yet in the outbox. A session that cannot be composed is
 * passed to `skipped` and the others go on.
 */
export async function dueLiveReminders(db: Db, now: Date, appUrl: string, skipped: (sessionId: number, reason: string) => void = () => {}): Promise<NewEmail[]> {
  // startsAt - 60 min <= now < startsAt, by the index on starts_at.
  const due = db
    .select({ session: liveSessions, cohort: { id: cohorts.id, slug: cohorts.slug, title: cohorts.title, timeZone: cohorts.timeZone } })
    .from(liveSessions)
    .innerJoin(cohorts, eq(cohorts.id, liveSessions.cohortId))
    .where(and(gt(liveSessions.startsAt, now), lte(liveSessions.startsAt, new Date(now.getTime() + REMINDER_LEAD_MINUTES * 60_000))))
    .all();
  const emails: NewEmail[] = [];
  const compose = stamper(EMAILS.liveReminder);
  for (const { session, cohort } of due) {
    try {
      const queued = new Set(
        db
          .select({ key: emailOutbox.idempotencyKey })
          .from(emailOutbox)
          .where(like(emailOutbox.idempotencyKey, `${reminderKeyPrefix(session.id)}${session.startsAt.getTime()}/%`))
          .all()
          .map((r) => r.key),
      );
      const shared = { title: session.title, cohortTitle: cohort.title, duration: describeDuration(session.durationMinutes), videoUrl: session.videoUrl, agenda: session.agenda };
      for (const person of recipientsOf(db, cohort.id)) {
        const key = reminderKey(session.id, session.startsAt, person.userId);
        if (queued.has(key) || !person.token) continue;
        const unsubscribe = unsubscribeUrl(appUrl, person.token);
        const zone = viewerZone(person.timeZone, cohort.timeZone);
        const when = describeWhen(session, zone, now);
        const page =
          person.enrollmentId !== null
            ? { pageUrl: new URL(`/learn/${person.enrollmentId}`, appUrl).toString(), pageLabel: "Your course page" }
            : { pageUrl: new URL(`/facilitate/cohorts/${cohort.slug}/sessions`, appUrl).toString(), pageLabel: "The cohort's live sessions" };
        const rendered = await compose.compose({
          ...shared,
          you: { greeting: addressed("Hi", person.name), startTime: when.start, when: when.text, ...page, unsubscribeUrl: unsubscribe },
        });
        emails.push({ key, kind: EMAILS.liveReminder.kind, to: person.email, userId: person.userId, enrollmentId: person.enrollmentId, headers: listUnsubscribeHeaders(unsubscribe), ...rendered });
      }
    } catch (error) {
      skipped(session.id, error instanceof Error ? error.message : String(error));
    }
  }
  return emails;
}

/**
 * The cohort's active participants and its facilitators, once each (someone who is both is
 * reminded as a participant, so leaving the cohort cancels it), without anyone unsubscribed.
 */
function recipientsOf(db: Db, cohortId: number): Recipient[] {
  const columns = { userId: users.id, name: users.name, email: users.email, timeZone: users.timeZone, token: users.unsubscribeToken };
  const participants = db
    .select({ ...columns, enrollmentId: enrollments.id })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.status, "active"), isNull(users.unsubscribedAt)))
    .all();
  const taken = new Set(participants.map((p) => p.userId));
  const facilitators = db
    .select(columns)
    .from(cohortFacilitators)
    .innerJoin(users, eq(users.id, cohortFacilitators.userId))
    .where(and(eq(cohortFacilitators.cohortId, cohortId), isNull(users.unsubscribedAt)))
    .all()
    .filter((f) => !taken.has(f.userId))
    .map((f) => ({ ...f, enrollmentId: null }));
  return [...participants, ...facilitators];
}

