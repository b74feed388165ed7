/**
 * The daily activity email, planned by the email tick: for each person with replies and
 * reactions not yet emailed and still unread, at most one email a day at their send hour
 * (./activity-digest), in the same privacy-filtered words as their notifications page. The
 * email and the marking of what it includes share one transaction: a second tick finds the
 * key taken and the notifications emailed, and sends nothing more.
 */
import { letRequestsIn } from "~/util/let-requests-in";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { cohorts, enrollments, notifications, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { addressed } from "~/account/names";
import { EMAILS } from "~/emails";
import { stamper } from "~/emails/stamp.server";
import { enqueueMany, type NewEmail } from "~/email/outbox.server";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { isTimeZone } from "~/time/local-date";
import { activityDigestDue, activityKey, activitySubject, preferenceOf, type ActivityDue } from "./activity-digest";
import { linesFor } from "./notifications.server";

/** People whose email is composed and queued per transaction. */
const SLICE = 250;

/** Replies and reactions not yet emailed, still unread, of people who take the activity email. */
function pendingNotifications(db: Db) {
  return db
    .select({ id: notifications.id, userId: notifications.userId, cohortId: notifications.cohortId, createdAt: notifications.createdAt })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.emailedAt), inArray(notifications.kind, ["reply", "reaction"]), isNull(notifications.readAt), eq(users.activityEmails, true), isNull(users.unsubscribedAt)))
    .orderBy(asc(notifications.id))
    .all();
}

/**
 * The people behind those notifications: their own zone and hour, and their home cohort (the
 * first they are active in) whose zone and hour stand in when they set none.
 */
function recipients(db: Db, userIds: number[]) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      token: users.unsubscribeToken,
      timeZone: users.timeZone,
      sendHour: users.sendHour,
      homeCohort: sql<number | null>`(select ${enrollments.cohortId} from ${enrollments} where ${enrollments.userId} = ${users.id} and ${enrollments.status} = 'active' order by ${enrollments.id} limit 1)`,
    })
    .from(users)
    .where(inArray(users.id, userIds))
    .all();
}

type Due = { userId: number; due: ActivityDue; ids: number[]; person: ReturnType<typeof recipients>[number] };

/** Who is due at `now`, and which of their notifications their email gathers. */
function dueDigests(db: Db, now: Date, skipped: (userId: number, reason: string) => void): Due[] {
  const pending = pendingNotifications(db);
  if (pending.length === 0) return [];
  const byUser = new Map<number, typeof pending>();
  for (const n of pending) {
    const list = byUser.get(n.userId);
    if (list) list.push(n);
    else byUser.set(n.userId, [n]);
  }
  const people = recipients(db, [...byUser.keys()]);
  const cohortIds = new Set([...people.map((p) => p.homeCohort), ...pending.map((n) => n.cohortId)].filter((id): id is number => id !== null));
  const calendars = new Map(db.select({ id: cohorts.id, timeZone: cohorts.timeZone, sendHour: cohorts.sendHour }).from(cohorts).where(inArray(cohorts.id, [...cohortIds])).all().map((c) => [c.id, c]));
  const due: Due[] = [];
  for (const person of people) {
    const mine = byUser.get(person.id)!;
    // A facilitator (no enrollment) takes the zone of the first cohort they hear from.
    const cohort = calendars.get(person.homeCohort ?? Math.min(...mine.map((n) => n.cohortId)));
    if (!cohort) continue;
    const preference = preferenceOf(person, cohort);
    if (!isTimeZone(preference.timeZone)) {
      skipped(person.id, `the time zone "${preference.timeZone.slice(0, 60)}" does not exist`);
      continue;
    }
    const when = activityDigestDue(preference, now);
    if (!when) continue;
    const ids = mine.filter((n) => n.createdAt < when.cutoff).map((n) => n.id);
    if (ids.length > 0) due.push({ userId: person.id, due: when, ids, person });
  }
  return due;
}

/**
 * Queues the activity emails due at `now`; returns how many were queued. A person whose email
 * cannot be made is passed to `skipped` and the rest go on.
 */
export async function queueActivityDigests(db: Db, now: Date, appUrl: string, skipped: (userId: number, reason: string) => void = () => {}): Promise<number> {
  const due = dueDigests(db, now, skipped);
  const compose = stamper(EMAILS.activity);
  const url = (path: string) => new URL(path, appUrl).toString();
  let queued = 0;
  for (let from = 0; from < due.length; from += SLICE) {
    const slice = due.slice(from, from + SLICE);
    // One query for the lines of the whole slice, with the same privacy rule as the page.
    const lines = linesFor(db, slice.flatMap((d) => d.ids));
    const emails: { email: NewEmail | null; ids: number[] }[] = [];
    for (const d of slice) {
      const mine = lines.get(d.userId) ?? [];
      // Nothing left to see (a reply hidden or deleted since): nothing to send, and these are done with.
      if (mine.length === 0) {
        emails.push({ email: null, ids: d.ids });
        continue;
      }
      try {
        const unsubscribe = unsubscribeUrl(appUrl, d.person.token!, "activity");
        const you = {
          greeting: addressed("Hi", d.person.name),
          subject: activitySubject(mine),
          lines: mine.map((l) => ({ text: l.hidden ? `${l.text} (hidden from the cohort)` : l.text, excerpt: l.excerpt ?? "", url: url(l.href) })),
          pageUrl: url("/notifications"),
          unsubscribeUrl: unsubscribe,
        };
        const rendered = await compose.compose({ you });
        emails.push({ email: { key: activityKey(d.userId, d.due.date), kind: EMAILS.activity.kind, to: d.person.email, userId: d.userId, headers: listUnsubscribeHeaders(unsubscribe), ...rendered }, ids: d.ids });
      } catch (error) {
        skipped(d.userId, error instanceof Error ? error.message : String(error));
      }
    }
    queued += db.transaction(() => {
      let added = 0;
      for (const { email, ids } of emails) {
        // Marked only with the email that includes them: when today's key is already taken they wait for tomorrow's.
        const inserted = email ? enqueueMany(db, [email], now) : 0;
        if (email && inserted === 0) continue;
        added += inserted;
        db.update(notifications).set({ emailedAt: now }).where(and(inArray(notifications.id, ids), isNull(notifications.emailedAt))).run();
      }
      return added;
    });
    // Web requests get the event loop between slices.
    await letRequestsIn();
  }
  return queued;
}
