import { and, eq, isNotNull } from "drizzle-orm";
import { assessmentAnswers, certificates, cohortFacilitators, cohorts, dayProgress, emailOutbox, enrollments, notifications, postReports, posts, users } from "../../db/schema";
import { FINISHED_COHORT, GRADUATE_EMAIL, GRADUATE_EMAILS, graduateEnrollment } from "../../db/seed/demo-graduates";
import { courseDates } from "~/cohorts/schedule";
import { getCourse } from "~/course/content.server";
import { localOutboxTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { DEMO_COHORT, isEmpty, seedDemo } from "../../db/seed/demo";
import { DEMO_PARTICIPANT_EMAIL } from "../../db/seed/demo-people";
import { addDays, localDateOf } from "~/time/local-date";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

// 15:00 in New York: late enough in the day for on-track people to have done day 12.
const NOW = new Date("2026-11-21T20:00:00Z");

function completedDays(email: string): number[] {
  return t.db
    .select({ day: dayProgress.day })
    .from(dayProgress)
    .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(users.email, email), isNotNull(dayProgress.completedAt)))
    .orderBy(dayProgress.day)
    .all()
    .map((r) => r.day);
}

describe("the demo seed", () => {
  it("makes a cohort that started 11 days before today in its zone, so day 12 is open", () => {
    expect(isEmpty(t.db)).toBe(true);
    const summary = seedDemo(t.db, NOW);
    expect(isEmpty(t.db)).toBe(false);
    const [cohort] = t.db.select().from(cohorts).where(eq(cohorts.slug, "demo")).all();
    expect(cohort!.timeZone).toBe("America/New_York");
    expect(cohort!.startsOn).toBe(addDays(localDateOf(NOW, cohort!.timeZone), -11));
    expect(summary).toMatchObject({ openDay: 12, participants: 24, startsOn: "2026-11-10" });
  });

  it("has a facilitator and about two dozen participants at varied points", () => {
    seedDemo(t.db, NOW);
    const facilitator = t.db.select().from(users).where(eq(users.email, "facilitator@example.com")).get();
    expect(facilitator?.role).toBe("facilitator");
    const demoId = t.db.select().from(cohorts).where(eq(cohorts.slug, DEMO_COHORT.slug)).get()!.id;
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.cohortId, demoId)).all()).toHaveLength(1);
    const active = t.db.select().from(enrollments).where(and(eq(enrollments.status, "active"), eq(enrollments.cohortId, demoId))).all();
    expect(active).toHaveLength(24);

    const counts = active.map(
      (e) => t.db.select().from(dayProgress).where(and(eq(dayProgress.enrollmentId, e.id), isNotNull(dayProgress.completedAt))).all().length,
    );
    expect(counts.filter((c) => c === DEMO_COHORT.openDay).length).toBeGreaterThanOrEqual(3); // on track
    expect(counts.filter((c) => c <= DEMO_COHORT.openDay - 3).length).toBeGreaterThanOrEqual(3); // behind
    expect(t.db.select().from(dayProgress).where(eq(dayProgress.visibility, "self")).all().length).toBeGreaterThan(0);
    const answered = t.db.select().from(dayProgress).where(isNotNull(dayProgress.completedAt)).all();
    expect(answered.every((p) => p.exerciseAnswer.length > 20 && p.rating !== null)).toBe(true);
  });

  it("shows a cohort that talks: shared answers and replies on several open days, a pinned note, a reported post, the demo participant told of replies", () => {
    seedDemo(t.db, NOW);
    const cohortId = t.db.select().from(cohorts).where(eq(cohorts.slug, DEMO_COHORT.slug)).get()!.id;
    const all = t.db.select().from(posts).where(eq(posts.cohortId, cohortId)).all();
    const days = new Set(all.filter((p) => p.parentId !== null).map((p) => p.day));
    expect(days.size).toBeGreaterThanOrEqual(3);
    expect(all.filter((p) => p.progressId !== null).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((p) => p.pinnedAt !== null)).toHaveLength(1);
    expect(t.db.select().from(postReports).all().filter((r) => r.resolvedAt === null)).toHaveLength(1);
    expect(all.every((p) => p.createdAt.getTime() <= NOW.getTime() && p.day <= DEMO_COHORT.openDay)).toBe(true);
    const dana = t.db.select().from(users).where(eq(users.email, DEMO_PARTICIPANT_EMAIL)).get()!;
    expect(t.db.select().from(notifications).where(eq(notifications.userId, dana.id)).all().length).toBeGreaterThanOrEqual(3);
    // Every shared answer in a thread is a complete day shared with the cohort.
    const sharedDays = t.db.select().from(dayProgress).where(eq(dayProgress.visibility, "cohort")).all();
    for (const p of all.filter((p) => p.progressId !== null)) expect(sharedDays.find((d) => d.id === p.progressId)?.completedAt).toBeTruthy();
  });

  it("leaves the demo participant two days behind (days 1-9 done, 10 and 11 missed, 12 open)", () => {
    seedDemo(t.db, NOW);
    expect(completedDays(DEMO_PARTICIPANT_EMAIL)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("never records work before a day unlocked or after now", () => {
    seedDemo(t.db, new Date("2026-11-21T05:45:00Z")); // 00:45 in New York: day 12 just opened
    const start = Date.parse("2026-11-10T05:00:00Z");
    const demo = t.db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.slug, DEMO_COHORT.slug)).get()!;
    const rows = t.db.select({ day: dayProgress.day, updatedAt: dayProgress.updatedAt }).from(dayProgress).innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId)).where(eq(enrollments.cohortId, demo.id)).all();
    for (const row of rows) {
      const unlock = start + (row.day - 1) * 86_400_000;
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(unlock);
      expect(row.updatedAt.getTime()).toBeLessThanOrEqual(Date.parse("2026-11-21T05:45:00Z"));
    }
  });

  it("re-seeds the demo without duplicating it or touching other data", () => {
    seedDemo(t.db, NOW);
    t.db.insert(users).values({ email: "real@example.org", name: "Real Person" }).run();
    seedDemo(t.db, NOW);
    expect(t.db.select().from(cohorts).all()).toHaveLength(2);
    expect(t.db.select().from(users).all()).toHaveLength(26 + GRADUATE_EMAILS.length);
    expect(t.db.select().from(certificates).all()).toHaveLength(6);
    expect(t.db.select().from(users).where(eq(users.email, "real@example.org")).all()).toHaveLength(1);
  });

  it("adds the facilitator's finished cohort (weekdays, second edition, day 30 two weeks ago) with a graduate who has a certificate", () => {
    seedDemo(t.db, NOW);
    const cohort = t.db.select().from(cohorts).where(eq(cohorts.slug, FINISHED_COHORT.slug)).get()!;
    expect(cohort).toMatchObject({ schedule: "weekdays", edition: "2", timeZone: "America/New_York" });
    const dates = courseDates(cohort);
    const today = localDateOf(NOW, cohort.timeZone);
    expect(dates[29]! <= addDays(today, -15)).toBe(true);
    expect(dates[29]! > addDays(today, -20)).toBe(true);
    const facilitator = t.db.select().from(users).where(eq(users.email, "facilitator@example.com")).get()!;
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.cohortId, cohort.id)).all().map((f) => f.userId)).toEqual([facilitator.id]);

    const ruth = graduateEnrollment(t.db)!;
    expect(completedDays(GRADUATE_EMAIL)).toHaveLength(27);
    const day2 = t.db.select().from(dayProgress).where(and(eq(dayProgress.enrollmentId, ruth), eq(dayProgress.day, 2))).get()!;
    expect(day2.exerciseAnswer.length).toBeGreaterThan(40);
    expect(t.db.select().from(assessmentAnswers).where(and(eq(assessmentAnswers.enrollmentId, ruth), eq(assessmentAnswers.kind, "final"))).all()).toHaveLength(getCourse("2").assessment.statements.length);
    expect(t.db.select().from(certificates).where(eq(certificates.enrollmentId, ruth)).get()).toMatchObject({ recipientName: "Ruth Abebe", daysCompleted: 27, startsOn: dates[0], endsOn: dates[29], facilitatorNames: "Morgan Ellis", revokedAt: null });
    expect(t.db.select().from(certificates).all()).toHaveLength(6);
    expect(t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "certificate")).all().every((e) => e.status === "sent")).toBe(true);
    // Every day's work is between its unlock and the end of the course.
    for (const p of t.db.select().from(dayProgress).innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId)).where(eq(enrollments.cohortId, cohort.id)).all()) {
      expect(localDateOf(p.day_progress.completedAt!, cohort.timeZone)).toBe(dates[p.day_progress.day - 1]);
    }
  });

  it("leaves nothing for the first tick to send to the finished cohort", async () => {
    seedDemo(t.db, NOW);
    const cohort = t.db.select().from(cohorts).where(eq(cohorts.slug, FINISHED_COHORT.slug)).get()!;
    const before = t.db.select().from(emailOutbox).all().length;
    await runTick(t.db, localOutboxTransport(), () => NOW, "http://localhost:3000");
    const ids = new Set(t.db.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.cohortId, cohort.id)).all().map((e) => e.id));
    const added = t.db.select().from(emailOutbox).all().slice(before);
    expect(added.filter((e) => e.enrollmentId !== null && ids.has(e.enrollmentId))).toEqual([]);
    expect(added.filter((e) => e.idempotencyKey.startsWith(`digest/${cohort.id}/`))).toEqual([]);
  });
});
