/**
 * What a notification says, drawn from the live rows it points at (pure). A notification
 * stores no words: a reply or reaction line exists only while the post is still seen by its
 * reader under the thread's own rules (./visibility), so a reply a facilitator hid, a post
 * whose author left, or an answer made private no longer shows here, in the page or the email.
 */
import type { WorkVisibilityFacts } from "~/progress/visibility";
import type { NotificationKind } from "./notify.server";
import { replySight, sightOf, type PostFacts, type Sight, type ThreadViewer } from "./visibility";

/** A post as the notification query loads it: the facts the visibility rule needs, and its words. */
export type PostSide = {
  id: number;
  day: number;
  parentId: number | null;
  authorId: number;
  authorName: string;
  authorPresent: boolean;
  hidden: boolean;
  body: string;
  answer: WorkVisibilityFacts | null;
};

export type NotificationRow = {
  id: number;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  cohort: { slug: string; title: string; timeZone: string };
  /** The notification's reader, in the notification's cohort: `enrollmentId` is their active enrollment there. */
  viewer: { userId: number; facilitates: boolean; enrollmentId: number | null };
  actorName: string | null;
  /** The post it is about: a reply, or the post reacted to. */
  post: PostSide | null;
  /** That post's parent, when it is a reply. */
  parent: PostSide | null;
  feedback: { day: number; enrollmentId: number } | null;
  announcement: { title: string; body: string; authorName: string | null } | null;
};

export type NotificationLine = {
  id: number;
  kind: NotificationKind;
  /** Who did what where: "Amara Okafor replied to your answer on day 4". */
  text: string;
  /** A reply's opening words, as plain text. */
  excerpt: string | null;
  /** Shown to a facilitator (or the author) only: the reply is hidden from everyone else. */
  hidden: boolean;
  href: string;
  /** The announcement's whole text, for the page to show in place. */
  announcement: { body: string; from: string | null } | null;
  cohortTitle: string;
  /** The cohort's zone: the page shows times in it until the browser gives its own. */
  zone: string;
  at: Date;
  isNew: boolean;
};

export const EXCERPT_LENGTH = 140;

/** The opening of a text on one line, cut at a word where it can be, with an ellipsis when cut. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}

const nameOf = (name: string | null) => name?.trim() || "Someone in your cohort";

const facts = (p: PostSide): PostFacts => ({ authorId: p.authorId, authorPresent: p.authorPresent, hidden: p.hidden, answer: p.answer });

function threadViewer(row: NotificationRow): ThreadViewer {
  return { userId: row.viewer.userId, facilitates: row.viewer.facilitates, participates: row.viewer.enrollmentId !== null };
}

/** How a post appears to the reader: a reply through its parent, as the thread shows it. */
function sightFor(row: NotificationRow, post: PostSide, parent: PostSide | null): Sight {
  const viewer = threadViewer(row);
  if (post.parentId === null) return sightOf(facts(post), viewer);
  return parent ? replySight(facts(post), facts(parent), viewer) : "none";
}

/** "your answer", "your reply", "Sam Lee's post": whose post it is, from the reader's side. */
function whose(row: NotificationRow, post: PostSide): string {
  const what = post.parentId !== null ? "reply" : post.answer ? "answer" : "post";
  return post.authorId === row.viewer.userId ? `your ${what}` : `${nameOf(post.authorName)}'s ${what}`;
}

/** Where a line leads: the post in the day's thread, on a participant's day page or the facilitators' thread page. */
export function threadHref(row: NotificationRow, day: number, postId: number): string {
  const page = row.viewer.enrollmentId !== null ? `/learn/${row.viewer.enrollmentId}/days/${day}` : `/facilitate/cohorts/${row.cohort.slug}/days/${day}`;
  return `${page}#post-${postId}`;
}

/** The line a notification shows its reader, or null when what it was about is no longer theirs to see. */
export function notificationLine(row: NotificationRow): NotificationLine | null {
  const base = { id: row.id, kind: row.kind, at: row.createdAt, isNew: row.readAt === null, cohortTitle: row.cohort.title, zone: row.cohort.timeZone, excerpt: null, hidden: false, announcement: null };
  if (row.kind === "feedback") {
    if (!row.feedback) return null;
    return { ...base, text: `Your facilitator left feedback on day ${row.feedback.day}`, href: `/learn/${row.feedback.enrollmentId}/days/${row.feedback.day}` };
  }
  if (row.kind === "announcement") {
    if (!row.announcement) return null;
    const home = row.viewer.enrollmentId !== null ? `/learn/${row.viewer.enrollmentId}` : `/facilitate/cohorts/${row.cohort.slug}`;
    return { ...base, text: row.announcement.title, href: home, announcement: { body: row.announcement.body, from: row.announcement.authorName?.trim() || null } };
  }
  const post = row.post;
  if (!post) return null;
  if (row.kind === "reply") {
    if (post.parentId === null || !row.parent) return null;
    const sight = sightFor(row, post, row.parent);
    if (sight === "none") return null;
    return {
      ...base,
      text: `${nameOf(row.actorName)} replied to ${whose(row, row.parent)} on day ${post.day}`,
      excerpt: excerptOf(post.body) || null,
      hidden: sight === "hidden-shown",
      href: threadHref(row, post.day, post.id),
    };
  }
  const sight = sightFor(row, post, row.parent);
  if (sight === "none") return null;
  return { ...base, text: `${nameOf(row.actorName)} found ${whose(row, post)} on day ${post.day} helpful`, hidden: sight === "hidden-shown", href: threadHref(row, post.day, post.id) };
}

/** The lines of a page of notifications, in the rows' order, leaving out those no longer to be seen. */
export function notificationLines(rows: NotificationRow[]): NotificationLine[] {
  return rows.map(notificationLine).filter((line): line is NotificationLine => line !== null);
}
