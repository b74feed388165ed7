import { and, eq } from "drizzle-orm";
import { assessmentAnswers, cohorts, dayProgress, emailOutbox, enrollments } from "../../db/schema";
import { seedDemo } from "../../db/seed/demo";
import { getCourse } from "~/course/content.server";
import { localOutboxTransport } from "~/email/transport.server";
import { loadNudgeFacts } from "~/nudges/facts.server";
import { runTick } from "~/nudges/tick.server";
import { useClock } from "~/time/clock.server";
import { loader as reportLoader } from "~/routes/learn.$enrollmentId.report";
import { loader as cohortReportLoader } from "~/routes/facilitate.cohorts.$slug.report";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { getRequest, run } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
beforeEach(() => {
  t = freshDatabase();
  useClock(() => new Date("2026-11-21T20:00:00Z")); // day 12 of a cohort that started 10 November (New York)
});
afterEach(() => {
  useClock(undefined);
  removeDatabase(t);
});

function complete(enrollmentId: number, days: number[], rating = 3) {
  const at = new Date("2026-11-20T12:00:00Z");
  t.db.insert(dayProgress).values(days.map((day) => ({ enrollmentId, day, exerciseAnswer: "x", reflection: "y", rating, completedAt: at, updatedAt: at }))).run();
}
function baseline(enrollmentId: number, perPillar: Record<"product" | "process" | "people", number[]>) {
  const ids = getCourse("1").assessment.statements;
  const rows = (["product", "process", "people"] as const).flatMap((pillar) =>
    ids.filter((s) => s.pillar === pillar).map((s, i) => ({ enrollmentId, kind: "baseline" as const, statementId: s.id, rating: perPillar[pillar][i]!, updatedAt: new Date() })),
  );
  t.db.insert(assessmentAnswers).values(rows).run();
}

describe("a participant's balance report", () => {
  it("equals the values computed by hand", async () => {
    const cohort = createCohort(t.db, "spring");
    const user = createUser(t.db, "dana@example.com");
    const enrollment = enrollUser(t.db, cohort.id, user.id);
    // Days 1-12 open. Done: 1 (all), 2 and 5 (product), 3 (process), 4 and 8 (people).
    complete(enrollment.id, [1, 2, 3, 4, 5, 8]);
    baseline(enrollment.id, { product: [2, 2, 3, 3], process: [4, 4, 4, 4], people: [3, 3, 3, 3] });
    // product: days 1,2,5,7,9,12 open, 3 done -> 0.5; baseline mean 2.5 -> (2.5-1)/4 = 0.375; score round(43.75) = 44
    // process: days 1,3,6,7,10 open, 2 done -> 0.4; mean 4 -> 0.75; score round(57.5) = 58
    // people:  days 1,4,7,8,11 open, 3 done -> 0.6; mean 3 -> 0.5; score round(55) = 55
    // balance: round(100 x 44 / 58) = 76; weakest product: unfinished product days 9 and 12 first, then 2 and 5.
    const report = (await run(reportLoader, getRequest(`/learn/${enrollment.id}/report`, { cookie: signedInCookie(t.db, user.id) }), { enrollmentId: String(enrollment.id) })) as {
      pillars: { score: number; completed: number; unlocked: number; growth: number | null }[];
      balance: number;
      diagnosis: unknown;
      final: boolean;
    };
    expect(report.pillars.map((p) => [p.completed, p.unlocked, p.score])).toEqual([
      [3, 6, 44],
      [2, 5, 58],
      [3, 5, 55],
    ]);
    expect(report.balance).toBe(76);
    expect(report.final).toBe(false);
    expect(report.diagnosis).toEqual({ kind: "weak", pillar: "product", risk: "disconnected", revisit: [2, 5, 9, 12] });
    expect(report.pillars.every((p) => p.growth === null)).toBe(true);
  });

  it("words itself from the facts: before the start, with nothing done, with the baseline only, and with the final still open", async () => {
    const user = createUser(t.db, "dana@example.com");
    const cookie = signedInCookie(t.db, user.id);
    type Words = { before: boolean; empty: boolean; opensOn: string; makeup: string; growth: string[]; finalStatus: { kind: string } };
    const load = async (id: number) => (await run(reportLoader, getRequest(`/learn/${id}/report`, { cookie }), { enrollmentId: String(id) })) as Words;

    const future = t.db.insert(cohorts).values({ slug: "winter", title: "Winter", startsOn: "2026-12-01", timeZone: "America/New_York" }).returning().get();
    expect(await load(enrollUser(t.db, future.id, user.id).id)).toMatchObject({ before: true, opensOn: "Tuesday 1 December 2026" });

    const running = enrollUser(t.db, createCohort(t.db, "spring").id, user.id);
    expect(await load(running.id)).toMatchObject({ before: false, empty: true, makeup: expect.stringContaining("only the days you did"), finalStatus: { kind: "later" } });
    baseline(running.id, { product: [2, 2, 3, 3], process: [4, 4, 4, 4], people: [3, 3, 3, 3] });
    const withBaseline = await load(running.id);
    expect(withBaseline).toMatchObject({ empty: false, makeup: expect.stringContaining("half your own day 1 assessment") });
    expect(withBaseline.growth).toEqual(Array(3).fill("Growth shows after the final assessment on day 30"));

    useClock(() => new Date("2026-12-20T15:00:00Z")); // the course ended on 10 December: the final is open until 8 January
    const ended = await run(reportLoader, getRequest(`/learn/${running.id}/report`, { cookie: signedInCookie(t.db, user.id, new Date("2026-12-20T15:00:00Z")) }), { enrollmentId: String(running.id) }) as Words;
    expect(ended.finalStatus.kind).toBe("open");
    expect(ended.growth[0]).toBe("Growth shows once you take the final assessment (day 30, by Friday 8 January 2027)");
  });

  it("is a 404 for someone else, and sends an anonymous visitor to sign in", async () => {
    const cohort = createCohort(t.db, "spring");
    const enrollment = enrollUser(t.db, cohort.id, createUser(t.db, "dana@example.com").id);
    const other = createUser(t.db, "other@example.com");
    expect(((await run(reportLoader, getRequest(`/learn/${enrollment.id}/report`, { cookie: signedInCookie(t.db, other.id) }), { enrollmentId: String(enrollment.id) })) as Response).status).toBe(404);
    expect(((await run(reportLoader, getRequest(`/learn/${enrollment.id}/report`), { enrollmentId: String(enrollment.id) })) as Response).status).toBe(302);
  });
});

describe("the cohort report", () => {
  it("averages the cohort and counts completion per day, for its facilitators only", async () => {
    const fac = createUser(t.db, "fac@example.com", "facilitator");
    const cohort = createCohort(t.db, "spring", fac.id);
    const a = enrollUser(t.db, cohort.id, createUser(t.db, "a@example.com").id);
    const b = enrollUser(t.db, cohort.id, createUser(t.db, "b@example.com").id);
    complete(a.id, [1, 2, 3]);
    complete(b.id, [1]);
    const call = (cookie?: string) => run(cohortReportLoader, getRequest("/facilitate/cohorts/spring/report", { cookie }), { slug: "spring" });
    const report = (await call(signedInCookie(t.db, fac.id))) as { participants: number; completionPerDay: { day: number; completed: number }[]; averages: { score: number }[]; weakest: string | null };
    expect(report.participants).toBe(2);
    expect(report.completionPerDay.slice(0, 4)).toEqual([
      { day: 1, completed: 2 },
      { day: 2, completed: 1 },
      { day: 3, completed: 1 },
      { day: 4, completed: 0 },
    ]);
    // a: product 2/6 -> 17, process 2/5 -> 20, people 1/5 -> 10; b: 1/6 -> 8, 1/5 -> 10, 1/5 -> 10. Averages 12.5 -> 13, 15, 10.
    expect(report.averages.map((x) => x.score)).toEqual([13, 15, 10]);
    expect(report.weakest).toBe("people");
    expect(((await call()) as Response).status).toBe(302);
    expect(((await call(signedInCookie(t.db, createUser(t.db, "p@example.com").id))) as Response).status).toBe(404);
    expect(((await call(signedInCookie(t.db, createUser(t.db, "f2@example.com", "facilitator").id))) as Response).status).toBe(404);
  });
});

describe("the final report email", () => {
  it("is planned once for each demo participant after the course ends", async () => {
    seedDemo(t.db, new Date("2026-11-21T20:00:00Z")); // day 30 is 9 December; it ends at midnight in New York
    const after = new Date("2026-12-12T15:00:00Z");
    const first = await runTick(t.db, localOutboxTransport(), () => after, "http://localhost:3000");
    // The demo's finished cohort had its reports when it ended (db/seed/demo-graduates): only the running one's are planned.
    const demoIds = new Set(t.db.select({ id: enrollments.id }).from(enrollments).innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId)).where(and(eq(enrollments.status, "active"), eq(cohorts.slug, "demo"))).all().map((e) => e.id));
    const active = demoIds.size;
    expect(first.planned.report).toBe(active);
    const demoReports = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "report")).all().filter((r) => demoIds.has(r.enrollmentId!));
    const reports = demoReports();
    expect(reports).toHaveLength(active);
    expect(new Set(reports.map((r) => r.idempotencyKey))).toEqual(new Set(reports.map((r) => `report/${r.enrollmentId}`)));
    expect(reports[0]!.html).toContain("Balance index");
    expect(reports[0]!.text).toMatch(/Days to revisit|pillars are level/);
    // No one in the demo took the final assessment yet: the email says what the scores use and where to take it.
    expect(reports.every((r) => !r.text.includes("half your own final assessment"))).toBe(true);
    expect(reports.some((r) => r.text.includes("half your own day 1 assessment") && r.text.includes("take the final assessment on day 30"))).toBe(true);
    // Once its report is queued, an enrollment is loaded only while a late finish can still
    // earn the congratulation, and never after that window.
    const loaded = loadNudgeFacts(t.db, after).facts;
    expect(loaded.every((f) => f.reportPlanned && !f.congratsPlanned)).toBe(true);
    expect(loadNudgeFacts(t.db, new Date(after.getTime() + 32 * 86_400_000)).facts).toHaveLength(0);
    const second = await runTick(t.db, localOutboxTransport(), () => new Date(after.getTime() + 86_400_000), "http://localhost:3000");
    expect(second.planned.report).toBe(0);
    expect(demoReports()).toHaveLength(active);
  });
});
