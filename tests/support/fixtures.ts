import { cohortFacilitators, cohorts, enrollments, users } from "../../db/schema";
import type { Db } from "../../db/client";

export function createUser(db: Db, email: string, role: "participant" | "facilitator" | "admin" = "participant", name = "Test Person") {
  return db.insert(users).values({ email, name, role }).returning().get();
}

export function createCohort(db: Db, slug: string, facilitatorId?: number) {
  const cohort = db.insert(cohorts).values({ slug, title: `Cohort ${slug}`, startsOn: "2026-11-10", timeZone: "America/New_York" }).returning().get();
  if (facilitatorId) db.insert(cohortFacilitators).values({ cohortId: cohort.id, userId: facilitatorId }).run();
  return cohort;
}

/**
 * An active enrollment, joined at `joinedAt`: by default 1 November 2026, before the fixture
 * cohorts start, so no test depends on the real clock (the planner does not email days
 * whose send instant came before someone joined).
 */
export function enrollUser(db: Db, cohortId: number, userId: number, joinedAt = new Date("2026-11-01T00:00:00Z")) {
  return db.insert(enrollments).values({ cohortId, userId, status: "active", createdAt: joinedAt }).returning().get();
}
