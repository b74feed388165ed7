/**
 * Announcements: a facilitator writes to the whole cohort. Each active participant gets a
 * notification (the card on their home until they mark it read) and one email through the
 * outbox, keyed by announcement and person so it can never go twice.
 */
import { and, count, desc, eq, gt, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { announcements, emailOutbox, enrollments, notifications, users } from "../../db/schema";
import type { Db } from "~/db.server";
import type { Cohort } from "~/cohorts/cohorts.server";
import { EMAILS } from "~/emails";
import { stamper } from "~/emails/stamp.server";
import { enqueueMany, type NewEmail } from "~/email/outbox.server";
import { replyToHeader } from "~/nudges/compose.server";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { announcementKey, paragraphsOf, REPEAT_WINDOW_MS, type AnnouncementInput } from "./announcements";
import { notify } from "./notify.server";

type Author = { id: number; name: string; email: string };
export type SendResult = { status: "sent"; id: number; recipients: number; emailIds: number[] } | { status: "repeat"; id: number };

/** Notification rows inserted per statement: well under SQLite's limit on bound values. */
const NOTIFY_SLICE = 500;

function activeParticipants(db: Db, cohortId: number) {
  return db
    .select({ userId: users.id, enrollmentId: enrollments.id, name: users.name, email: users.email, token: users.unsubscribeToken, unsubscribedAt: users.unsubscribedAt })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.status, "active")))
    .all();
}

/**
 * Sends an announcement. The emails are composed first (one React render for the whole
 * cohort, each copy stamped with its reader's links); then one write transaction
 * inserts the announcement, a notification per active participant and the emails of those who
 * still take course email. The same words from the same facilitator within ten minutes (a
 * double click, a form sent again) are the first announcement: nothing more is sent.
 */
export async function sendAnnouncement(db: Db, cohort: Pick<Cohort, "id" | "title">, author: Author, input: AnnouncementInput, now: Date, appUrl: string): Promise<SendResult> {
  const people = activeParticipants(db, cohort.id);
  const compose = stamper(EMAILS.announcement);
  const shared = { cohortTitle: cohort.title, title: input.title, paragraphs: paragraphsOf(input.body), from: author.name.trim() || "Your facilitator" };
  const headers = replyToHeader(author);
  const composed = new Map<number, Omit<NewEmail, "key">>();
  for (const p of people) {
    if (p.unsubscribedAt !== null) continue;
    const unsubscribe = unsubscribeUrl(appUrl, p.token!);
    const you = { homeUrl: new URL(`/learn/${p.enrollmentId}`, appUrl).toString(), unsubscribeUrl: unsubscribe };
    const rendered = await compose.compose({ ...shared, you });
    composed.set(p.userId, { kind: EMAILS.announcement.kind, to: p.email, userId: p.userId, enrollmentId: p.enrollmentId, headers: { ...listUnsubscribeHeaders(unsubscribe), ...headers }, ...rendered });
  }

  return db.transaction(
    (): SendResult => {
      const repeat = db
        .select({ id: announcements.id })
        .from(announcements)
        .where(and(eq(announcements.cohortId, cohort.id), eq(announcements.authorId, author.id), eq(announcements.title, input.title), eq(announcements.body, input.body), gt(announcements.createdAt, new Date(now.getTime() - REPEAT_WINDOW_MS))))
        .get();
      if (repeat) return { status: "repeat", id: repeat.id };
      const { id } = db.insert(announcements).values({ cohortId: cohort.id, authorId: author.id, title: input.title, body: input.body, createdAt: now }).returning({ id: announcements.id }).get();
      // Who is in the cohort now, inside the transaction: someone who left while the emails were composed gets nothing.
      const still = activeParticipants(db, cohort.id);
      for (let i = 0; i < still.length; i += NOTIFY_SLICE) {
        notify(db, still.slice(i, i + NOTIFY_SLICE).map((p) => ({ userId: p.userId, kind: "announcement" as const, cohortId: cohort.id, actorId: author.id, announcementId: id })), now);
      }
      const emails = still.flatMap((p) => {
        const email = composed.get(p.userId);
        return email ? [{ ...email, key: announcementKey(id, p.userId) }] : [];
      });
      enqueueMany(db, emails, now);
      // The keys "announcement/<id>/<user>" sort between "announcement/<id>/" and "announcement/<id>0": a range on the unique index.
      const prefix = announcementKey(id, 0).slice(0, -1);
      const emailIds = db.select({ id: emailOutbox.id }).from(emailOutbox).where(and(gte(emailOutbox.idempotencyKey, prefix), lt(emailOutbox.idempotencyKey, `${prefix.slice(0, -1)}0`))).all().map((r) => r.id);
      return { status: "sent", id, recipients: still.length, emailIds };
    },
    { behavior: "immediate" },
  );
}

/** How many active participants an announcement would reach now. */
export function participantCount(db: Db, cohortId: number): number {
  return db.select({ n: count() }).from(enrollments).where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.status, "active"))).get()!.n;
}

/** A cohort's announcements, newest first, with how many of their recipients have read each (two queries whatever the number). */
export function announcementsOf(db: Db, cohortId: number, limit = 50) {
  const list = db
    .select({ id: announcements.id, title: announcements.title, body: announcements.body, createdAt: announcements.createdAt, author: users.name })
    .from(announcements)
    .leftJoin(users, eq(users.id, announcements.authorId))
    .where(eq(announcements.cohortId, cohortId))
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .limit(limit)
    .all();
  if (list.length === 0) return [];
  const counts = db
    .select({ id: notifications.announcementId, recipients: count(), read: sql<number>`count(${notifications.readAt})` })
    .from(notifications)
    .where(and(eq(notifications.kind, "announcement"), inArray(notifications.announcementId, list.map((a) => a.id))))
    .groupBy(notifications.announcementId)
    .all();
  const byId = new Map(counts.map((c) => [c.id, c]));
  return list.map((a) => ({ ...a, recipients: byId.get(a.id)?.recipients ?? 0, read: byId.get(a.id)?.read ?? 0 }));
}

/** The announcements of one cohort this person has not read yet, newest first: the cards on their home. */
export function unreadAnnouncements(db: Db, userId: number, cohortId: number) {
  return db
    .select({ id: announcements.id, title: announcements.title, body: announcements.body, createdAt: announcements.createdAt, author: users.name })
    .from(notifications)
    .innerJoin(announcements, eq(announcements.id, notifications.announcementId))
    .leftJoin(users, eq(users.id, announcements.authorId))
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), eq(notifications.kind, "announcement"), eq(notifications.cohortId, cohortId)))
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .all();
}

/** Marks one announcement read for this person (their own notification only); false when there was nothing unread to mark. */
export function markAnnouncementRead(db: Db, userId: number, announcementId: number, at: Date): boolean {
  return (
    db
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), eq(notifications.kind, "announcement"), eq(notifications.announcementId, announcementId)))
      .run().changes > 0
  );
}
