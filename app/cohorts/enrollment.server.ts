/**
 * Joining and leaving a cohort. Every change that depends on the seat count happens in one
 * immediate (write-locked) transaction, so two people racing for the last seat cannot both
 * get it: one is enrolled, the other waitlisted.
 */
import { and, asc, eq } from "drizzle-orm";
import { cohorts, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { activeCount, type Cohort } from "./cohorts.server";
import type { Invitee } from "./invitations";

export type EnrollStatus = "enrolled" | "waitlisted" | "already-enrolled" | "already-waitlisted" | "closed";
export type EnrollResult = { status: EnrollStatus; enrollmentId: number | null; userId: number | null };
export type Person = { name: string; email: string; timeZone?: string | null };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function findOrCreateUser(tx: Tx, person: Person, now: Date): number {
  const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, person.email)).get();
  if (existing) return existing.id;
  return tx.insert(users).values({ email: person.email, name: person.name, timeZone: person.timeZone ?? null, createdAt: now }).returning({ id: users.id }).get().id;
}

/** Places one person in the cohort (or its waitlist), inside the caller's transaction. */
function place(tx: Tx, cohort: Cohort, person: Person, now: Date, ignoreOpen: boolean): EnrollResult {
  const known = tx.select({ id: users.id }).from(users).where(eq(users.email, person.email)).get();
  const existing = known
    ? tx.select().from(enrollments).where(and(eq(enrollments.cohortId, cohort.id), eq(enrollments.userId, known.id))).get()
    : undefined;
  if (existing?.status === "active") return { status: "already-enrolled", enrollmentId: existing.id, userId: known!.id };
  if (existing?.status === "waitlisted") return { status: "already-waitlisted", enrollmentId: existing.id, userId: known!.id };
  if (!cohort.enrollmentOpen && !ignoreOpen) return { status: "closed", enrollmentId: null, userId: null };

  const userId = findOrCreateUser(tx, person, now);
  const status = activeCount(tx, cohort.id) < cohort.capacity ? "active" : "waitlisted";
  const enrollmentId = existing
    ? tx.update(enrollments).set({ status, leftAt: null, createdAt: now }).where(eq(enrollments.id, existing.id)).returning({ id: enrollments.id }).get().id
    : tx.insert(enrollments).values({ cohortId: cohort.id, userId, status, createdAt: now }).returning({ id: enrollments.id }).get().id;
  return { status: status === "active" ? "enrolled" : "waitlisted", enrollmentId, userId };
}

export function enroll(db: Db, cohortId: number, person: Person, now: Date): EnrollResult {
  return db.transaction((tx) => {
    const cohort = tx.select().from(cohorts).where(eq(cohorts.id, cohortId)).get();
    if (!cohort) return { status: "closed", enrollmentId: null, userId: null };
    return place(tx, cohort, person, now, false);
  }, { behavior: "immediate" });
}

export type InviteResult =
  | { ok: true; results: (EnrollResult & { email: string })[] }
  | { ok: false; reason: string };

/**
 * Enrolls a whole pasted list, or nobody: the list must fit in the seats left (people
 * already enrolled take no new seat). Invitations work even while public enrollment is closed.
 */
export function inviteAll(db: Db, cohortId: number, invitees: Invitee[], now: Date): InviteResult {
  return db.transaction((tx): InviteResult => {
    const cohort = tx.select().from(cohorts).where(eq(cohorts.id, cohortId)).get();
    if (!cohort) return { ok: false, reason: "The cohort no longer exists." };
    const alreadyIn = new Set(
      tx
        .select({ email: users.email })
        .from(enrollments)
        .innerJoin(users, eq(users.id, enrollments.userId))
        .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.status, "active")))
        .all()
        .map((r) => r.email),
    );
    const newSeats = invitees.filter((i) => !alreadyIn.has(i.email)).length;
    const left = cohort.capacity - activeCount(tx, cohortId);
    if (newSeats > left) {
      return { ok: false, reason: `The list needs ${newSeats} new seats but only ${left} ${left === 1 ? "is" : "are"} left. Raise the capacity or shorten the list; nobody was enrolled.` };
    }
    return { ok: true, results: invitees.map((person) => ({ ...place(tx, cohort, person, now, true), email: person.email })) };
  }, { behavior: "immediate" });
}

/**
 * A participant withdraws, or a facilitator removes them. Their work is kept. When an
 * active seat frees, the longest-waiting person on the waitlist takes it.
 */
export function leave(db: Db, enrollmentId: number, how: "withdrawn" | "removed", now: Date): { left: boolean; promotedId: number | null } {
  return db.transaction((tx) => {
    const enrollment = tx.select().from(enrollments).where(eq(enrollments.id, enrollmentId)).get();
    if (!enrollment || (enrollment.status !== "active" && enrollment.status !== "waitlisted")) return { left: false, promotedId: null };
    tx.update(enrollments).set({ status: how, leftAt: now }).where(eq(enrollments.id, enrollmentId)).run();
    if (enrollment.status !== "active") return { left: true, promotedId: null };
    const cohort = tx.select().from(cohorts).where(eq(cohorts.id, enrollment.cohortId)).get()!;
    if (activeCount(tx, cohort.id) >= cohort.capacity) return { left: true, promotedId: null };
    const next = tx
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(and(eq(enrollments.cohortId, cohort.id), eq(enrollments.status, "waitlisted")))
      .orderBy(asc(enrollments.createdAt), asc(enrollments.id))
      .limit(1)
      .get();
    if (!next) return { left: true, promotedId: null };
    tx.update(enrollments).set({ status: "active" }).where(eq(enrollments.id, next.id)).run();
    return { left: true, promotedId: next.id };
  }, { behavior: "immediate" });
}
