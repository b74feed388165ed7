/**
 * Demo data: a facilitator, the `demo` cohort on day 12, ~24 participants at varied
 * points, and a demo participant who is behind; and the facilitator's finished cohort with a
 * demo graduate who has a certificate (./demo-graduates). Re-running replaces the demo data only
 * (the `demo` cohort and the demo accounts); anything else in the database is kept.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { assessmentAnswers, cohortFacilitators, cohorts, dayProgress, enrollments, feedback, users } from "../schema";
import { addDays, instantAt, localDateOf } from "../../app/time/local-date";
import { seededRandom } from "../../app/util/seeded-random";
import { getCourse } from "../../app/course/content.server";
import { DEMO_ANSWERS_2, DEMO_FEEDBACK_2 } from "./demo-answers-2";
import { seedDemoLiveSessions } from "./demo-community";
import { seedDemoNotices } from "./demo-announcements";
import { DEMO_FACILITATOR_EMAIL, DEMO_PARTICIPANT_EMAIL, DEMO_PEOPLE } from "./demo-people";
import type { DayVisibility } from "../../app/progress/visibility";
import { seedThreads } from "./demo-threads";
import { GRADUATE_EMAIL, seedFinishedCohort } from "./demo-graduates";

/** The edition of the course the demo cohort follows. */
export const DEMO_EDITION = "2";

export const DEMO_COHORT = {
  slug: "demo",
  title: "Spring leadership cohort",
  timeZone: "America/New_York",
  /** Day 12 is open today: the cohort started 11 days ago. */
  openDay: 12,
  sendHour: 7,
  capacity: 40,
} as const;

export type DemoSummary = {
  cohortSlug: string;
  startsOn: string;
  timeZone: string;
  openDay: number;
  participants: number;
  facilitatorEmail: string;
  participantEmail: string;
  /** The finished cohort (./demo-graduates) and its demo graduate, who has a certificate. */
  finishedSlug: string;
  graduateEmail: string;
};

export function seedDemo(db: Db, now: Date): DemoSummary {
  const random = seededRandom(20260301);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const today = localDateOf(now, DEMO_COHORT.timeZone);
  const startsOn = addDays(today, -(DEMO_COHORT.openDay - 1));
  const dateOfDay = (day: number) => addDays(startsOn, day - 1);
  /**
   * When someone worked on a day: some hours after it unlocked (in the cohort's zone).
   * A moment still in the future moves to between the unlock and now; null when the
   * day opened too recently for anyone to have done it.
   */
  const workedAt = (date: string): Date | null => {
    const unlock = instantAt(date, 0, DEMO_COHORT.timeZone).getTime();
    const planned = unlock + (pick(6, 21) * 60 + pick(0, 59)) * 60_000;
    if (planned <= now.getTime()) return new Date(planned);
    const available = now.getTime() - unlock;
    return available < 30 * 60_000 ? null : new Date(unlock + Math.floor(random() * (available - 60_000)));
  };
  const demoEmails = [DEMO_FACILITATOR_EMAIL, ...DEMO_PEOPLE.map((p) => p.email)];

  let facilitatorId = 0;
  db.transaction((tx) => {
    tx.delete(cohorts).where(eq(cohorts.slug, DEMO_COHORT.slug)).run();
    tx.delete(users).where(inArray(users.email, demoEmails)).run();

    const [facilitator] = tx
      .insert(users)
      .values({ email: DEMO_FACILITATOR_EMAIL, name: "Morgan Ellis", role: "facilitator" })
      .returning({ id: users.id })
      .all();
    const [cohort] = tx
      .insert(cohorts)
      .values({
        slug: DEMO_COHORT.slug,
        title: DEMO_COHORT.title,
        startsOn,
        timeZone: DEMO_COHORT.timeZone,
        schedule: "daily",
        sendHour: DEMO_COHORT.sendHour,
        capacity: DEMO_COHORT.capacity,
        enrollmentOpen: true,
        // The demo's answers, feedback and threads are written for this edition's lessons.
        edition: DEMO_EDITION,
        createdBy: facilitator!.id,
      })
      .returning({ id: cohorts.id })
      .all();
    tx.insert(cohortFacilitators).values({ cohortId: cohort!.id, userId: facilitator!.id }).run();
    facilitatorId = facilitator!.id;

    const people = tx
      .insert(users)
      .values(DEMO_PEOPLE.map((p) => ({ email: p.email, name: p.name, role: "participant" as const, timeZone: p.timeZone ?? null })))
      .returning({ id: users.id, email: users.email })
      .all();
    const enrolledAt = instantAt(addDays(startsOn, -6), 12, DEMO_COHORT.timeZone);
    const rows = tx
      .insert(enrollments)
      .values(people.map((u, i) => ({ cohortId: cohort!.id, userId: u.id, status: "active" as const, createdAt: new Date(enrolledAt.getTime() + i * 3_600_000) })))
      .returning({ id: enrollments.id, userId: enrollments.userId })
      .all();
    const enrollmentByEmail = new Map(people.map((u, i) => [u.email, rows[i]!.id]));

    const progress: (typeof dayProgress.$inferInsert)[] = [];
    // One draw per day: the person's share of private days. Who shares with the cohort is chosen in ./demo-threads.
    const visibilityFor = (r: number, privateShare: number): DayVisibility => (r < privateShare ? "self" : "facilitators");
    DEMO_PEOPLE.forEach((person, index) => {
      const enrollmentId = enrollmentByEmail.get(person.email)!;
      const completedThrough = DEMO_COHORT.openDay - person.behind;
      const answerFor = (day: number) => {
        const answers = DEMO_ANSWERS_2[day]!;
        return {
          exerciseAnswer: answers.exercise[(index + day) % answers.exercise.length]!,
          reflection: answers.reflection[(index * 3 + day) % answers.reflection.length]!,
        };
      };
      for (let day = 1; day <= completedThrough; day++) {
        const at = workedAt(dateOfDay(day));
        if (!at) break;
        progress.push({
          enrollmentId,
          day,
          ...answerFor(day),
          rating: Math.min(5, Math.max(1, Math.round(2.5 + random() * 2.5 + (day > 6 ? 0.3 : 0)))),
          visibility: visibilityFor(random(), person.privateShare),
          completedAt: at,
          updatedAt: at,
        });
      }
      // Someone who was active after their last completed day left a draft of the next one.
      const lastActive = addDays(today, -person.idleDays);
      const nextDay = completedThrough + 1;
      if (nextDay <= DEMO_COHORT.openDay && lastActive > dateOfDay(completedThrough)) {
        const at = workedAt(lastActive);
        if (at) progress.push({ enrollmentId, day: nextDay, exerciseAnswer: answerFor(nextDay).exerciseAnswer, reflection: "", updatedAt: at });
      }
    });
    tx.insert(dayProgress).values(progress).run();

    // Everyone who completed day 1 took the baseline assessment with it.
    const statements = getCourse(DEMO_EDITION).assessment.statements;
    const baseline = progress
      .filter((p) => p.day === 1 && p.completedAt)
      .flatMap((p) => statements.map((s) => ({ enrollmentId: p.enrollmentId, kind: "baseline" as const, statementId: s.id, rating: pick(1, 4) + (random() < 0.3 ? 1 : 0), updatedAt: p.completedAt! })));
    if (baseline.length > 0) tx.insert(assessmentAnswers).values(baseline).run();

    // Instants of a day in the cohort's zone, never after now (today's day has only its morning so far).
    const dayAt = (day: number, hour: number) => new Date(Math.min(instantAt(dateOfDay(day), hour, DEMO_COHORT.timeZone).getTime(), now.getTime() - 60_000));
    seedThreads(tx, cohort!.id, facilitator!.id, dayAt);

    tx.insert(feedback)
      .values(DEMO_FEEDBACK_2.map((f) => ({ enrollmentId: enrollmentByEmail.get(f.email)!, day: f.day, authorId: facilitator!.id, body: f.body, createdAt: instantAt(addDays(dateOfDay(f.day), 1), 10, DEMO_COHORT.timeZone) })))
      .run();

    seedDemoLiveSessions(tx, { id: cohort!.id, timeZone: DEMO_COHORT.timeZone, facilitatorId: facilitator!.id }, today, now);
    seedDemoNotices(tx, { cohortId: cohort!.id, facilitatorId: facilitator!.id, timeZone: DEMO_COHORT.timeZone, now, participantEmail: DEMO_PARTICIPANT_EMAIL });
  });
  const finished = seedFinishedCohort(db, facilitatorId, now);

  return {
    cohortSlug: DEMO_COHORT.slug,
    startsOn,
    timeZone: DEMO_COHORT.timeZone,
    openDay: DEMO_COHORT.openDay,
    participants: DEMO_PEOPLE.length,
    facilitatorEmail: DEMO_FACILITATOR_EMAIL,
    participantEmail: DEMO_PARTICIPANT_EMAIL,
    finishedSlug: finished.slug,
    graduateEmail: GRADUATE_EMAIL,
  };
}

/** True when the database has no accounts at all: the first start of a fresh install. */
export function isEmpty(db: Db): boolean {
  return db.select({ id: users.id }).from(users).limit(1).all().length === 0;
}
