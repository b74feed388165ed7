/**
 * A day's thread as a viewer sees it, assembled from the rows of one query (pure). Top-level
 * posts: pinned first (latest pin on top), then newest first, so what was just said is at the
 * top of the first page; each with its replies, oldest first, so a reply reads as a
 * conversation. What the viewer may not see is simply not there.
 */
import type { DayVisibility } from "~/progress/visibility";
import { replySight, sightOf, type PostFacts, type Sight, type ThreadViewer } from "./visibility";

export type ThreadRow = {
  id: number;
  parentId: number | null;
  authorId: number;
  authorName: string;
  /** 1 when the author is still in the cohort (active participant, facilitator or admin). */
  authorPresent: number;
  /** 1 when the author facilitates the cohort (or is an admin): their posts are marked as such. */
  authorFacilitates: number;
  body: string;
  progressId: number | null;
  exerciseAnswer: string | null;
  reflection: string | null;
  visibility: DayVisibility | null;
  completedAt: number | null;
  pinnedAt: number | null;
  hiddenAt: number | null;
  editedAt: number | null;
  createdAt: number;
  reactions: number;
  reacted: number;
  reportedByViewer: number;
  openReports: number;
  /** The open reports' reasons as a JSON array of strings. */
  reportReasons: string;
};

export type ThreadEntry = {
  id: number;
  author: string;
  own: boolean;
  byFacilitator: boolean;
  /** A shared answer shows the day's exercise answer and reflection; a post its body. */
  answer: { exerciseAnswer: string; reflection: string } | null;
  body: string;
  pinned: boolean;
  /** Hidden by a facilitator: only its author and the facilitators see it, marked. */
  hidden: boolean;
  edited: boolean;
  createdAt: number;
  reactions: number;
  reacted: boolean;
  reported: boolean;
  openReports: number;
  reportReasons: string[];
};
export type ThreadPost = ThreadEntry & { replies: ThreadEntry[] };

export function factsOf(row: ThreadRow): PostFacts {
  return {
    authorId: row.authorId,
    authorPresent: row.authorPresent === 1,
    hidden: row.hiddenAt !== null,
    answer: row.progressId !== null ? { completedAt: row.completedAt === null ? null : new Date(row.completedAt), visibility: row.visibility ?? "self" } : null,
  };
}

function entryOf(row: ThreadRow, sight: Sight, viewer: ThreadViewer): ThreadEntry {
  return {
    id: row.id,
    author: row.authorName,
    own: row.authorId === viewer.userId,
    byFacilitator: row.authorFacilitates === 1,
    answer: row.progressId !== null ? { exerciseAnswer: row.exerciseAnswer ?? "", reflection: row.reflection ?? "" } : null,
    body: row.body,
    pinned: row.pinnedAt !== null,
    hidden: sight === "hidden-shown",
    edited: row.editedAt !== null,
    createdAt: row.createdAt,
    reactions: row.reactions,
    reacted: row.reacted === 1,
    reported: row.reportedByViewer === 1,
    // Reports are for the facilitators' eyes only.
    openReports: viewer.facilitates ? row.openReports : 0,
    reportReasons: viewer.facilitates && row.openReports > 0 ? (JSON.parse(row.reportReasons) as string[]) : [],
  };
}

export function buildThread(rows: readonly ThreadRow[], viewer: ThreadViewer): ThreadPost[] {
  const tops = new Map<number, { row: ThreadRow; post: ThreadPost }>();
  for (const row of rows) {
    if (row.parentId !== null) continue;
    const sight = sightOf(factsOf(row), viewer);
    if (sight !== "none") tops.set(row.id, { row, post: { ...entryOf(row, sight, viewer), replies: [] } });
  }
  for (const row of rows) {
    if (row.parentId === null) continue;
    const parent = tops.get(row.parentId);
    if (!parent) continue;
    const sight = replySight(factsOf(row), factsOf(parent.row), viewer);
    if (sight !== "none") parent.post.replies.push(entryOf(row, sight, viewer));
  }
  const posts = [...tops.values()].map((t) => t.post);
  for (const p of posts) p.replies.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  const pinnedAt = new Map([...tops.values()].map((t) => [t.row.id, t.row.pinnedAt ?? 0]));
  return posts.sort((a, b) => pinnedAt.get(b.id)! - pinnedAt.get(a.id)! || b.createdAt - a.createdAt || b.id - a.id);
}

/** Who can do what to an entry: the buttons a viewer is offered, and what the actions accept. */
export type EntryFacts = { own: boolean; isAnswer: boolean; hidden: boolean; isReply: boolean };

export function permissionsFor(entry: EntryFacts, viewer: ThreadViewer) {
  return {
    // A shared answer is edited on its day page; to take it away is to stop sharing it.
    edit: entry.own && !entry.isAnswer,
    delete: entry.own && !entry.isAnswer,
    unshare: entry.own && entry.isAnswer,
    react: !entry.own && !entry.hidden,
    report: !entry.own && !viewer.facilitates && !entry.hidden,
    reply: !entry.isReply && !entry.hidden,
    pin: viewer.facilitates && !entry.isReply,
    hide: viewer.facilitates && !entry.own,
  };
}

export type Permissions = ReturnType<typeof permissionsFor>;

/** What the page gets: each entry with its time in the viewer's words and the viewer's buttons. */
export type ShownEntry = ThreadEntry & { when: string; may: Permissions };
export type ShownPost = ShownEntry & { replies: ShownEntry[] };

export function showThread(posts: readonly ThreadPost[], viewer: ThreadViewer, when: (instant: number) => string): ShownPost[] {
  const shown = (e: ThreadEntry, isReply: boolean): ShownEntry => ({ ...e, when: when(e.createdAt), may: permissionsFor({ own: e.own, isAnswer: e.answer !== null, hidden: e.hidden, isReply }, viewer) });
  return posts.map(({ replies, ...post }) => ({ ...shown(post, false), replies: replies.map((r) => shown(r, true)) }));
}

/** Top-level posts per page of a thread: a phone gets a page it can load at 7 am, whatever the cohort says. */
export const THREAD_PAGE_SIZE = 30;

/** One page of a thread (pinned posts come first, so they are on page 1); `page` clamped to the pages there are. */
export function threadPage<T>(posts: readonly T[], page: number): { posts: T[]; page: number; pages: number; total: number } {
  const pages = Math.max(1, Math.ceil(posts.length / THREAD_PAGE_SIZE));
  const at = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { posts: posts.slice((at - 1) * THREAD_PAGE_SIZE, at * THREAD_PAGE_SIZE), page: at, pages, total: posts.length };
}
