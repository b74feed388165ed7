/**
 * Loads what the analytics need for one or more cohorts (the page and its comparison) in two
 * queries, whatever their sizes: the participants, then a narrow row per day of work (no
 * text is read). The figures are one pass over those rows (analytics.ts).
 */
import { and, eq, inArray } from "drizzle-orm";
import { dayProgress, enrollments } from "../../db/schema";
import type { Db } from "~/db.server";
import type { CohortCalendar } from "~/cohorts/schedule";
import type { DayPillar } from "~/course/pillars";
import { cohortAnalytics, type AnalyticsParticipant, type AnalyticsRow, type CohortAnalytics } from "./analytics";

/** Who took part: enrolled now, or withdrew (people a facilitator removed are left out). */
export const TOOK_PART = ["active", "withdrawn"] as const;

export function analyticsOf(db: Db, cohorts: (CohortCalendar & { id: number })[], dayPillars: readonly DayPillar[], now: Date): Map<number, CohortAnalytics> {
  const ids = cohorts.map((c) => c.id);
  const participants = new Map<number, AnalyticsParticipant[]>(ids.map((id) => [id, []]));
  const rows = new Map<number, AnalyticsRow[]>(ids.map((id) => [id, []]));
  if (ids.length > 0) {
    const tookPart = and(inArray(enrollments.cohortId, ids), inArray(enrollments.status, [...TOOK_PART]));
    for (const p of db.select({ enrollmentId: enrollments.id, cohortId: enrollments.cohortId, joinedAt: enrollments.createdAt, leftAt: enrollments.leftAt }).from(enrollments).where(tookPart).all()) {
      participants.get(p.cohortId)!.push(p);
    }
    for (const row of db
      .select({ cohortId: enrollments.cohortId, enrollmentId: dayProgress.enrollmentId, day: dayProgress.day, rating: dayProgress.rating, completedAt: dayProgress.completedAt, updatedAt: dayProgress.updatedAt })
      .from(dayProgress)
      .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
      .where(tookPart)
      .all()) {
      rows.get(row.cohortId)!.push(row);
    }
  }
  return new Map(cohorts.map((c) => [c.id, cohortAnalytics(c, dayPillars, participants.get(c.id)!, rows.get(c.id)!, now)]));
}
