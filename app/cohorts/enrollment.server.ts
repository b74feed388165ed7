/**
 * Joining and leaving a cohort. Every change that depends on the seat count happens in one
 * immediate (write-locked) transaction, so two people racing for the last seat cannot both
 * get it: one is enrolled, the other waitlisted.
 *
 * The public form holds a seat (`pending`) for HOLD_MS until the person confirms it from
 * their email; a facilitator's invitation enrolls directly (the facilitator vouches).
 */
import { and, asc, eq, gt, or } from "drizzle-orm";
import { cohorts, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { activeCount, type Cohort } from "./cohorts.server";
import type { Invitee } from "./invitations";

export const HOLD_MS = 48 * 3_600_000;

export type EnrollStatus = "held" | "already-held" | "enrolled" | "waitlisted" | "already-enrolled" | "already-waitlisted" | "closed";
export type EnrollResult = { status: EnrollStatus; enrollmentId: number | null; userId: number | null };
export type Person = { name: string; email: string; timeZone?: string | null };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * The person's account, made if new. When a facilitator invites (vouches for) someone whose
 * account has no name yet, it takes the name given; a name someone gave is never overwritten.
 */
function findOrCreateUser(tx: Tx, person: Person, now: Date, how: "public" | "invited"): number {
  const existing = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, person.email)).get();
  if (existing) {
    if (how === "invited" && !existing.name.trim() && person.name.trim()) tx.update(users).set({ name: person.name.trim() }).where(eq(users.id, existing.id)).run();
    return existing.id;
  }
  return tx.insert(users).values({ email: person.email, name: person.name, timeZone: person.timeZone ?? null, createdAt: now }).returning({ id: users.id }).get().id;
}

/**
 * Places one person in the cohort (or its waitlist), inside the caller's transaction:
 * `held` for 48 hours when they came through the public form, `enrolled` when invited.
 */
function place(tx: Tx, cohort: Cohort, person: Person, now: Date, how: "public" | "invited"): EnrollResult {
  const known = tx.select({ id: users.id }).from(users).where(eq(users.email, person.email)).get();
  const existing = known
    ? tx.select().from(enrollments).where(and(eq(enrollments.cohortId, cohort.id), eq(enrollments.userId, known.id))).get()
    : undefined;
  if (existing?.status === "active") return { status: "already-enrolled", enrollmentId: existing.id, userId: known!.id };
  if (existing?.status === "waitlisted") return { status: "already-waitlisted", enrollmentId: existing.id, userId: known!.id };
  const holding = existing?.status === "pending" && existing.holdUntil !== null && existing.holdUntil > now;
  if (holding && how === "public") return { status: "already-held", enrollmentId: existing.id, userId: known!.id };
  if (!cohort.enrollmentOpen && how === "public") return { status: "closed", enrollmentId: null, userId: null };

  const userId = findOrCreateUser(tx, person, now, how);
  // An invitation turns a held seat into a confirmed one; it does not need a second seat.
  const free = holding || activeCount(tx, cohort.id, now) < cohort.capacity;
  const status = !free ? "waitlisted" : how === "public" ? "pending" : "active";
  const holdUntil = status === "pending" ? new Date(now.getTime() + HOLD_MS) : null;
  const enrollmentId = existing
    ? tx.update(enrollments).set({ status, holdUntil, leftAt: null, createdAt: now }).where(eq(enrollments.id, existing.id)).returning({ id: enrollments.id }).get().id
    : tx.insert(enrollments).values({ cohortId: cohort.id, userId, status, holdUntil, createdAt: now }).returning({ id: enrollments.id }).get().id;
  return { status: status === "waitlisted" ? "waitlisted" : status === "pending" ? "held" : "enrolled", enrollmentId, userId };
}

export type SeatConfirmation = { enrollmentId: number; cohortSlug: string; status: "active" | "waitlisted" | "gone" };

/**
 * Confirms a held seat, inside the sign-in's transaction. A lapsed hold still becomes a
 * seat when one is free; otherwise the person goes to the back of the waitlist. Anything
 * other than a pending enrollment is left as it is.
 */
export function confirmSeat(tx: Tx, enrollmentId: number, now: Date): SeatConfirmation | null {
  const row = tx.select({ enrollment: enrollments, cohort: cohorts }).from(enrollments).innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId)).where(eq(enrollments.id, enrollmentId)).get();
  if (!row) return null;
  const { enrollment, cohort } = row;
  const answer = (status: SeatConfirmation["status"]): SeatConfirmation => ({ enrollmentId, cohortSlug: cohort.slug, status });
  if (enrollment.status === "active" || enrollment.status === "waitlisted") return answer(enrollment.status);
  if (enrollment.status !== "pending") return answer("gone");
  const held = enrollment.holdUntil !== null && enrollment.holdUntil > now;
  const status = held || activeCount(tx, cohort.id, now) < cohort.capacity ? "active" : "waitlisted";
  tx.update(enrollments).set({ status, holdUntil: null, ...(status === "waitlisted" ? { createdAt: now } : {}) }).where(eq(enrollments.id, enrollmentId)).run();
  return answer(status);
}

export function enroll(db: Db, cohortId: number, person: Person, now: Date): EnrollResult {
  return db.transaction((tx) => {
    const cohort = tx.select().from(cohorts).where(eq(cohorts.id, cohortId)).get();
    if (!cohort) return { status: "closed", enrollmentId: null, userId: null };
    return place(tx, cohort, person, now, "public");
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
        .where(and(eq(enrollments.cohortId, cohortId), or(eq(enrollments.status, "active"), and(eq(enrollments.status, "pending"), gt(enrollments.holdUntil, now)))))
        .all()
        .map((r) => r.email),
    );
    const newSeats = invitees.filter((i) => !alreadyIn.has(i.email)).length;
    const left = cohort.capacity - activeCount(tx, cohortId, now);
    if (newSeats > left) {
      return { ok: false, reason: `The list needs ${newSeats} new seats but only ${left} ${left === 1 ? "is" : "are"} left. Raise the capacity or shorten the list; nobody was enrolled.` };
    }
    return { ok: true, results: invitees.map((person) => ({ ...place(tx, cohort, person, now, "invited"), email: person.email })) };
  }, { behavior: "immediate" });
}

/**
 * A participant withdraws, or a facilitator removes them. Their work is kept. When an
 * active seat frees, the longest-waiting person on the waitlist takes it.
 */
export function leave(db: Db, enrollmentId: number, how: "withdrawn" | "removed", now: Date): { left: boolean; promotedId: number | null } {
  return db.transaction((tx) => {
    const enrollment = tx.select().from(enrollments).where(eq(enrollments.id, enrollmentId)).get();
    if (!enrollment || (enrollment.status !== "active" && enrollment.status !== "waitlisted" && enrollment.status !== "pending")) return { left: false, promotedId: null };
    tx.update(enrollments).set({ status: how, leftAt: now }).where(eq(enrollments.id, enrollmentId)).run();
    if (enrollment.status === "waitlisted") return { left: true, promotedId: null };
    const cohort = tx.select().from(cohorts).where(eq(cohorts.id, enrollment.cohortId)).get()!;
    if (activeCount(tx, cohort.id, now) >= cohort.capacity) return { left: true, promotedId: null };
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

export type OwnSeat = { enrollmentId: number; status: "active" | "pending" | "waitlisted" };

/** A signed-in person's own place in a cohort, if they have one (a lapsed hold is none). */
export function ownSeat(db: Db, cohortId: number, userId: number, now: Date): OwnSeat | null {
  const row = db.select().from(enrollments).where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.userId, userId))).get();
  if (!row) return null;
  if (row.status === "active" || row.status === "waitlisted") return { enrollmentId: row.id, status: row.status };
  if (row.status === "pending" && row.holdUntil !== null && row.holdUntil > now) return { enrollmentId: row.id, status: "pending" };
  return null;
}
