/**
 * What is new for a person: the header's count (one indexed query), the notifications page
 * (one query for its rows and every fact their lines need, then one update marking them read),
 * and the same rows for the daily activity email.
 */
import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { announcements, cohortFacilitators, cohorts, dayProgress, enrollments, feedback, notifications, posts, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { pageNumber } from "~/util/page-number";
import { prepared } from "~/util/prepared";
import { notificationLines, type NotificationLine, type NotificationRow, type PostSide } from "./notification-lines";

export const PAGE_SIZE = 30;

/** `?page=` of the notifications page: 1 unless it is a sensible page number. */
export function pageOf(params: URLSearchParams): number {
  return pageNumber(params, "page");
}

/**
 * The page being requested, when its own loader marks notifications read: the header does not
 * count those (Remix runs the root's loader alongside the page's, in either order).
 */
export type HeaderViewing = { kind: "day"; enrollmentId: number; day: number } | { kind: "notifications"; page: number } | null;

const DAY_PAGE = /^\/learn\/(\d+)\/days\/(\d+)\/?$/;

export function headerViewing(url: URL): HeaderViewing {
  if (/^\/notifications\/?$/.test(url.pathname)) return { kind: "notifications", page: pageOf(url.searchParams) };
  const day = DAY_PAGE.exec(url.pathname);
  return day ? { kind: "day", enrollmentId: Number(day[1]), day: Number(day[2]) } : null;
}

const unread = () => and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt));

/**
 * How many notifications this person has not read: one statement on notifications_user_unread_idx.
 * On a day page, less the feedback that page marks read; on the notifications page, less the
 * rows it shows (it marks them read).
 */
export function unreadNotificationCount(db: Db, userId: number, viewing: HeaderViewing): number {
  if (viewing?.kind === "day") {
    return prepared(db, "unread-notifications-day", () =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(notifications)
        .where(
          and(
            unread(),
            sql`not (${notifications.kind} = 'feedback' and ${notifications.feedbackId} in (select ${feedback.id} from ${feedback} where ${feedback.enrollmentId} = ${sql.placeholder("enrollmentId")} and ${feedback.day} = ${sql.placeholder("day")}))`,
          ),
        )
        .prepare(),
    ).get({ userId, enrollmentId: viewing.enrollmentId, day: viewing.day })!.n;
  }
  if (viewing?.kind === "notifications") {
    return prepared(db, "unread-notifications-page", () =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(notifications)
        .where(and(unread(), sql`${notifications.id} not in (select id from notifications where user_id = ${sql.placeholder("userId")} order by created_at desc, id desc limit ${sql.placeholder("limit")} offset ${sql.placeholder("offset")})`))
        .prepare(),
    ).get({ userId, limit: PAGE_SIZE, offset: (viewing.page - 1) * PAGE_SIZE })!.n;
  }
  return prepared(db, "unread-notifications", () => db.select({ n: sql<number>`count(*)` }).from(notifications).where(unread()).prepare()).get({ userId })!.n;
}

const post = alias(posts, "n_post");
const parent = alias(posts, "n_parent");
const postWork = alias(dayProgress, "n_post_work");
const parentWork = alias(dayProgress, "n_parent_work");
const postAuthor = alias(users, "n_post_author");
const parentAuthor = alias(users, "n_parent_author");
const actor = alias(users, "n_actor");
const reader = alias(users, "n_reader");
const announcer = alias(users, "n_announcer");

/** The author of a post is still in its cohort: an active participant, or one of its facilitators. */
/** The post and parent aliases alike (their types differ by alias name; the lines read them as unknown and check). */
type PostTable = Record<"id" | "day" | "parentId" | "authorId" | "cohortId" | "hiddenAt" | "body" | "progressId", AnySQLiteColumn>;
type WorkTable = Record<"completedAt" | "visibility", AnySQLiteColumn>;

const authorPresent = (p: PostTable) =>
  sql<number>`(exists (select 1 from ${enrollments} where ${enrollments.cohortId} = ${p.cohortId} and ${enrollments.userId} = ${p.authorId} and ${enrollments.status} = 'active')
    or exists (select 1 from ${cohortFacilitators} where ${cohortFacilitators.cohortId} = ${p.cohortId} and ${cohortFacilitators.userId} = ${p.authorId}))`;

const postColumns = (p: PostTable, author: Record<"name", AnySQLiteColumn>, work: WorkTable) => ({
  id: p.id,
  day: p.day,
  parentId: p.parentId,
  authorId: p.authorId,
  authorName: author.name,
  authorPresent: authorPresent(p),
  hiddenAt: p.hiddenAt,
  body: p.body,
  progressId: p.progressId,
  completedAt: work.completedAt,
  visibility: work.visibility,
});

/** One query: the notifications `where` picks, with their reader's standing in the cohort and every row their words come from. */
function loadRows(db: Db, where: SQL | undefined, page?: { limit: number; offset: number }): NotificationRow[] {
  const query = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      userId: notifications.userId,
      slug: cohorts.slug,
      cohortTitle: cohorts.title,
      cohortZone: cohorts.timeZone,
      facilitates: sql<number>`(${reader.role} = 'admin' or exists (select 1 from ${cohortFacilitators} where ${cohortFacilitators.cohortId} = ${notifications.cohortId} and ${cohortFacilitators.userId} = ${notifications.userId}))`,
      enrollmentId: sql<number | null>`(select ${enrollments.id} from ${enrollments} where ${enrollments.cohortId} = ${notifications.cohortId} and ${enrollments.userId} = ${notifications.userId} and ${enrollments.status} = 'active')`,
      actorName: actor.name,
      post: postColumns(post, postAuthor, postWork),
      parent: postColumns(parent, parentAuthor, parentWork),
      feedbackDay: feedback.day,
      feedbackEnrollment: feedback.enrollmentId,
      announcementTitle: announcements.title,
      announcementBody: announcements.body,
      announcer: announcer.name,
    })
    .from(notifications)
    .innerJoin(reader, eq(reader.id, notifications.userId))
    .innerJoin(cohorts, eq(cohorts.id, notifications.cohortId))
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .leftJoin(post, eq(post.id, notifications.postId))
    .leftJoin(postAuthor, eq(postAuthor.id, post.authorId))
    .leftJoin(postWork, eq(postWork.id, post.progressId))
    .leftJoin(parent, eq(parent.id, post.parentId))
    .leftJoin(parentAuthor, eq(parentAuthor.id, parent.authorId))
    .leftJoin(parentWork, eq(parentWork.id, parent.progressId))
    .leftJoin(feedback, eq(feedback.id, notifications.feedbackId))
    .leftJoin(announcements, eq(announcements.id, notifications.announcementId))
    .leftJoin(announcer, eq(announcer.id, announcements.authorId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id));
  const rows = page ? query.limit(page.limit).offset(page.offset).all() : query.all();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    createdAt: r.createdAt,
    readAt: r.readAt,
    cohort: { slug: r.slug, title: r.cohortTitle, timeZone: r.cohortZone },
    viewer: { userId: r.userId, facilitates: Boolean(r.facilitates), enrollmentId: r.enrollmentId },
    actorName: r.actorName,
    post: sideOf(r.post),
    parent: sideOf(r.parent),
    feedback: r.feedbackDay !== null && r.feedbackEnrollment !== null ? { day: r.feedbackDay, enrollmentId: r.feedbackEnrollment } : null,
    announcement: r.announcementTitle !== null && r.announcementBody !== null ? { title: r.announcementTitle, body: r.announcementBody, authorName: r.announcer } : null,
  }));
}

type PostColumns = { [K in keyof ReturnType<typeof postColumns>]: unknown };

/** A left-joined post as the line builder takes it; null when there is none (deleted, or not a reply). */
function sideOf(p: PostColumns | null): PostSide | null {
  if (!p || p.id === null) return null;
  const progressId = p.progressId as number | null;
  return {
    id: p.id as number,
    day: p.day as number,
    parentId: p.parentId as number | null,
    authorId: p.authorId as number,
    authorName: (p.authorName as string | null) ?? "",
    authorPresent: Boolean(p.authorPresent),
    hidden: p.hiddenAt !== null,
    body: p.body as string,
    // A shared answer whose day_progress row is gone is gone too (the post cascades with it).
    answer: progressId === null ? null : { completedAt: (p.completedAt as Date | null) ?? null, visibility: (p.visibility as "self" | "facilitators" | "cohort" | null) ?? "self" },
  };
}

export type NotificationsPage = { lines: NotificationLine[]; page: number; hasOlder: boolean };

/**
 * A page of this person's notifications, newest first. Opening it marks what it shows read;
 * the lines say which were new until now. Two statements whatever the number of rows.
 */
export function openNotificationsPage(db: Db, userId: number, page: number, at: Date): NotificationsPage {
  const rows = loadRows(db, eq(notifications.userId, userId), { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
  const shown = rows.slice(0, PAGE_SIZE);
  const unreadIds = shown.filter((r) => r.readAt === null).map((r) => r.id);
  if (unreadIds.length > 0) {
    db.update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), inArray(notifications.id, unreadIds)))
      .run();
  }
  return { lines: notificationLines(shown), page, hasOlder: rows.length > PAGE_SIZE };
}

/** Lines for chosen notifications, whoever's they are (the activity email's), in one query. */
export function linesFor(db: Db, ids: number[]): Map<number, NotificationLine[]> {
  const byUser = new Map<number, NotificationLine[]>();
  if (ids.length === 0) return byUser;
  const rows = loadRows(db, inArray(notifications.id, ids));
  for (const row of rows) {
    const [line] = notificationLines([row]);
    if (!line) continue;
    const list = byUser.get(row.viewer.userId) ?? [];
    list.push(line);
    byUser.set(row.viewer.userId, list);
  }
  return byUser;
}
