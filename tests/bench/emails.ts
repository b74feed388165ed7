/**
 * Email benchmark: plan, compose and deliver 10,000 participants' daily emails to the fake
 * Resend limited to 5 requests per second (so at most 500 emails/s in batches of 100); and
 * the pure planner's time at 1,000, 10,000 and 100,000 enrollments.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { getCourse } from "~/course/content.server";
import { deliverDue } from "~/email/deliver.server";
import { enqueueMany } from "~/email/outbox.server";
import { resendTransport } from "~/email/transport.server";
import { composeNudge } from "~/nudges/compose.server";
import { loadNudgeFacts } from "~/nudges/facts.server";
import { planNudges, type NudgeFacts } from "~/nudges/planner";
import { startFakeResend } from "../support/fake-resend";
import { seedBenchCohort } from "./seed";

type Record = (name: string, value: number, unit: string) => void;
const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

export async function benchEmails(record: Record): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-bench-mail-"));
  const db = openDatabase(path.join(dir, "mail.db"));
  migrateDatabase(db);
  const now = new Date();
  seedBenchCohort(db, 10_000, now);
  const fake = await startFakeResend();
  fake.faults.maxRequestsPerSecond = 5;
  try {
    let t = performance.now();
    const { facts, recipients } = loadNudgeFacts(db, now);
    const plan = planNudges(facts, new Date(now.getTime() + 86_400_000));
    record("emails planned", plan.length, "emails");
    record("planning (load facts + plan), 10,000 enrollments", seconds(performance.now() - t), "s");

    t = performance.now();
    const byId = new Map(facts.map((f) => [f.enrollmentId, f]));
    const course = getCourse();
    const emails = [];
    for (const n of plan) emails.push(await composeNudge(n, byId.get(n.enrollmentId)!, recipients.get(n.enrollmentId)!, course, "https://tripod.example.org", now));
    enqueueMany(db, emails, now);
    record("composing and queueing (render HTML and text)", seconds(performance.now() - t), "s");

    t = performance.now();
    // Paced to the provider's limit, as production paces to RESEND_REQUESTS_PER_SECOND.
    const report = await deliverDue(db, resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url }), () => new Date(), { maxWaitMs: 10 * 60_000, requestsPerSecond: 5 });
    const ms = performance.now() - t;
    if (report.sent !== plan.length || fake.accepted.length !== plan.length) throw new Error(`delivered ${report.sent}, accepted ${fake.accepted.length}, planned ${plan.length}`);
    record("delivery to fake Resend at 5 requests/s", seconds(ms), "s");
    record("delivery rate", Math.round(plan.length / (ms / 1000)), "emails/s");
    record("share of the 500 emails/s ceiling (target at least 0.95)", Number((plan.length / (ms / 1000) / 500).toFixed(2)), "x");
    record("429 answers waited out", fake.requests.filter((r) => r.status === 429).length, "requests");
  } finally {
    await fake.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  for (const size of [1_000, 10_000, 100_000]) {
    const facts = syntheticFacts(size);
    const t = performance.now();
    const plan = planNudges(facts, new Date("2026-11-21T12:00:00Z"));
    record(`planner alone, ${size.toLocaleString("en")} enrollments (${plan.length.toLocaleString("en")} due)`, Math.round(performance.now() - t), "ms");
  }
}

/** Enrollments spread over 20 cohorts and a handful of zones, at varied points. */
function syntheticFacts(size: number): NudgeFacts[] {
  const zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Pacific/Auckland", "America/Los_Angeles"];
  return Array.from({ length: size }, (_, i) => {
    const done = 4 + (i % 8);
    return {
      enrollmentId: i + 1,
      cohort: { startsOn: `2026-11-${String(1 + (i % 20)).padStart(2, "0")}`, timeZone: zones[i % zones.length]!, schedule: i % 3 === 0 ? "weekdays" : "daily", sendHour: 7 },
      timeZone: i % 7 === 0 ? zones[(i + 2) % zones.length]! : null,
      sendHour: i % 11 === 0 ? 6 : null,
      dailyEmails: i % 13 !== 0,
      unsubscribed: i % 29 === 0,
      completedDays: new Set(Array.from({ length: done }, (_, d) => d + 1)),
      lastDailyDay: done,
      congratsPlanned: false,
      reportPlanned: false,
    };
  });
}
