/** The cohorts a visitor can join, for the landing page and /course: two queries however many cohorts there are. */
import { and, count, eq, inArray } from "drizzle-orm";
import { cohorts, enrollments } from "../../db/schema";
import type { Db } from "~/db.server";
import { takesASeat } from "./cohorts.server";
import { upcomingCohorts, type UpcomingCohort } from "./upcoming";

export function joinableCohorts(db: Db, now: Date): UpcomingCohort[] {
  const open = db.select().from(cohorts).where(eq(cohorts.enrollmentOpen, true)).all();
  if (open.length === 0) return [];
  const taken = new Map(
    db
      .select({ cohortId: enrollments.cohortId, n: count() })
      .from(enrollments)
      .where(and(inArray(enrollments.cohortId, open.map((c) => c.id)), takesASeat(now)))
      .groupBy(enrollments.cohortId)
      .all()
      .map((r) => [r.cohortId, r.n]),
  );
  return upcomingCohorts(open.map((c) => ({ ...c, taken: taken.get(c.id) ?? 0 })), now);
}
