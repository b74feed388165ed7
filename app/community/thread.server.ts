/**
 * Reading a day's thread: one statement for the whole thread, whatever its size (posts,
 * replies, authors, shared answers, reaction counts, the viewer's own reactions and reports),
 * then the pure rules of ./thread.ts and ./visibility.ts decide what the viewer sees.
 */
import type { Db } from "~/db.server";
import { pageNumber } from "~/util/page-number";
import { prepared } from "~/util/prepared";
import { formatMoment } from "~/time/format";
import { buildThread, factsOf, showThread, threadPage, type ShownPost, type ThreadPost, type ThreadRow } from "./thread";
import { replySight, sightOf, type Sight, type ThreadViewer } from "./visibility";

/** The columns of one thread row; `:viewer` is the reader, the post's cohort is `p.cohort_id`. */
const ROW_COLUMNS = `
  p.id, p.parent_id AS parentId, p.author_id AS authorId,
  CASE WHEN trim(u.name) = '' THEN 'A participant' ELSE u.name END AS authorName,
  (u.role = 'admin' OR f.user_id IS NOT NULL
    OR EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = p.cohort_id AND e.user_id = p.author_id AND e.status = 'active')) AS authorPresent,
  (u.role = 'admin' OR f.user_id IS NOT NULL) AS authorFacilitates,
  p.body, p.progress_id AS progressId,
  d.exercise_answer AS exerciseAnswer, d.reflection, d.visibility, d.completed_at AS completedAt,
  p.pinned_at AS pinnedAt, p.hidden_at AS hiddenAt, p.edited_at AS editedAt, p.created_at AS createdAt,
  (SELECT count(*) FROM post_reactions r WHERE r.post_id = p.id) AS reactions,
  EXISTS (SELECT 1 FROM post_reactions r WHERE r.post_id = p.id AND r.user_id = :viewer) AS reacted,
  EXISTS (SELECT 1 FROM post_reports s WHERE s.post_id = p.id AND s.reporter_id = :viewer) AS reportedByViewer,
  (SELECT count(*) FROM post_reports s WHERE s.post_id = p.id AND s.resolved_at IS NULL) AS openReports,
  (SELECT json_group_array(s.reason) FROM post_reports s WHERE s.post_id = p.id AND s.resolved_at IS NULL AND s.reason <> '') AS reportReasons`;

/** `f`: the author's row in the cohort's team, if any (its primary key makes it at most one). */
const FROM = `FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN cohort_facilitators f ON f.cohort_id = p.cohort_id AND f.user_id = p.author_id LEFT JOIN day_progress d ON d.id = p.progress_id`;

export function threadRows(db: Db, cohortId: number, day: number, viewerId: number): ThreadRow[] {
  return prepared(db, "thread-rows", () => db.$client.prepare(`SELECT ${ROW_COLUMNS} ${FROM} WHERE p.cohort_id = :cohort AND p.day = :day`)).all({ cohort: cohortId, day, viewer: viewerId }) as ThreadRow[];
}

export function loadThread(db: Db, cohortId: number, day: number, viewer: ThreadViewer): ThreadPost[] {
  return buildThread(threadRows(db, cohortId, day, viewer.userId), viewer);
}

/** What a page shows of a thread: one page of it, in the viewer's zone and words. */
export type ThreadView = { posts: ShownPost[]; page: number; pages: number; total: number };

/** `?thread=N` of a page with a thread: its page number (1 unless it is a sensible one). */
export function threadPageParam(url: URL): number {
  return pageNumber(url.searchParams, "thread");
}

export function threadView(db: Db, cohortId: number, day: number, viewer: ThreadViewer, zone: string, page: number): ThreadView {
  const paged = threadPage(loadThread(db, cohortId, day, viewer), page);
  return { ...paged, posts: showThread(paged.posts, viewer, (t) => formatMoment(t, zone)) };
}

/** One post with its parent (for replies) as thread rows: what an action checks before acting. */
export type PostInThread = { row: ThreadRow & { cohortId: number; day: number }; parent: ThreadRow | null };

export function postInThread(db: Db, postId: number, viewerId: number): PostInThread | undefined {
  const statement = prepared(db, "thread-post", () => db.$client.prepare(`SELECT ${ROW_COLUMNS}, p.cohort_id AS cohortId, p.day ${FROM} WHERE p.id = :post`));
  const row = statement.get({ post: postId, viewer: viewerId }) as PostInThread["row"] | undefined;
  if (!row) return undefined;
  const parent = row.parentId === null ? null : ((statement.get({ post: row.parentId, viewer: viewerId }) as ThreadRow | undefined) ?? null);
  return { row, parent };
}

/** How this post appears to the viewer (a reply never more than its parent). */
export function sightIn(post: PostInThread, viewer: ThreadViewer): Sight {
  return post.parent ? replySight(factsOf(post.row), factsOf(post.parent), viewer) : sightOf(factsOf(post.row), viewer);
}
