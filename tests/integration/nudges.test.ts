import { spawn } from "node:child_process";
import { eq } from "drizzle-orm";
import { cohorts, dayProgress, emailOutbox, enrollments, users } from "../../db/schema";
import { localOutboxTransport, resendTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { action as unsubscribeAction } from "~/routes/unsubscribe.$token";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { createUser, enrollUser } from "../support/fixtures";
import { formRequest, runResponse } from "../support/remix";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

const APP = "http://localhost:3000";
// A cohort in New York that started on 10 November 2026: day 12 opens on the 21st; 7:00 EST = 12:00 UTC.
const DAY12_7AM = new Date("2026-11-21T12:00:00Z");

function cohortWith(people: number, slug = "spring") {
  const cohort = t.db.insert(cohorts).values({ slug, title: "Spring", startsOn: "2026-11-10", timeZone: "America/New_York", sendHour: 7, capacity: 5000 }).returning().get();
  const list = Array.from({ length: people }, (_, i) => {
    const user = createUser(t.db, `p${i}.${slug}@example.org`, "participant", `Person ${i}`);
    return { user, enrollment: enrollUser(t.db, cohort.id, user.id) };
  });
  return { cohort, list };
}
const outbox = () => t.db.select().from(emailOutbox).all();

describe("the daily tick", () => {
  it("plans one email per participant per day, in the right form, and never twice", async () => {
    cohortWith(3);
    const first = await runTick(t.db, localOutboxTransport(), () => DAY12_7AM, APP);
    // Nobody has done anything: eleven days behind, so the catch-up form.
    expect(first.planned).toEqual({ daily: 0, "catch-up": 3, congrats: 0, report: 0 });
    expect(first.delivery.sent).toBe(3);
    const email = outbox()[0]!;
    expect(email).toMatchObject({ kind: "daily", day: 12, status: "sent", subject: "Day 12 is open: catch up gently, starting with day 1" });
    expect(email.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(email.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\/[0-9a-f]{40}>$/);
    expect(email.text).toMatch(/Pause daily emails or unsubscribe: http:\/\/localhost:3000\/unsubscribe\/[0-9a-f]{40}\n/);
    const again = await runTick(t.db, localOutboxTransport(), () => new Date(DAY12_7AM.getTime() + 3_600_000), APP);
    expect(again.queued).toBe(0);
    expect(outbox()).toHaveLength(3);
  });

  it("sends nothing to a withdrawn participant or one who paused daily emails", async () => {
    const { list } = cohortWith(3);
    t.db.update(enrollments).set({ status: "withdrawn" }).where(eq(enrollments.id, list[0]!.enrollment.id)).run();
    t.db.update(users).set({ dailyEmails: false }).where(eq(users.id, list[1]!.user.id)).run();
    await runTick(t.db, localOutboxTransport(), () => DAY12_7AM, APP);
    expect(outbox().map((e) => e.toAddress)).toEqual(["p2.spring@example.org"]);
  });

  it("stops the next day's email after a one-click unsubscribe", async () => {
    const { list } = cohortWith(1);
    await runTick(t.db, localOutboxTransport(), () => DAY12_7AM, APP);
    const token = t.db.select().from(users).where(eq(users.id, list[0]!.user.id)).get()!.unsubscribeToken!;
    const response = await runResponse(unsubscribeAction, formRequest(`/unsubscribe/${token}`, { "List-Unsubscribe": "One-Click" }), { token });
    expect(response.status).toBe(200);
    const nextDay = await runTick(t.db, localOutboxTransport(), () => new Date(DAY12_7AM.getTime() + 86_400_000), APP);
    expect(nextDay.queued).toBe(0);
    expect(outbox()).toHaveLength(1);
  });
});

describe("delivering the tick through Resend", () => {
  let fake: FakeResend;
  // Seed 7: the fake's first random draws fall under 20%, so the injected failures really happen.
  beforeEach(async () => (fake = await startFakeResend({ seed: 7 })));
  afterEach(async () => fake.close());
  const transport = () => resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });

  it("gets every planned email accepted exactly once through 20% server errors and 429 bursts", async () => {
    cohortWith(250);
    fake.faults.serverErrorRate = 0.2;
    fake.faults.rateLimitBurst = { count: 3, retryAfterSeconds: 1 };
    for (let minute = 0; minute < 90; minute++) await runTick(t.db, transport(), () => new Date(DAY12_7AM.getTime() + minute * 60_000), APP);
    expect(fake.accepted).toHaveLength(250);
    expect(new Set(fake.accepted.map((a) => a.to[0])).size).toBe(250);
    expect(fake.requests.filter((r) => r.status === 500).length).toBeGreaterThan(0);
    expect(fake.requests.filter((r) => r.status === 429).length).toBe(3);
    expect(outbox().every((e) => e.status === "sent")).toBe(true);
  });

  it("sends each email once when two ticks run at the same time", async () => {
    cohortWith(150);
    fake.faults.latencyMs = 40;
    await Promise.all([runTick(t.db, transport(), () => DAY12_7AM, APP), runTick(t.db, transport(), () => DAY12_7AM, APP)]);
    expect(fake.accepted).toHaveLength(150);
    expect(new Set(fake.accepted.map((a) => a.to[0])).size).toBe(150);
  });

  it("survives SIGKILL mid-send: after a second run every planned email is accepted exactly once", { timeout: 90_000 }, async () => {
    cohortWith(230);
    fake.faults.latencyMs = 1_500;
    const env = { ...process.env, DATABASE_URL: t.file, RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, NODE_ENV: "development" as const };
    // The fake lives in this process: children must be spawned asynchronously so it can answer.
    const runTickCli = (now: Date) => spawn(process.execPath, ["--import", "tsx", "app/cli/emails-tick.ts", "--now", now.toISOString()], { env });
    const killed = runTickCli(DAY12_7AM);
    await expect.poll(() => fake.received(), { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    killed.kill("SIGKILL");
    await new Promise((resolve) => killed.once("exit", resolve));
    expect(t.db.select().from(emailOutbox).where(eq(emailOutbox.status, "sending")).all().length).toBeGreaterThan(0);
    fake.faults.latencyMs = 0;

    // A later run, after the killed run's leases expired, finishes the job under the same keys.
    const rerun = runTickCli(new Date(DAY12_7AM.getTime() + 5 * 60_000));
    let stdout = "";
    rerun.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    expect(await new Promise((resolve) => rerun.once("exit", resolve))).toBe(0);
    expect(stdout).toMatch(/^tick 2026-11-21T12:05:00.000Z: planned 0 .* delivered 230, retrying 0, failed 0/);
    // The killed run's requests (up to two in flight) are answered too, then nothing is pending.
    await expect.poll(() => fake.received() - fake.requests.length, { timeout: 5_000 }).toBe(0);
    expect(fake.requests.length).toBeGreaterThanOrEqual(4);
    expect(t.db.select().from(emailOutbox).all().map((e) => e.status)).toEqual(Array(230).fill("sent"));
    expect(fake.accepted).toHaveLength(230);
    expect(new Set(fake.accepted.map((a) => a.to[0])).size).toBe(230);
  });
});

describe("a late finisher", () => {
  it("is congratulated when they complete day 30 after the report went, within the late-finish window", async () => {
    const { list } = cohortWith(2);
    // The course ended on 9 December; the reports go on the 10th at 07:00.
    const reportDay = new Date("2026-12-10T12:00:00Z");
    await runTick(t.db, localOutboxTransport(), () => reportDay, APP);
    expect(outbox().filter((e) => e.kind === "report")).toHaveLength(2);
    // Ten days later, the first person completes day 30.
    const later = new Date(reportDay.getTime() + 10 * 86_400_000);
    t.db.insert(dayProgress).values({ enrollmentId: list[0]!.enrollment.id, day: 30, exerciseAnswer: "Done", reflection: "Late but done", rating: 4, completedAt: later, updatedAt: later }).run();
    const tick = await runTick(t.db, localOutboxTransport(), () => new Date(later.getTime() + 60_000), APP);
    expect(tick.planned.congrats).toBe(1);
    expect(outbox().filter((e) => e.kind === "congrats").map((e) => e.enrollmentId)).toEqual([list[0]!.enrollment.id]);
    // Never twice.
    expect((await runTick(t.db, localOutboxTransport(), () => new Date(later.getTime() + 120_000), APP)).planned.congrats).toBe(0);
  });
});
