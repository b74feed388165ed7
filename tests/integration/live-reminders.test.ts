/**
 * The reminder an hour before a live session (issue 16, item 4): exactly once per person, across
 * repeated ticks and a restart; once more when the session moves; none when it is cancelled;
 * only to the cohort's own active people who have not unsubscribed.
 */
import { spawn } from "node:child_process";
import { and, eq } from "drizzle-orm";
import { cohortFacilitators, emailOutbox, enrollments, users } from "../../db/schema";
import { dueLiveReminders } from "~/community/reminders.server";
import { cancelSession, findSession, scheduleSession, updateSession } from "~/community/live.server";
import { deliverDue } from "~/email/deliver.server";
import { enqueueMany } from "~/email/outbox.server";
import { localOutboxTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

const APP = "http://localhost:3000";
// 29 March 2026, 16:00Z: 12:00 in New York (the fixture cohort's zone), 01:00 the next day in Tokyo.
const START = new Date("2026-03-29T16:00:00Z");
const minutes = (n: number, from = START) => new Date(from.getTime() + n * 60_000);

function world() {
  const fac = createUser(t.db, "fac@example.com", "facilitator", "Morgan Ellis");
  const cohort = createCohort(t.db, "spring", fac.id);
  const coFac = createUser(t.db, "cofac@example.com", "facilitator", "Chris Co");
  t.db.insert(cohortFacilitators).values({ cohortId: cohort.id, userId: coFac.id }).run();
  const ana = createUser(t.db, "ana@example.com", "participant", "Ana Sato");
  t.db.update(users).set({ timeZone: "Asia/Tokyo" }).where(eq(users.id, ana.id)).run();
  const anaSeat = enrollUser(t.db, cohort.id, ana.id);
  const ben = createUser(t.db, "ben@example.com", "participant", "Ben Ode");
  enrollUser(t.db, cohort.id, ben.id);
  // Left the cohort; unsubscribed from all course email; enrolled in the other cohort only.
  const carl = createUser(t.db, "carl@example.com", "participant", "Carl Left");
  t.db.insert(enrollments).values({ cohortId: cohort.id, userId: carl.id, status: "withdrawn" }).run();
  const dora = createUser(t.db, "dora@example.com", "participant", "Dora Quiet");
  enrollUser(t.db, cohort.id, dora.id);
  t.db.update(users).set({ unsubscribedAt: new Date("2026-03-01T00:00:00Z") }).where(eq(users.id, dora.id)).run();
  const otherFac = createUser(t.db, "otherfac@example.com", "facilitator", "Olu Other");
  const other = createCohort(t.db, "london", otherFac.id);
  enrollUser(t.db, other.id, createUser(t.db, "outsider@example.com", "participant", "Otto Outsider").id);
  const input = { title: "Week 2 live Q&A", startsAt: START, durationMinutes: 60, videoUrl: "https://meet.example.com/spring", agenda: "1. Welcome\n2. Questions" };
  const session = scheduleSession(t.db, cohort.id, input, fac.id, new Date("2026-03-20T10:00:00Z"));
  return { cohort, session, input, ana, anaSeat, fac };
}

const reminders = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "live-reminder")).all();
const tick = (at: Date) => runTick(t.db, localOutboxTransport(), () => at, APP);
const withoutResend = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("RESEND_")));
const EXPECTED = ["ana@example.com", "ben@example.com", "cofac@example.com", "fac@example.com"];

describe("the live-session reminder", () => {
  it("goes once to each active participant and facilitator within the hour before, across ticks and a restart", { timeout: 60_000 }, async () => {
    const { session } = world();
    await tick(minutes(-61));
    expect(reminders()).toHaveLength(0);
    await tick(minutes(-60));
    expect(reminders().map((r) => r.toAddress).sort()).toEqual(EXPECTED);
    expect(reminders().every((r) => r.status === "sent")).toBe(true);
    await tick(minutes(-59));
    await Promise.all([tick(minutes(-30)), tick(minutes(-30))]);

    // A restart: a new process runs the tick on the same database file.
    const child = spawn(process.execPath, ["--import", "tsx", "app/cli/emails-tick.ts", "--now", minutes(-10).toISOString()], {
      env: { ...withoutResend(), DATABASE_URL: t.file, NODE_ENV: "development", APP_URL: APP },
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    expect(await new Promise((resolve) => child.once("exit", resolve)), out).toBe(0);
    expect(out).toMatch(/queued 0/);
    await tick(minutes(-1));
    await tick(minutes(0)); // the start: no longer due
    expect(reminders()).toHaveLength(4);
    expect(new Set(reminders().map((r) => r.idempotencyKey))).toEqual(new Set(reminders().map((r) => `live-reminder/${session.id}/${START.getTime()}/${r.userId}`)));
  });

  it("says when in each reader's own zone, with a text part and one-click unsubscribe", async () => {
    world();
    await tick(minutes(-45));
    const ana = reminders().find((r) => r.toAddress === "ana@example.com")!;
    expect(ana.subject).toBe("Starting at 01:00: Week 2 live Q&A");
    expect(ana.text).toContain("Monday 30 March, 01:00–02:00 (Asia/Tokyo time) · 1 hour");
    expect(ana.text).toContain("Join the session: https://meet.example.com/spring");
    expect(ana.text).toContain("Agenda:\n1. Welcome\n2. Questions");
    expect(ana.text).toMatch(/Unsubscribe from course email: http:\/\/localhost:3000\/unsubscribe\/[0-9a-f]{40}\n$/);
    expect(ana.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(ana.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\/[0-9a-f]{40}>$/);
    expect(ana.html).toContain("https://meet.example.com/spring");
    expect(ana.html).toContain("Asia/Tokyo time");
    // Ben set no zone of his own: the cohort's.
    expect(reminders().find((r) => r.toAddress === "ben@example.com")!.text).toContain("Sunday 29 March, 12:00–13:00 (America/New York time)");
    // A facilitator's way in is the cohort's sessions page, not a course page.
    expect(reminders().find((r) => r.toAddress === "fac@example.com")!.text).toContain("The cohort's live sessions: http://localhost:3000/facilitate/cohorts/spring/sessions");
  });

  it("goes once more when the session moves, never for a cancelled one", async () => {
    const { session, input, cohort, fac } = world();
    await tick(minutes(-50));
    expect(reminders()).toHaveLength(4);
    const moved = updateSession(t.db, session, { ...input, startsAt: minutes(120) }, minutes(-20));
    await tick(minutes(-10));
    expect(reminders()).toHaveLength(4);
    await tick(minutes(65));
    await tick(minutes(90));
    expect(reminders()).toHaveLength(8);
    expect(reminders().filter((r) => r.idempotencyKey.includes(`/${moved.startsAt.getTime()}/`))).toHaveLength(4);

    // Cancelled before its hour: nothing goes.
    const later = scheduleSession(t.db, cohort.id, { ...input, startsAt: minutes(600) }, fac.id, minutes(0));
    cancelSession(t.db, later, minutes(300));
    await tick(minutes(560));
    await tick(minutes(599));
    expect(reminders()).toHaveLength(8);
    expect(findSession(t.db, cohort.id, later.id)).toBeUndefined();
  });

  it("cancels reminders still waiting when the session is cancelled or moved, and one whose reader left", async () => {
    const { session, input, anaSeat, cohort, fac } = world();
    expect(enqueueMany(t.db, await dueLiveReminders(t.db, minutes(-30), APP), minutes(-30))).toBe(4);
    t.db.update(enrollments).set({ status: "withdrawn" }).where(eq(enrollments.id, anaSeat.id)).run();
    cancelSession(t.db, session, minutes(-29));
    const report = await deliverDue(t.db, localOutboxTransport(), () => minutes(-28));
    expect(report.sent).toBe(0);
    expect(reminders().map((r) => [r.status, r.lastError])).toEqual(Array(4).fill(["cancelled", "cancelled: the live session was cancelled before it was sent"]));

    const next = scheduleSession(t.db, cohort.id, { ...input, startsAt: minutes(200) }, fac.id, minutes(0));
    enqueueMany(t.db, await dueLiveReminders(t.db, minutes(150), APP), minutes(150));
    expect(reminders().filter((r) => r.status === "pending").map((r) => r.toAddress).sort()).toEqual(EXPECTED.filter((e) => e !== "ana@example.com"));
    updateSession(t.db, next, { ...next, startsAt: minutes(300) }, minutes(151));
    expect(reminders().filter((r) => r.status === "pending")).toHaveLength(0);
    expect(reminders().filter((r) => r.lastError === "cancelled: the live session was moved before it was sent")).toHaveLength(3);
  });

  it("reaches nobody of another cohort, nobody who left and nobody unsubscribed", async () => {
    world();
    await tick(minutes(-30));
    const to = reminders().map((r) => r.toAddress);
    for (const nobody of ["outsider@example.com", "otherfac@example.com", "carl@example.com", "dora@example.com"]) expect(to).not.toContain(nobody);
    expect(t.db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, "live-reminder"), eq(emailOutbox.status, "sent"))).all()).toHaveLength(4);
  });
});
