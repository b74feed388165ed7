/**
 * Issue 17: the course is versioned. A cohort in progress on the first edition keeps its
 * lessons, answers, ratings, reports and emails after the second edition lands; a cohort
 * created now gets the second, with its timed exercise, its conversation kit and its
 * assessment's instructions.
 */
import { eq } from "drizzle-orm";
import { cohorts, dayProgress, emailOutbox } from "../../db/schema";
import { getCourse, getEditions } from "~/course/content.server";
import { localOutboxTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { useClock } from "~/time/clock.server";
import { loader as dayLoader } from "~/routes/learn.$enrollmentId.days.$day";
import { loader as reportLoader } from "~/routes/learn.$enrollmentId.report";
import { action as newAction } from "~/routes/facilitate.cohorts.new";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
const NOW = new Date("2026-11-24T12:05:00Z"); // 07:05 in New York: day 15 of a cohort that started on 10 November
beforeEach(() => {
  t = freshDatabase();
  useClock(() => NOW);
});
afterEach(() => {
  useClock(undefined);
  removeDatabase(t);
});

type DayData = { title: string; values: { exerciseAnswer: string; rating: number | null }; exercise: { thisWeek?: string }; conversations?: { id: string }[]; assessment: { instructions?: string; statements: { id: string }[] } | null };

describe("course editions", () => {
  it("keeps a cohort that started on the first edition on its lessons, answers, report and emails", async () => {
    expect(getEditions().newest).toBe("2");
    const first = getCourse("1");
    const second = getCourse("2");
    // Day 14 is a different lesson in each edition: the renumbering must not move anyone's answer.
    expect(first.byDay(14)!.title).not.toBe(second.byDay(14)!.title);

    const cohort = createCohort(t.db, "spring"); // made before editions: the column's default, the first
    expect(cohort.edition).toBe("1");
    const user = createUser(t.db, "dana@example.com");
    const enrollment = enrollUser(t.db, cohort.id, user.id);
    const cookie = signedInCookie(t.db, user.id);
    const at = new Date("2026-11-23T15:00:00Z");
    t.db.insert(dayProgress).values({ enrollmentId: enrollment.id, day: 14, exerciseAnswer: "My week-two check-in answer.", reflection: "R", rating: 4, completedAt: at, updatedAt: at }).run();

    const day14 = (await run(dayLoader, getRequest(`/learn/${enrollment.id}/days/14`, { cookie }), { enrollmentId: String(enrollment.id), day: "14" })) as DayData;
    expect(day14.title).toBe(first.byDay(14)!.title);
    expect(day14.values).toMatchObject({ exerciseAnswer: "My week-two check-in answer.", rating: 4 });
    const day1 = (await run(dayLoader, getRequest(`/learn/${enrollment.id}/days/1`, { cookie }), { enrollmentId: String(enrollment.id), day: "1" })) as DayData;
    expect(day1.assessment!.statements.map((s) => s.id)).toEqual(first.assessment.statements.map((s) => s.id));

    const report = (await run(reportLoader, getRequest(`/learn/${enrollment.id}/report`, { cookie }), { enrollmentId: String(enrollment.id) })) as { pillars: { pillar: string; unlocked: number }[] };
    // The first edition's pillars: 15 days open, of which its own count per pillar.
    const openOf = (pillar: string) => first.days.filter((d) => d.day <= 15 && (d.pillar === pillar || d.pillar === "all")).length;
    expect(report.pillars.map((p) => p.unlocked)).toEqual(["product", "process", "people"].map(openOf));

    // This morning's email is the first edition's day 15.
    await runTick(t.db, localOutboxTransport(), () => NOW, "http://localhost:3000");
    const email = t.db.select().from(emailOutbox).where(eq(emailOutbox.userId, user.id)).get()!;
    expect(email.html).toContain(first.byDay(15)!.title);
    expect(email.html).not.toContain(second.byDay(15)!.title);
  });

  it("gives a cohort created now the newest edition: timed exercise, conversation kit, the assessment's own instructions", async () => {
    const fac = createUser(t.db, "fac@example.com", "facilitator");
    const settings = { title: "Winter cohort", slug: "winter", startsOn: "2026-11-20", timeZone: "America/New_York", schedule: "daily", sendHour: "7", capacity: "30", enrollmentOpen: "on" };
    await runResponse(newAction, formRequest("/facilitate/cohorts/new", settings, { cookie: signedInCookie(t.db, fac.id) }));
    const cohort = t.db.select().from(cohorts).where(eq(cohorts.slug, "winter")).get()!;
    expect(cohort.edition).toBe("2");
    const user = createUser(t.db, "lena@example.com");
    const enrollment = enrollUser(t.db, cohort.id, user.id);
    const cookie = signedInCookie(t.db, user.id);
    const second = getCourse("2");
    const withKit = second.days.find((d) => d.day <= 5 && d.conversations?.length)!;
    const page = (await run(dayLoader, getRequest(`/learn/${enrollment.id}/days/${withKit.day}`, { cookie }), { enrollmentId: String(enrollment.id), day: String(withKit.day) })) as DayData;
    expect(page.title).toBe(withKit.title);
    expect(page.exercise.thisWeek).toBe(withKit.exercise.thisWeek);
    expect(page.conversations!.map((c) => c.id)).toEqual(withKit.conversations);
    const day1 = (await run(dayLoader, getRequest(`/learn/${enrollment.id}/days/1`, { cookie }), { enrollmentId: String(enrollment.id), day: "1" })) as DayData;
    expect(day1.assessment).toMatchObject({ instructions: second.assessment.instructions });
    expect(day1.assessment!.statements).toHaveLength(18);
  });
});
