/** Who is in a cohort, for its facilitators. One query per question, whatever the size. */
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { shownName } from "~/account/names";

export function countByStatus(db: Db, cohortIds: number[]): Map<number, { active: number; waitlisted: number }> {
  const result = new Map<number, { active: number; waitlisted: number }>();
  if (cohortIds.length === 0) return result;
  const rows = db
    .select({ cohortId: enrollments.cohortId, status: enrollments.status, n: count() })
    .from(enrollments)
    .where(and(inArray(enrollments.cohortId, cohortIds), inArray(enrollments.status, ["active", "waitlisted"])))
    .groupBy(enrollments.cohortId, enrollments.status)
    .all();
  for (const row of rows) {
    const entry = result.get(row.cohortId) ?? { active: 0, waitlisted: 0 };
    if (row.status === "active") entry.active = row.n;
    if (row.status === "waitlisted") entry.waitlisted = row.n;
    result.set(row.cohortId, entry);
  }
  return result;
}

export function peopleOf(db: Db, cohortId: number) {
  return db
    .select({ enrollmentId: enrollments.id, status: enrollments.status, since: enrollments.createdAt, leftAt: enrollments.leftAt, name: users.name, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(eq(enrollments.cohortId, cohortId))
    .orderBy(asc(enrollments.createdAt), asc(enrollments.id))
    .all()
    .map((p) => ({ ...p, name: shownName(p) }));
}
