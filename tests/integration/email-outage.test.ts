/**
 * A provider outage longer than an hour: nothing is lost. Transient failures are retried
 * (at most every 15 minutes) for the whole retry window; only then failed, visible to an
 * operator and requeued by them. /healthz says "degraded" while email waits.
 */
import { spawnSync } from "node:child_process";
import { cohorts, emailOutbox } from "../../db/schema";
import { deliverDue } from "~/email/deliver.server";
import { resendTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { loader as healthz } from "~/routes/healthz";
import { useClock } from "~/time/clock.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { createUser, enrollUser } from "../support/fixtures";

let t: TestDatabase;
let fake: FakeResend;
const APP = "http://localhost:3000";
const DAY1_7AM = new Date("2026-11-21T12:00:00Z"); // day 1 of a New York cohort, 07:00 local
const at = (minutes: number) => new Date(DAY1_7AM.getTime() + minutes * 60_000);

beforeEach(async () => {
  t = freshDatabase();
  fake = await startFakeResend();
  const cohort = t.db.insert(cohorts).values({ slug: "winter", title: "Winter", startsOn: "2026-11-21", timeZone: "America/New_York", sendHour: 7 }).returning().get();
  for (let i = 0; i < 30; i++) enrollUser(t.db, cohort.id, createUser(t.db, `p${i}@example.org`, "participant", `Person ${i}`).id);
});
afterEach(async () => {
  useClock(undefined);
  await fake.close();
  removeDatabase(t);
});

const transport = () => resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
const statuses = () => t.db.select({ status: emailOutbox.status }).from(emailOutbox).all().map((r) => r.status);
async function health(now: Date) {
  useClock(() => now);
  return (await (await healthz()).json()) as { status: string; email: { due: number; oldestDueSeconds: number | null } };
}

describe("a provider outage", () => {
  it("of 90 minutes loses none of the 30 day-1 emails, and sends each once", async () => {
    fake.faults.serverErrorRate = 1;
    for (let minute = 0; minute < 90; minute += 1) await runTick(t.db, transport(), () => at(minute), APP);
    expect(statuses().every((s) => s === "pending")).toBe(true);
    const during = await health(at(90));
    expect(during).toMatchObject({ status: "degraded", email: { due: 30 } });
    expect(during.email.oldestDueSeconds).toBeGreaterThan(15 * 60);
    // Retries were paced, not hammered: about every 15 minutes once the backoff is full.
    expect(fake.requests.length).toBeLessThan(20);

    fake.faults.serverErrorRate = 0;
    for (let minute = 90; minute <= 110; minute += 1) await runTick(t.db, transport(), () => at(minute), APP);
    expect(statuses()).toEqual(Array(30).fill("sent"));
    expect(fake.accepted).toHaveLength(30);
    expect(new Set(fake.accepted.map((a) => a.to[0])).size).toBe(30);
    expect(await health(at(110))).toMatchObject({ status: "ok", email: { due: 0 } });
  });

  it("past the retry window is failed, shown by emails:status, and sent after emails:retry", async () => {
    fake.faults.serverErrorRate = 1;
    await runTick(t.db, transport(), () => at(0), APP);
    // Delivery only from here on (no new days planned), through more than a day of outage.
    for (let minute = 15; minute <= 25 * 60; minute += 15) await deliverDue(t.db, transport(), () => at(minute));
    expect(statuses()).toEqual(Array(30).fill("failed"));

    const cli = (script: string, ...args: string[]) => {
      const run = spawnSync(process.execPath, ["--import", "tsx", `app/cli/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: t.file, NODE_ENV: "development", APP_NOW: at(26 * 60).toISOString() }, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    };
    const status = cli("emails-status");
    expect(status).toMatch(/failed 30/);
    expect(status).toMatch(/\[retryable\]: gave up after retrying for 24 hours/);
    expect(cli("emails-retry")).toMatch(/^requeued 30 emails/);

    fake.faults.serverErrorRate = 0;
    await deliverDue(t.db, transport(), () => at(26 * 60 + 1));
    expect(statuses()).toEqual(Array(30).fill("sent"));
    expect(fake.accepted).toHaveLength(30);
    expect(cli("emails-status")).toMatch(/sent 30, failed 0/);
  });
});
