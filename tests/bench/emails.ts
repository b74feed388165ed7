/**
 * Email benchmark, 10,000 participants due at once (day 13 of a UTC cohort), against issue
 * 14's four targets, each measured on this run:
 *   1. composing: the tick's stamped composer against the first edition's renderer (React
 *      twice per email, HTML and a converted text part), per email; target 10× faster;
 *   2. the `emails:tick` CLI's peak resident memory for the whole tick; target ≤ 200 MB;
 *   3. `/healthz` p99 while the server's own scheduler runs that tick; target ≤ 100 ms;
 *   4. delivery rate as a share of the fake provider's ceiling (5 requests/s × 100); ≥ 0.95.
 * The fake Resend runs in a process of its own, so its work is not timed as ours. Then the
 * pure planner alone at 1,000, 10,000 and 100,000 enrollments.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { render } from "@react-email/render";
import { createElement } from "react";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { getCourse } from "~/course/content.server";
import { dailyEmail, type DailyEmailProps } from "~/emails/daily";
import { createComposer, dailyProps } from "~/nudges/compose.server";
import { loadNudgeFacts } from "~/nudges/facts.server";
import { planNudges, type NudgeFacts } from "~/nudges/planner";
import { startApp } from "../support/server";
import { startFakeProvider } from "./fake-provider";
import { runTickCli } from "./tick-cli";
import { seedBenchCohort } from "./seed";

type Record = (name: string, value: number, unit: string) => void;
const SIZE = 10_000;
/**
 * The email runs use the real clock (a pinned one would strand a batch handed back after a
 * 429: it is due again a second later, a second that never comes). So the cohort stands in
 * a zone where it is about 10:00 now, on day 12: everyone's day-12 email is due (sent at
 * 07:00 local) and it is waking hours.
 */
const DUE = new Date();
const ZONE = midMorningZone(DUE);

function midMorningZone(now: Date): string {
  let offset = 10 - now.getUTCHours();
  if (offset < -12) offset += 24;
  return offset === 0 ? "UTC" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}
const PROVIDER_RPS = 5;
const CEILING = PROVIDER_RPS * 100;
const APP_URL = "https://tripod.example.org";

function seededDatabase(dir: string, name: string): string {
  const file = path.join(dir, name);
  const db = openDatabase(file);
  migrateDatabase(db);
  seedBenchCohort(db, SIZE, DUE, ZONE);
  db.$client.close();
  return file;
}

/** The first edition's renderer: React renders the email twice, once converting it to text. */
async function firstEditionRender(props: DailyEmailProps) {
  const element = createElement(dailyEmail.Body, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text: text.replace(/[^\S\n]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim() };
}

async function benchComposing(file: string, record: Record): Promise<void> {
  const db = openDatabase(file);
  try {
    const { facts, recipients } = loadNudgeFacts(db, DUE);
    const plan = planNudges(facts, DUE);
    const byId = new Map(facts.map((f) => [f.enrollmentId, f]));
    record("emails due", plan.length, "emails");
    const composer = createComposer(getCourse("1"), APP_URL, DUE);
    // Warm both paths up (module loading, JIT) before timing either.
    for (const n of plan.slice(0, 50)) await composer.compose(n, byId.get(n.enrollmentId)!, recipients.get(n.enrollmentId)!);

    let t = performance.now();
    let bytes = 0;
    for (const n of plan) {
      const email = await composer.compose(n, byId.get(n.enrollmentId)!, recipients.get(n.enrollmentId)!);
      bytes += email.html.length + email.text.length;
    }
    const stampedMs = (performance.now() - t) / plan.length;
    record(`composing, stamped (${composer.renders()} React renders for ${plan.length.toLocaleString("en")} emails)`, Number(stampedMs.toFixed(3)), "ms an email");
    record("average email size (HTML and text)", Math.round(bytes / plan.length / 1024), "KB");

    // The first edition's renderer on a sample of the same emails (all of them would take a
    // minute), given the same props the same way.
    const sample = plan.flatMap((n) => (n.kind === "daily" ? [n] : [])).slice(0, 400);
    const firstEdition = (n: (typeof sample)[number]) => firstEditionRender(dailyProps(n, byId.get(n.enrollmentId)!, recipients.get(n.enrollmentId)!, getCourse("1"), APP_URL, DUE));
    for (const n of sample.slice(0, 20)) await firstEdition(n);
    t = performance.now();
    for (const n of sample) await firstEdition(n);
    const firstMs = (performance.now() - t) / sample.length;
    record(`composing, first edition's renderer (${sample.length} of the same emails)`, Number(firstMs.toFixed(3)), "ms an email");
    record("composing speed-up (target at least 10)", Number((firstMs / stampedMs).toFixed(1)), "x");
  } finally {
    db.$client.close();
  }
}

async function benchCli(file: string, record: Record): Promise<void> {
  const fake = await startFakeProvider(PROVIDER_RPS);
  const run = await runTickCli({ DATABASE_URL: file, APP_URL, RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, RESEND_REQUESTS_PER_SECOND: String(PROVIDER_RPS) });
  const provider = await fake.stop();
  const { queued, delivered, deliveryMs } = run.summary;
  // Every email the tick counts as delivered was accepted once; any 429 hands its batch to the
  // moment its retry-after passes, within the same tick.
  if (queued < SIZE || delivered !== queued || provider.accepted !== queued) throw new Error(`the CLI's tick did not deliver what it queued: ${run.stdout}; the provider accepted ${provider.accepted}`);
  record("emails:tick CLI, whole tick (plan, compose, queue, deliver)", Number((run.wallMs / 1000).toFixed(1)), "s");
  record("emails:tick CLI peak resident memory (target at most 200)", run.peakMb, "MB");
  const rate = delivered / (deliveryMs / 1000);
  record(`delivery to the fake Resend at ${PROVIDER_RPS} requests/s`, Math.round(rate), "emails/s");
  record(`delivery share of the ${CEILING} emails/s ceiling (target at least 0.95)`, Number((rate / CEILING).toFixed(3)), "x");
  record("429 answers from the provider", provider.tooMany, "requests");
}

/** One request at a time against /healthz while the server's scheduler sends 10,000 emails. */
async function benchServerTick(dir: string, record: Record): Promise<void> {
  const fake = await startFakeProvider(PROVIDER_RPS);
  const databaseFile = path.join(dir, "server.db");
  const app = await startApp({
    databaseFile,
    env: { SCHEDULER: "on", TICK_INTERVAL_SECONDS: "5", RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, RESEND_REQUESTS_PER_SECOND: String(PROVIDER_RPS), LOG_LEVEL: "warn" },
  });
  try {
    // The demo's own emails go in the first tick; then 10,000 people arrive for the next.
    await waitFor(() => outboxCounts(databaseFile).due === 0, 60_000);
    const db = openDatabase(databaseFile);
    seedBenchCohort(db, SIZE, DUE, ZONE);
    db.$client.close();
    const latencies: number[] = [];
    const slow: string[] = [];
    const started = performance.now();
    while (outboxCounts(databaseFile).sentBench < SIZE) {
      if (performance.now() - started > 10 * 60_000) throw new Error("the server's tick did not send 10,000 emails in 10 minutes");
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        const response = await fetch(`${app.url}/healthz`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        if (performance.now() - t > 100) slow.push(`${((t - started) / 1000).toFixed(1)}s:${Math.round(performance.now() - t)}ms`);
      }
    }
    if (process.env.BENCH_DEBUG) console.log("slow /healthz answers (when: how long):", slow.join(" "));
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1));
    record(`/healthz during the server's 10,000-email tick, ${latencies.length} requests, p50`, at(0.5), "ms");
    record("/healthz during the server's 10,000-email tick, p99 (target at most 100)", at(0.99), "ms");
    record("/healthz during the server's 10,000-email tick, slowest", at(1), "ms");
  } finally {
    await app.stop();
    await fake.stop();
  }
}

function outboxCounts(file: string): { due: number; sentBench: number } {
  const db = openDatabase(file);
  try {
    const row = db.$client
      .prepare("SELECT SUM(status IN ('pending', 'sending')) AS due, SUM(status = 'sent' AND to_address LIKE 'bench%') AS sentBench FROM email_outbox")
      .get() as { due: number | null; sentBench: number | null };
    return { due: row.due ?? 0, sentBench: row.sentBench ?? 0 };
  } finally {
    db.$client.close();
  }
}

async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function benchEmails(record: Record): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-bench-mail-"));
  try {
    await benchComposing(seededDatabase(dir, "compose.db"), record);
    await benchCli(seededDatabase(dir, "cli.db"), record);
    await benchServerTick(dir, record);
  } finally {
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
      cohort: { startsOn: `2026-11-${String(1 + (i % 20)).padStart(2, "0")}`, timeZone: zones[i % zones.length]!, schedule: i % 3 === 0 ? "weekdays" : "daily", sendHour: 7, edition: "1" },
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
