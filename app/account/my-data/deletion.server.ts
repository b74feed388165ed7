/**
 * Deleting an account, in one immediate transaction: seats given up through `leave` (so the
 * waitlist moves), then the rows that name the person by address or by a SET NULL key, then
 * the user row, whose foreign keys cascade to everything else of theirs (enrollments and
 * their days, assessments, feedback received, certificates; posts and the replies under
 * them; reactions, reports, notifications, team places). What stays and named them (emails
 * sent to other people, certificates naming a facilitator, words a facilitator wrote for a
 * cohort) loses the name and address. ADR 0018 says why.
 */
import { letRequestsIn } from "~/util/let-requests-in";
import { and, count, eq, gt, inArray, isNotNull, lte, ne, or, sql } from "drizzle-orm";
import {
  announcements,
  assessmentAnswers,
  certificates,
  cohortFacilitators,
  cohorts,
  dayProgress,
  emailOutbox,
  enrollments,
  facilitatorInvites,
  feedback,
  liveSessions,
  notifications,
  posts,
  sessions,
  signInTokens,
  users,
} from "../../../db/schema";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "~/db.server";
import { leave } from "~/cohorts/enrollment.server";
import { courseEnd } from "~/cohorts/schedule";
import { deletionBlockers, personNeedles, redactPerson, type DeletionCounts, type FacilitatedCohort } from "./deletion";
import { ownEmailRows } from "./export.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Reader = Pick<Db, "select">;

function facilitated(db: Reader, userId: number, now: Date): (FacilitatedCohort & { id: number })[] {
  const mine = db.select({ cohort: cohorts }).from(cohortFacilitators).innerJoin(cohorts, eq(cohorts.id, cohortFacilitators.cohortId)).where(eq(cohortFacilitators.userId, userId)).all();
  return mine.map(({ cohort }) => ({
    id: cohort.id,
    title: cohort.title,
    otherFacilitators: db.select({ n: count() }).from(cohortFacilitators).where(and(eq(cohortFacilitators.cohortId, cohort.id), ne(cohortFacilitators.userId, userId))).get()!.n,
    ended: courseEnd(cohort) <= now,
  }));
}

function blockersFor(db: Reader, user: { id: number; role: string }, now: Date): string[] {
  const otherAdmins = db.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), ne(users.id, user.id))).get()!.n;
  return deletionBlockers({ role: user.role, otherAdmins, facilitated: facilitated(db, user.id, now) });
}

export type DeletionPreview = { email: string; counts: DeletionCounts; blockers: string[] };

/** What deleting would remove now, counted, and what (if anything) stops it. */
export function previewDeletion(db: Db, userId: number, now: Date): DeletionPreview {
  const user = db.select().from(users).where(eq(users.id, userId)).get()!;
  const mine = db.select({ id: enrollments.id, status: enrollments.status, holdUntil: enrollments.holdUntil, title: cohorts.title }).from(enrollments).innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId)).where(eq(enrollments.userId, userId)).all();
  const ids = mine.map((e) => e.id);
  const inMine = (column: SQLiteColumn) => (ids.length ? inArray(column, ids) : sql`0`);
  const daysBy = new Map(db.select({ id: dayProgress.enrollmentId, n: count() }).from(dayProgress).where(inMine(dayProgress.enrollmentId)).groupBy(dayProgress.enrollmentId).all().map((r) => [r.id, r.n]));
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  const ownPosts = db.select({ id: posts.id }).from(posts).where(eq(posts.authorId, userId)).all().map((p) => p.id);
  const counts: DeletionCounts = {
    work: mine.filter((e) => (daysBy.get(e.id) ?? 0) > 0).map((e) => ({ cohort: e.title, days: daysBy.get(e.id)! })),
    assessmentAnswers: n(db.select({ n: count() }).from(assessmentAnswers).where(inMine(assessmentAnswers.enrollmentId)).get()),
    posts: ownPosts.length,
    repliesByOthersUnderPosts: ownPosts.length ? n(db.select({ n: count() }).from(posts).where(and(inArray(posts.parentId, ownPosts), ne(posts.authorId, userId))).get()) : 0,
    feedbackReceived: n(db.select({ n: count() }).from(feedback).where(inMine(feedback.enrollmentId)).get()),
    pendingEmails: n(db.select({ n: count() }).from(emailOutbox).where(and(inArray(emailOutbox.status, ["pending", "sending"]), ownEmailRows(userId, user.email, ids))).get()),
    certificates: n(db.select({ n: count() }).from(certificates).where(inMine(certificates.enrollmentId)).get()),
    seats: mine.filter((e) => e.status === "active" || (e.status === "pending" && e.holdUntil !== null && e.holdUntil > now)).length,
    facilitates: db.select({ n: count() }).from(cohortFacilitators).where(eq(cohortFacilitators.userId, userId)).get()!.n,
  };
  return { email: user.email, counts, blockers: blockersFor(db, user, now) };
}

/** The text test for "names the person" in SQL: any needle in any column, the address in any case. */
function mentionsOf(person: { name: string; email: string }) {
  const needles = personNeedles(person);
  return (...columns: SQLiteColumn[]) =>
    or(...columns.flatMap((column) => needles.map((needle) => sql`instr(${column}, ${needle}) > 0`)), ...columns.map((column) => sql`instr(lower(${column}), ${person.email}) > 0`))!;
}

const chunks = (ids: number[], size = 500) => Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, (i + 1) * size));

type OutboxScan = { upTo: number; own: number[]; mentioning: number[] };
export const OUTBOX_SCAN_ROWS = 2000;

/**
 * The outbox rows that are the person's and the rows that mention them, found before the
 * transaction, a slice of ids at a time with the event loop let go between slices: the scan
 * reads every email's text, which at 100,000 emails takes seconds. The transaction then
 * handles these rows and any newer than `upTo` (outbox text never changes once written).
 */
async function scanOutbox(db: Db, userId: number): Promise<OutboxScan> {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  const upTo = db.select({ max: sql<number | null>`max(${emailOutbox.id})` }).from(emailOutbox).get()?.max ?? 0;
  if (!user) return { upTo, own: [], mentioning: [] };
  const mine = db.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.userId, userId)).all().map((e) => e.id);
  const own = ownEmailRows(userId, user.email, mine);
  const mentions = mentionsOf(user)(emailOutbox.subject, emailOutbox.html, emailOutbox.text, emailOutbox.headers);
  const found: OutboxScan = { upTo, own: [], mentioning: [] };
  for (let from = 0; from < upTo; from += OUTBOX_SCAN_ROWS) {
    const slice = and(gt(emailOutbox.id, from), lte(emailOutbox.id, Math.min(upTo, from + OUTBOX_SCAN_ROWS)));
    for (const row of db.select({ id: emailOutbox.id, own: sql<number>`${own}` }).from(emailOutbox).where(and(slice, or(own, mentions))).all()) (row.own ? found.own : found.mentioning).push(row.id);
    await letRequestsIn();
  }
  return found;
}

export type DeletionResult = { ok: true; promotedIds: number[] } | { ok: false; blockers: string[] };

/**
 * Deletes the account and everything of it, or nothing (one transaction). Returns the
 * enrollments promoted from a waitlist into the seats it freed: the caller welcomes them.
 */
export async function deleteAccount(db: Db, userId: number, now: Date): Promise<DeletionResult> {
  const found = await scanOutbox(db, userId);
  return db.transaction((tx): DeletionResult => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) return { ok: true, promotedIds: [] };
    const blockers = blockersFor(tx, user, now);
    if (blockers.length > 0) return { ok: false, blockers };
    const person = { name: user.name, email: user.email };
    const mine = tx.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.userId, userId)).all().map((e) => e.id);

    // Seats first, the way leaving does it, so the longest-waiting person takes each freed one.
    // `leave` opens its own transaction: inside this one it becomes a savepoint.
    const promotedIds = mine.map((id) => leave(tx as unknown as Db, id, "withdrawn", now).promotedId).filter((id): id is number => id !== null);

    // What would outlive the user row and still name them: their email copies (any status: a
    // sent one names them too), sign-in rows and invitations by address.
    const newer = gt(emailOutbox.id, found.upTo);
    for (const ids of chunks(found.own)) tx.delete(emailOutbox).where(inArray(emailOutbox.id, ids)).run();
    tx.delete(emailOutbox).where(and(newer, ownEmailRows(userId, user.email, mine))).run();
    tx.delete(signInTokens).where(eq(signInTokens.email, user.email)).run();
    tx.delete(facilitatorInvites).where(eq(facilitatorInvites.email, user.email)).run();
    tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    tx.delete(notifications).where(eq(notifications.actorId, userId)).run();

    redactNamesThatStay(tx, userId, person, user.role === "participant" ? "a former participant" : "a former facilitator", found);

    // The rest goes with the user row: ON DELETE CASCADE for what is theirs, SET NULL where a
    // cohort keeps a row they touched (cohorts made, announcements, sessions, feedback given,
    // posts hidden, reports resolved, invitations sent, certificates revoked).
    tx.delete(users).where(eq(users.id, userId)).run();
    return { ok: true, promotedIds };
  }, { behavior: "immediate" });
}

/**
 * Words that stay after the account goes and may name its person: emails queued or sent to
 * other people (a feedback email's signature and Reply-To, an activity email's "Ada replied",
 * a facilitator's digest), certificates naming them among the facilitators, and what they
 * wrote for a cohort as its facilitator. Found with instr() over the columns, then replaced
 * as whole words by `replacement`; a header that carries their address (Reply-To) is dropped.
 */
function redactNamesThatStay(tx: Tx, userId: number, person: { name: string; email: string }, replacement: string, found: OutboxScan): void {
  const mentions = mentionsOf(person);
  const redact = (text: string) => redactPerson(text, person, replacement);

  const columns = { id: emailOutbox.id, subject: emailOutbox.subject, html: emailOutbox.html, text: emailOutbox.text, headers: emailOutbox.headers };
  const emails = [
    ...chunks(found.mentioning).flatMap((ids) => tx.select(columns).from(emailOutbox).where(inArray(emailOutbox.id, ids)).all()),
    ...tx.select(columns).from(emailOutbox).where(and(gt(emailOutbox.id, found.upTo), mentions(emailOutbox.subject, emailOutbox.html, emailOutbox.text, emailOutbox.headers))).all(),
  ];
  for (const e of emails) {
    const headers = Object.fromEntries(Object.entries(e.headers).filter(([, value]) => redact(value) === value));
    tx.update(emailOutbox).set({ subject: redact(e.subject), html: redact(e.html), text: redact(e.text), headers }).where(eq(emailOutbox.id, e.id)).run();
  }
  for (const c of tx.select({ id: certificates.id, names: certificates.facilitatorNames }).from(certificates).where(mentions(certificates.facilitatorNames)).all()) {
    tx.update(certificates).set({ facilitatorNames: redact(c.names) }).where(eq(certificates.id, c.id)).run();
  }
  for (const a of tx.select().from(announcements).where(eq(announcements.authorId, userId)).all()) {
    tx.update(announcements).set({ title: redact(a.title), body: redact(a.body) }).where(eq(announcements.id, a.id)).run();
  }
  for (const s of tx.select().from(liveSessions).where(eq(liveSessions.createdBy, userId)).all()) {
    tx.update(liveSessions).set({ title: redact(s.title), agenda: redact(s.agenda) }).where(eq(liveSessions.id, s.id)).run();
  }
  for (const f of tx.select({ id: feedback.id, body: feedback.body }).from(feedback).where(and(eq(feedback.authorId, userId), isNotNull(feedback.body))).all()) {
    tx.update(feedback).set({ body: redact(f.body) }).where(eq(feedback.id, f.id)).run();
  }
}
