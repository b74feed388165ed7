/** How much is being said in a cohort's threads, day by day, for its facilitators (one statement). */
import type { Db } from "~/db.server";
import { prepared } from "~/util/prepared";

export type DayActivity = { day: number; answers: number; posts: number; replies: number; openReports: number };

/**
 * Entries a facilitator would see: a shared answer counts while its day is complete and shared
 * with the cohort. Hidden entries count (facilitators see them); reports are the unanswered ones.
 */
export function threadActivity(db: Db, cohortId: number): DayActivity[] {
  const statement = prepared(db, "thread-activity", () =>
    db.$client.prepare(`
      SELECT p.day,
        sum(p.parent_id IS NULL AND p.progress_id IS NOT NULL) AS answers,
        sum(p.parent_id IS NULL AND p.progress_id IS NULL) AS posts,
        sum(p.parent_id IS NOT NULL) AS replies,
        coalesce(sum((SELECT count(*) FROM post_reports r WHERE r.post_id = p.id AND r.resolved_at IS NULL)), 0) AS openReports
      FROM posts p LEFT JOIN day_progress d ON d.id = p.progress_id
      WHERE p.cohort_id = ? AND (p.progress_id IS NULL OR (d.visibility = 'cohort' AND d.completed_at IS NOT NULL))
      GROUP BY p.day ORDER BY p.day`),
  );
  return statement.all(cohortId) as DayActivity[];
}
