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

/** An active enrollment, made well before any test's pinned instant (not the real clock) unless told. */
export function enrollUser(db: Db, cohortId: number, userId: number, createdAt = new Date("2026-01-01T00:00:00Z")) {
  return db.insert(enrollments).values({ cohortId, userId, status: "active", createdAt }).returning().get();
}
