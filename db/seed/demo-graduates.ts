/**
 * The finished demo cohort: the same facilitator's earlier cohort, on the second edition and a
 * weekdays schedule, whose day 30 was about two weeks before the demo's "now". Eight people:
 * six earned a certificate (issued the way the app issues them), one is close (26 days, no
 * final assessment), one did not finish. The emails a finished cohort has had (reports,
 * congratulations, certificates) are in the outbox as already sent, so the first tick sends
 * nothing for it (after day 30's date no daily email is planned, so the dailies are left out).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { assessmentAnswers, cohortFacilitators, cohorts, dayProgress, emailOutbox, enrollments, users } from "../schema";
import { certificateEmailKey, issueIfEligible } from "../../app/certificates/issue.server";
import { courseDates, COURSE_LENGTH } from "../../app/cohorts/schedule";
import { getCourse } from "../../app/course/content.server";
import { getEnv } from "../../app/env.server";
import { addDays, instantAt, localDateOf, weekdayOf } from "../../app/time/local-date";
import { seededRandom } from "../../app/util/seeded-random";
import { DEMO_ANSWERS_2 } from "./demo-answers-2";
import { DEMO_ANSWERS_2_LATE } from "./demo-answers-2-late";

export const GRADUATE_EMAIL = "graduate@example.com";
export const FINISHED_COHORT = { slug: "winter-leaders", title: "Winter leadership cohort", timeZone: "America/New_York", edition: "2", schedule: "weekdays" as const };

/** Each person's days not done, and whether they took the final assessment on day 30. */
const GRADUATES = [
  { name: "Ruth Abebe", email: GRADUATE_EMAIL, missed: [9, 17, 23], final: true },
  { name: "Kenji Watanabe", email: "kenji.watanabe@example.com", missed: [], final: true },
  { name: "Zoë Ångström-Øvergaard", email: "zoe.angstrom@example.com", missed: [14, 21], final: true },
  { name: "Dmitri Volkov", email: "dmitri.volkov@example.com", missed: [6, 12, 19, 25, 26], final: true },
  { name: "Fatima Zahra", email: "fatima.zahra@example.com", missed: [11, 16, 22, 27, 28, 29], final: true },
  { name: "Liam O'Connor", email: "liam.oconnor@example.com", missed: [20], final: true },
  { name: "Chloé Martin", email: "chloe.martin@example.com", missed: [13, 18, 24, 30], final: false },
  { name: "Arjun Mehta", email: "arjun.mehta@example.com", missed: Array.from({ length: 15 }, (_, i) => i + 16), final: false },
];
export const GRADUATE_EMAILS = GRADUATES.map((g) => g.email);

/** The 30 weekdays whose last is the latest weekday at least 15 days before `today`. */
function startFor(today: string): string {
  let end = addDays(today, -15);
  while (weekdayOf(end) === 0 || weekdayOf(end) === 6) end = addDays(end, -1);
  let start = end;
  for (let counted = 1; counted < COURSE_LENGTH; ) {
    start = addDays(start, -1);
    if (weekdayOf(start) !== 0 && weekdayOf(start) !== 6) counted++;
  }
  return start;
}

/** Replaces the finished demo cohort and its people. Call after the demo facilitator exists. */
export function seedFinishedCohort(db: Db, facilitatorId: number, now: Date): { slug: string; certificates: number } {
  const random = seededRandom(20260118);
  const { timeZone } = FINISHED_COHORT;
  const startsOn = startFor(localDateOf(now, timeZone));
  const calendar = { startsOn, timeZone, schedule: FINISHED_COHORT.schedule };
  const dates = courseDates(calendar);
  const at = (day: number, hour: number) => instantAt(dates[day - 1]!, hour, timeZone, Math.floor(random() * 60));
  const appUrl = getEnv().APP_URL;
  let issued = 0;
  db.transaction(() => {
    db.delete(cohorts).where(eq(cohorts.slug, FINISHED_COHORT.slug)).run();
    db.delete(users).where(inArray(users.email, GRADUATE_EMAILS)).run();
    const cohort = db
      .insert(cohorts)
      .values({ slug: FINISHED_COHORT.slug, title: FINISHED_COHORT.title, startsOn, timeZone, schedule: calendar.schedule, sendHour: 7, capacity: 12, enrollmentOpen: false, edition: FINISHED_COHORT.edition, createdBy: facilitatorId, createdAt: instantAt(addDays(startsOn, -30), 10, timeZone) })
      .returning({ id: cohorts.id })
      .get();
    db.insert(cohortFacilitators).values({ cohortId: cohort.id, userId: facilitatorId }).run();
    const statements = getCourse(FINISHED_COHORT.edition).assessment.statements;
    const courseEndedAt = instantAt(addDays(dates[COURSE_LENGTH - 1]!, 1), 7, timeZone);
    const sent = (key: string, kind: string, to: string, userId: number, enrollmentId: number, subject: string, when: Date) => ({
      idempotencyKey: key, kind, toAddress: to, fromAddress: getEnv().EMAIL_FROM, userId, enrollmentId, subject,
      html: `<p>${subject}</p>`, text: `${subject} (sent when the demo cohort finished)`, status: "sent" as const, nextAttemptAt: when, sentAt: when, createdAt: when,
    });

    GRADUATES.forEach((g, index) => {
      const user = db.insert(users).values({ email: g.email, name: g.name, role: "participant", createdAt: at(1, 6) }).returning({ id: users.id }).get();
      const enrollment = db.insert(enrollments).values({ cohortId: cohort.id, userId: user.id, status: "active", createdAt: instantAt(addDays(startsOn, -10), 12, timeZone) }).returning({ id: enrollments.id }).get();
      const days = Array.from({ length: COURSE_LENGTH }, (_, i) => i + 1).filter((d) => !g.missed.includes(d));
      db.insert(dayProgress)
        .values(
          days.map((day) => {
            const answers = (day <= 12 ? DEMO_ANSWERS_2 : DEMO_ANSWERS_2_LATE)[day]!;
            const done = at(day, 8 + Math.floor(random() * 13));
            return {
              enrollmentId: enrollment.id, day,
              exerciseAnswer: answers.exercise[(index + day) % answers.exercise.length]!,
              reflection: answers.reflection[(index * 3 + day) % answers.reflection.length]!,
              rating: Math.min(5, 2 + Math.floor(random() * 3) + (day > 15 ? 1 : 0)),
              visibility: "facilitators" as const, completedAt: done, updatedAt: done, createdAt: done,
            };
          }),
        )
        .run();
      const rate = (kind: "baseline" | "final" | "retro", lo: number, when: Date) =>
        db.insert(assessmentAnswers).values(statements.map((s) => ({ enrollmentId: enrollment.id, kind, statementId: s.id, rating: Math.min(5, lo + Math.floor(random() * 2)), updatedAt: when }))).run();
      rate("baseline", 2, at(1, 9));
      const finishedAt = at(30, 20);
      if (g.final) {
        rate("final", 3, finishedAt);
        rate("retro", 1, finishedAt);
        // Issued as the app issues it, in the save that completed day 30; its email went then.
        if (issueIfEligible(db, enrollment.id, finishedAt, appUrl).issued) issued++;
        db.update(emailOutbox).set({ status: "sent", sentAt: finishedAt }).where(eq(emailOutbox.idempotencyKey, certificateEmailKey(enrollment.id))).run();
      }
      const emails = [sent(`report/${enrollment.id}`, "report", g.email, user.id, enrollment.id, "Your balance report", courseEndedAt)];
      if (days.includes(COURSE_LENGTH)) emails.push(sent(`congrats/${enrollment.id}`, "congrats", g.email, user.id, enrollment.id, "You finished all thirty days", finishedAt));
      db.insert(emailOutbox).values(emails).onConflictDoNothing().run();
    });
  });
  return { slug: FINISHED_COHORT.slug, certificates: issued };
}

/** The graduate's enrollment, for tests and the README's walk-through. */
export function graduateEnrollment(db: Db): number | undefined {
  return db
    .select({ id: enrollments.id })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(and(eq(users.email, GRADUATE_EMAIL), eq(cohorts.slug, FINISHED_COHORT.slug)))
    .get()?.id;
}
