/**
 * A benchmark cohort: N participants on day 12 (in the cohort's zone, at `now`), each with eleven days of realistic-length
 * work, plus a signed-in session for the first of them.
 */
import { cohortFacilitators, cohorts, dayProgress, enrollments, users } from "../../db/schema";
import type { Db } from "../../db/client";
import { createSession, SESSION_COOKIE } from "~/auth/session.server";
import { addDays, instantAt, localDateOf } from "~/time/local-date";

const ANSWER = "Mapped the last five items from request to release; the longest wait was review, about two days each time. ".repeat(3);

export type BenchCohort = { cookie: string; facilitatorCookie: string; facilitatorId: number; cohortId: number; enrollmentId: number; slug: string };

/** `timeZone` lets the email benchmark stand the cohort where it is mid-morning now. */
export function seedBenchCohort(db: Db, participants: number, now: Date, timeZone = "UTC"): BenchCohort {
  const startsOn = addDays(localDateOf(now, timeZone), -11);
  // Joined the day before day 1: every course day's email is theirs.
  const joinedAt = instantAt(addDays(startsOn, -1), 9, timeZone);
  return db.transaction((tx) => {
    const cohort = tx.insert(cohorts).values({ slug: `bench-${participants}`, title: `Benchmark cohort of ${participants}`, startsOn, timeZone, capacity: participants }).returning().get();
    // In chunks: SQLite takes at most 32,766 bound values per statement.
    const inChunks = <T, R>(items: T[], insert: (chunk: T[]) => R[]) => {
      const out: R[] = [];
      for (let i = 0; i < items.length; i += 2000) out.push(...insert(items.slice(i, i + 2000)));
      return out;
    };
    const people = inChunks(
      Array.from({ length: participants }, (_, i) => ({ email: `bench${participants}-${i}@example.org`, name: `Bench Person ${i}` })),
      (chunk) => tx.insert(users).values(chunk).returning({ id: users.id }).all(),
    );
    const rows = inChunks(people, (chunk) => tx.insert(enrollments).values(chunk.map((u) => ({ cohortId: cohort.id, userId: u.id, createdAt: joinedAt }))).returning({ id: enrollments.id }).all());
    const progress = rows.flatMap((e, i) =>
      Array.from({ length: 11 - (i % 4) }, (_, d) => {
        const at = instantAt(addDays(startsOn, d), 9, timeZone);
        return { enrollmentId: e.id, day: d + 1, exerciseAnswer: ANSWER, reflection: ANSWER.slice(0, 160), rating: (i + d) % 5 + 1, completedAt: at, updatedAt: at };
      }),
    );
    for (let i = 0; i < progress.length; i += 2000) tx.insert(dayProgress).values(progress.slice(i, i + 2000)).run();
    const session = createSession(tx as unknown as Db, people[0]!.id, now);
    const facilitator = tx.insert(users).values({ email: `bench${participants}-facilitator@example.org`, name: "Bench Facilitator", role: "facilitator" }).returning({ id: users.id }).get();
    tx.insert(cohortFacilitators).values({ cohortId: cohort.id, userId: facilitator.id }).run();
    const facilitatorSession = createSession(tx as unknown as Db, facilitator.id, now);
    return { cookie: `${SESSION_COOKIE}=${session.token}`, facilitatorCookie: `${SESSION_COOKIE}=${facilitatorSession.token}`, facilitatorId: facilitator.id, cohortId: cohort.id, enrollmentId: rows[0]!.id, slug: cohort.slug };
  });
}

/**
 * A busy day thread in a seeded cohort: `answers` participants share the day's work with the
 * cohort, `posts` more write a post, and `replies` replies spread over them, with reactions.
 * Day 11 is complete for everyone in the seed (only some have day 12 or less).
 */
export function seedBenchThread(db: Db, cohort: BenchCohort, day = 11, shape = { answers: 100, posts: 100, replies: 400 }): void {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    const rows = sqlite
      .prepare("select d.id as progressId, e.user_id as userId, d.completed_at as at from day_progress d join enrollments e on e.id = d.enrollment_id where e.cohort_id = ? and d.day = ? and d.completed_at is not null order by e.id limit ?")
      .all(cohort.cohortId, day, shape.answers + shape.posts) as { progressId: number; userId: number; at: number }[];
    const insert = sqlite.prepare("insert into posts (cohort_id, day, author_id, progress_id, parent_id, body, created_at) values (?, ?, ?, ?, ?, ?, ?) returning id");
    const share = sqlite.prepare("update day_progress set visibility = 'cohort' where id = ?");
    const react = sqlite.prepare("insert or ignore into post_reactions (post_id, user_id, created_at) values (?, ?, ?)");
    const tops: number[] = [];
    rows.forEach((r, i) => {
      if (i < shape.answers) {
        share.run(r.progressId);
        tops.push((insert.get(cohort.cohortId, day, r.userId, r.progressId, null, "", r.at) as { id: number }).id);
      } else tops.push((insert.get(cohort.cohortId, day, r.userId, null, null, `A question for the cohort, number ${i}: ${ANSWER.slice(0, 200)}`, r.at + 1000) as { id: number }).id);
    });
    for (let i = 0; i < shape.replies; i++) {
      const parent = tops[i % tops.length]!;
      const author = rows[(i * 7) % rows.length]!.userId;
      insert.get(cohort.cohortId, day, author, null, parent, `Reply ${i}: the same wait here, and writing it down helped.`, rows[0]!.at + 60_000 + i);
      react.run(parent, author, rows[0]!.at + 60_000 + i);
    }
  })();
}
