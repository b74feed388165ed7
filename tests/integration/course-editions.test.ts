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
import { loader as dayLoader } from "~/routes/learn.$enrollmentId.days.$day";
import { loader as reportLoader } from "~/routes/learn.$enrollmentId.report";
import { action as newAction } from "~/routes/facilitate.cohorts.new";
import { action as dayAction } from "~/routes/learn.$enrollmentId.days.$day";
import { assessmentAnswers } from "../../db/schema";
import { useDatabaseAt } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

const NOW = new Date("2026-11-24T12:05:00Z"); // 07:05 in New York: day 15 of a cohort that started on 10 November
const t = useDatabaseAt(NOW);

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

  it("asks, on the second edition's day 30, where you stood before day 1, and reports growth against it too", async () => {
    const cohort = t.db.insert(cohorts).values({ slug: "autumn", title: "Autumn", startsOn: "2026-10-01", timeZone: "America/New_York", edition: "2" }).returning().get();
    const user = createUser(t.db, "sofie@example.com");
    const enrollment = enrollUser(t.db, cohort.id, user.id, new Date("2026-09-20T00:00:00Z"));
    const cookie = signedInCookie(t.db, user.id);
    const second = getCourse("2");
    const ids = second.assessment.statements.map((s) => s.id);
    const params = { enrollmentId: String(enrollment.id), day: "30" };
    const path = `/learn/${enrollment.id}/days/30`;
    const page = (await run(dayLoader, getRequest(path, { cookie }), params)) as { assessment: { retro: { question: string } | null } };
    expect(page.assessment.retro!.question).toBe(second.assessment.retrospective);
    const work = { intent: "complete", exerciseAnswer: "Done.", reflection: "Yes.", rating: "4" };
    const finals = Object.fromEntries(ids.map((id) => [`assessment.${id}`, "4"]));
    // Without the look back the day is not complete, and nothing is saved.
    const refused = await runResponse(dayAction, formRequest(path, { ...work, ...finals }, { cookie }), params);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[`retro.${ids[0]}`]).toBe("Rate this statement.");
    const retro = Object.fromEntries(ids.map((id) => [`retro.${id}`, "2"]));
    expect((await runResponse(dayAction, formRequest(path, { ...work, ...finals, ...retro }, { cookie }), params)).status).toBe(200);
    const stored = t.db.select().from(assessmentAnswers).all();
    expect(stored.filter((a) => a.kind === "final")).toHaveLength(18);
    expect(stored.filter((a) => a.kind === "retro")).toHaveLength(18);
    // Reverse-worded statements count the other way: 4 "often" on something to avoid is a 2, a 2 is a 4.
    const report = (await run(reportLoader, getRequest(`/learn/${enrollment.id}/report`, { cookie }), { enrollmentId: String(enrollment.id) })) as { pillars: { pillar: string; finalMean: number; hindsightGrowth: number }[]; growth: string[] };
    const product = report.pillars.find((p) => p.pillar === "product")!;
    // Product: 4 straight (4) and 2 reversed (2): final mean (4*4 + 2*2) / 6 = 3.33; look back (4*2 + 2*4) / 6 = 2.67.
    expect(product.finalMean).toBeCloseTo(20 / 6, 5);
    expect(product.hindsightGrowth).toBe(0.67);
  });
});
