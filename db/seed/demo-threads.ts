/**
 * The demo cohort's conversation: shared answers on the open days, replies and "this helped me"
 * on some of them, a pinned note from the facilitator, a participant's question, and one post
 * a participant reported (still waiting for the facilitator). Deterministic: the same people,
 * days and words on every seed, so a first start shows a cohort that talks to itself.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { dayProgress, enrollments, notifications, postReactions, postReports, posts, users } from "../schema";
import type { Db } from "../client";
import { DEMO_THREADS_2 } from "./demo-answers-2";
import { DEMO_PARTICIPANT_EMAIL } from "./demo-people";

/** The demo participant (Dana Whitfield), whom a first visitor signs in as. */
const DANA = DEMO_PARTICIPANT_EMAIL;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Who shares which days with the cohort (nobody else does in the demo). Chosen so that no two
 * answers in one thread are the same of the demo's four texts per day (demo.ts picks a text by
 * the person's place in the list and the day).
 */
const SHARED: Record<string, number[]> = {
  [DANA]: [3, 5],
  "amara.okafor@example.com": [3, 5, 8],
  "luis.fernandez@example.com": [3],
  "priya.raman@example.com": [5, 8, 10],
  "tomasz.nowak@example.com": [10],
};

type Line = { day: number; by: string; to?: string; text: string };

// The words, written for the demo's edition of the course (./demo-answers-2).
const { facilitatorNote: FACILITATOR_NOTE, question: QUESTION, replies: REPLIES, reported: REPORTED } = DEMO_THREADS_2;

/** "This helped me": who found whose answer on which day helpful. */
const HELPED: Line[] = [
  { day: 3, by: "amara.okafor@example.com", to: DANA, text: "" },
  { day: 3, by: "tomasz.nowak@example.com", to: DANA, text: "" },
  { day: 5, by: DANA, to: "priya.raman@example.com", text: "" },
  { day: 8, by: "priya.raman@example.com", to: "amara.okafor@example.com", text: "" },
  { day: 10, by: "ben.okonkwo@example.com", to: "tomasz.nowak@example.com", text: "" },
];

export function seedThreads(tx: Tx, cohortId: number, facilitatorId: number, at: (day: number, hour: number) => Date): void {
  const people = new Map(tx.select({ id: users.id, email: users.email }).from(users).innerJoin(enrollments, eq(enrollments.userId, users.id)).where(eq(enrollments.cohortId, cohortId)).all().map((u) => [u.email, u.id]));
  const enrollmentOf = new Map(tx.select({ id: enrollments.id, userId: enrollments.userId }).from(enrollments).where(eq(enrollments.cohortId, cohortId)).all().map((e) => [e.userId, e.id]));
  const id = (email: string) => {
    const found = people.get(email);
    if (found === undefined) throw new Error(`demo threads: ${email} is not in the demo cohort`);
    return found;
  };
  for (const [email, days] of Object.entries(SHARED)) {
    tx.update(dayProgress).set({ visibility: "cohort" }).where(and(eq(dayProgress.enrollmentId, enrollmentOf.get(id(email))!), inArray(dayProgress.day, days), isNotNull(dayProgress.completedAt))).run();
  }
  // Every complete day shared with the cohort has its place in its thread, as the day page makes it.
  const shared = tx
    .select({ progressId: dayProgress.id, day: dayProgress.day, authorId: enrollments.userId, completedAt: dayProgress.completedAt })
    .from(dayProgress)
    .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
    .where(and(eq(enrollments.cohortId, cohortId), eq(dayProgress.visibility, "cohort"), isNotNull(dayProgress.completedAt)))
    .all();
  const answers = new Map<string, number>();
  for (const s of shared) {
    const row = tx.insert(posts).values({ cohortId, day: s.day, authorId: s.authorId, progressId: s.progressId, createdAt: s.completedAt! }).returning({ id: posts.id }).get();
    answers.set(`${s.day}/${s.authorId}`, row.id);
  }
  tx.insert(posts).values({ cohortId, day: FACILITATOR_NOTE.day, authorId: facilitatorId, body: FACILITATOR_NOTE.text, pinnedAt: at(FACILITATOR_NOTE.day, 6), createdAt: at(FACILITATOR_NOTE.day, 6) }).run();
  const question = tx.insert(posts).values({ cohortId, day: QUESTION.day, authorId: id(QUESTION.by), body: QUESTION.text, createdAt: at(QUESTION.day, 9) }).returning({ id: posts.id }).get();
  answers.set(`${QUESTION.day}/${id(QUESTION.by)}`, question.id);
  REPLIES.forEach((r, i) => {
    const parentId = answers.get(`${r.day}/${id(r.to!)}`);
    if (!parentId) return;
    const when = at(r.day, 14 + (i % 6));
    const reply = tx.insert(posts).values({ cohortId, day: r.day, authorId: id(r.by), parentId, body: r.text, createdAt: when }).returning({ id: posts.id }).get();
    tx.insert(notifications).values({ userId: id(r.to!), kind: "reply", cohortId, actorId: id(r.by), postId: reply.id, createdAt: when }).run();
  });
  HELPED.forEach((h, i) => {
    const postId = answers.get(`${h.day}/${id(h.to!)}`);
    if (!postId) return;
    const when = at(h.day, 16 + (i % 5));
    tx.insert(postReactions).values({ postId, userId: id(h.by), createdAt: when }).run();
    tx.insert(notifications).values({ userId: id(h.to!), kind: "reaction", cohortId, actorId: id(h.by), postId, createdAt: when }).run();
  });
  const reported = tx.insert(posts).values({ cohortId, day: REPORTED.day, authorId: id(REPORTED.by), body: REPORTED.text, createdAt: at(REPORTED.day, 20) }).returning({ id: posts.id }).get();
  tx.insert(postReports).values({ postId: reported.id, reporterId: id(REPORTED.reporter), reason: REPORTED.reason, createdAt: at(REPORTED.day, 21) }).run();
}
