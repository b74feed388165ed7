/** Cohorts: create, edit, find, and who facilitates them. */
import { newestEdition } from "~/course/content.server";
import { and, asc, count, eq, gt, inArray, or } from "drizzle-orm";
import { cohortFacilitators, cohorts, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { addressTaken, recordRename } from "./addresses.server";
import { calendarChangeErrors } from "./calendar-lock";
import type { CohortInput } from "./forms";

export type Cohort = typeof cohorts.$inferSelect;
const TAKEN = "Another cohort uses or used this address: links to it must keep reaching that cohort.";
type Result<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export function getCohortBySlug(db: Db, slug: string): Cohort | undefined {
  return db.select().from(cohorts).where(eq(cohorts.slug, slug)).get();
}

/** The connection or an open transaction: anything that can read. */
export type Reader = Pick<Db, "select">;

/**
 * Seats taken at `now`: active enrollments and pending ones whose hold has not lapsed (a
 * lapsed hold is released simply by no longer counting). Pass the transaction when the
 * answer decides a write.
 */
export function activeCount(db: Reader, cohortId: number, now: Date): number {
  return db.select({ n: count() }).from(enrollments).where(and(eq(enrollments.cohortId, cohortId), takesASeat(now))).get()!.n;
}

/** The enrollments that hold a seat at `now`: active ones, and pending ones whose hold has not lapsed. */
export function takesASeat(now: Date) {
  return or(eq(enrollments.status, "active"), and(eq(enrollments.status, "pending"), gt(enrollments.holdUntil, now)));
}

/**
 * A new cohort on the newest edition of the course, its creator facilitating; a clone
 * (`copyTeamOf`) brings the source cohort's facilitators along (and also gets the newest edition).
 */
export function createCohort(db: Db, input: CohortInput, creatorId: number, copyTeamOf?: number): Result<Cohort> {
  return db.transaction((tx): Result<Cohort> => {
    if (addressTaken(tx, input.slug)) return { ok: false, errors: { slug: TAKEN } };
    const cohort = tx.insert(cohorts).values({ ...input, edition: newestEdition(), createdBy: creatorId }).returning().get();
    const team = copyTeamOf === undefined ? [] : tx.select({ userId: cohortFacilitators.userId }).from(cohortFacilitators).where(eq(cohortFacilitators.cohortId, copyTeamOf)).all();
    const members = [...new Set([creatorId, ...team.map((m) => m.userId)])];
    tx.insert(cohortFacilitators).values(members.map((userId) => ({ cohortId: cohort.id, userId }))).run();
    return { ok: true, value: cohort };
  }, { behavior: "immediate" });
}

/** Saves settings. A started cohort's calendar is fixed (./calendar-lock); a new address keeps the old one working (./addresses.server). */
export function updateCohort(db: Db, cohort: Cohort, input: CohortInput, now: Date): Result<Cohort> {
  return db.transaction((tx): Result<Cohort> => {
    const current = tx.select().from(cohorts).where(eq(cohorts.id, cohort.id)).get() ?? cohort;
    const fixed = calendarChangeErrors(current, input, now);
    if (Object.keys(fixed).length > 0) return { ok: false, errors: fixed };
    if (addressTaken(tx, input.slug, cohort.id)) return { ok: false, errors: { slug: TAKEN } };
    const enrolled = activeCount(tx, cohort.id, now);
    if (input.capacity < enrolled) return { ok: false, errors: { capacity: `${enrolled} people are already enrolled; capacity cannot go below that.` } };
    const updated = tx.update(cohorts).set(input).where(eq(cohorts.id, cohort.id)).returning().get();
    recordRename(tx, cohort.id, current.slug, updated.slug);
    return { ok: true, value: updated };
  }, { behavior: "immediate" });
}

export function facilitatorsOf(db: Db, cohortId: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(cohortFacilitators)
    .innerJoin(users, eq(users.id, cohortFacilitators.userId))
    .where(eq(cohortFacilitators.cohortId, cohortId))
    .orderBy(asc(users.name))
    .all();
}

/** The cohorts a person may manage: all of them for an admin, their own for a facilitator. */
export function manageableCohorts(db: Db, user: { id: number; role: string }): Cohort[] {
  if (user.role === "admin") return db.select().from(cohorts).orderBy(asc(cohorts.startsOn)).all();
  const ids = db.select({ id: cohortFacilitators.cohortId }).from(cohortFacilitators).where(eq(cohortFacilitators.userId, user.id)).all().map((r) => r.id);
  return ids.length === 0 ? [] : db.select().from(cohorts).where(inArray(cohorts.id, ids)).orderBy(asc(cohorts.startsOn)).all();
}

/** Whether this user is one of the cohort's facilitators. */
export function facilitates(db: Reader, cohortId: number, userId: number): boolean {
  return db.select({ one: cohortFacilitators.userId }).from(cohortFacilitators).where(and(eq(cohortFacilitators.cohortId, cohortId), eq(cohortFacilitators.userId, userId))).get() !== undefined;
}

/** The cohort at `slug` if this user may run it again (its facilitator, or an admin); undefined otherwise. */
export function cloneSource(db: Db, user: { id: number; role: string }, slug: string): Cohort | undefined {
  const cohort = getCohortBySlug(db, slug);
  return cohort && (user.role === "admin" || facilitates(db, cohort.id, user.id)) ? cohort : undefined;
}

/** An address for the next run that nobody uses or used: spring, then spring-2, spring-3... */
export function nextRunAddress(db: Db, slug: string): string {
  const base = slug.replace(/-\d+$/, "");
  for (let n = 2; n < 1000; n++) {
    const candidate = `${base}-${n}`.slice(0, 60);
    if (!addressTaken(db, candidate)) return candidate;
  }
  return "";
}
