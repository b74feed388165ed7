/**
 * `npm run bench:scale`: how far one node goes. Builds the app, seeds a temporary database with
 * a year of operation (200 cohorts, 100,000 enrollments), then, in one run:
 *   0. the certificates the year earned, issued by the app's start-up sweep (./certificates);
 *   1. the hot paths in this process on a traced connection: each page's loader and the tick
 *      with nothing due, with their statements' plans (./hot-paths);
 *   2. the server as `npm start` runs it (128 MB heap), APP_NOW a minute before the morning
 *      burst: the day and home pages against the control page, the facilitators' pages;
 *   3. the `emails:tick` CLI at that instant (nothing due);
 *   4. the server again at the burst, its scheduler on: the morning's email to the fake Resend;
 *   5. the database file and its WAL, and the servers' peak memory.
 * Prints one line per figure and writes the "Scale" section of docs/benchmarks.md.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../../db/client";
import { migrateDatabase } from "../../../db/migrate";
import { loadNudgeFacts } from "~/nudges/facts.server";
import { startApp } from "../../support/server";
import { runTickCli } from "../tick-cli";
import { morningBurst } from "./burst";
import { issueYearsCertificates } from "./certificates";
import { traceHotPaths } from "./hot-paths";
import { cohortPlans, QUIET } from "./layout";
import { pagesOf, timePages } from "./pages";
import { peakEnv, peaksOf } from "./peaks";
import { writeScaleReport, type Figure } from "./report";
import { measureRetention } from "./retention";
import { BODY_DAYS, seedScale, type SeedReport } from "./seed";
import { subjectsOf } from "./subjects";

const APP_URL = "https://tripod.example.org";
const figures: Figure[] = [];
const record = (name: string, value: number | string, unit: string) => {
  figures.push({ name, value, unit });
  console.log(`${name}: ${value} ${unit}`);
};
/** The enrollments the tick's planner loads, whoever is due (app/nudges/facts.server.ts). */
function stillPlanning(file: string): number {
  const db = openDatabase(file);
  try {
    return loadNudgeFacts(db, QUIET).facts.length;
  } finally {
    db.$client.close();
  }
}
/**
 * BENCH_SCALE_DB=/path/scale.db keeps a seeded copy there (with its seed report beside it, .json)
 * and, when one is there already, starts from a copy of it instead of seeding (about 100 s saved;
 * the copy is migrated by the app like any older file).
 */
async function seededOrKept(file: string): Promise<SeedReport> {
  const kept = process.env.BENCH_SCALE_DB;
  if (kept && fs.existsSync(kept) && fs.existsSync(`${kept}.json`)) {
    console.log(`starting from a copy of ${kept} (BENCH_SCALE_DB)`);
    fs.copyFileSync(kept, file);
    const db = openDatabase(file);
    migrateDatabase(db);
    db.$client.close();
    const saved = JSON.parse(fs.readFileSync(`${kept}.json`, "utf8")) as Omit<SeedReport, "plans" | "cohortIds"> & { cohortIds: [number, number][] };
    return { ...saved, plans: cohortPlans(), cohortIds: new Map(saved.cohortIds) };
  }
  const seed = await seedScale(file, (line) => console.log(line));
  if (kept) {
    fs.copyFileSync(file, kept);
    const { plans: _plans, cohortIds, ...rest } = seed;
    fs.writeFileSync(`${kept}.json`, JSON.stringify({ ...rest, cohortIds: [...cohortIds] }));
  }
  return seed;
}
const mb = (file: string) => (fs.existsSync(file) ? Math.round(fs.statSync(file).size / 1048576) : 0);

async function main() {
  const started = performance.now();
  const load = os.loadavg().map((l) => l.toFixed(1)).join(", ");
  execFileSync(process.execPath, ["app/server/launch.mjs", "--build-only"], { stdio: "inherit" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-scale-"));
  const file = path.join(dir, "scale.db");
  try {
    const seed = await seededOrKept(file);
    record("seeding (200 cohorts, 100,000 enrollments)", Math.round(seed.ms / 1000), "s");
    const certificates = await issueYearsCertificates(file, QUIET, APP_URL);
    record("certificates earned over the year, issued by the start-up sweep with their emails (first start after shipping)", certificates.issued, `certificates in ${(certificates.ms / 1000).toFixed(1)} s`);
    const subjects = subjectsOf(file, seed.plans);

    const hot = await traceHotPaths(file, APP_URL, QUIET, pagesOf(subjects));

    const peakA = peakEnv(dir, "pages");
    const app = await startApp({ databaseFile: file, env: { APP_NOW: QUIET.toISOString(), BENCH_ROUTES: "on", SCHEDULER: "off", ...peakA.env } });
    let pagesPeak;
    try {
      await timePages(app, subjects, record);
      pagesPeak = peaksOf(app.pid, peakA.file);
    } finally {
      await app.stop();
    }

    const quiet = await runTickCli({ DATABASE_URL: file, APP_URL }, ["--now", QUIET.toISOString()]);
    if (quiet.summary.queued !== 0) throw new Error(`the quiet tick queued ${quiet.summary.queued} emails`);
    record("minute tick with nothing due (emails:tick CLI, its own timing)", quiet.summary.ms, "ms");
    record("minute tick with nothing due, whole CLI process (start, migrate check, tick)", Math.round(quiet.wallMs), "ms");
    record("minute tick with nothing due, CLI peak resident memory", quiet.peakMb, "MB");

    const sizes = { db: mb(file), wal: mb(`${file}-wal`) };
    record("enrollments the tick may plan every minute (active, subscribed, report or congratulation still possible), loaded a page at a time", stillPlanning(file), "enrollments");
    const burst = await morningBurst(file, dir);
    const { summary } = burst;
    const per10k = (ms: number) => Number(((ms * 10_000) / Math.max(1, summary.queued) / 1000).toFixed(1));
    if (burst.serverFailure) record("morning burst in the server (128 MB heap, scheduler on)", "FAILED", `(${burst.serverFailure}); measured with the emails:tick CLI instead`);
    else record("morning burst in the server (128 MB heap, scheduler on)", "survived", "(its first tick did the burst; measured there)");
    record(`morning burst (${burst.by}): emails planned and queued`, summary.queued, `emails (${summary.daily} lesson, ${summary.catchUp} catch-up)`);
    record("morning burst: plan + compose + queue, per 10,000 emails", per10k(summary.ms - summary.deliveryMs), "s");
    record("morning burst: delivery to the fake Resend (no rate limit), per 10,000 emails", per10k(summary.deliveryMs), "s");
    record("morning burst: whole tick, per 10,000 emails", per10k(summary.ms), "s");
    record("morning burst at Resend's default 2 requests/s (100 a batch): delivery alone", Math.round(summary.queued / 200), "s");

    record("database file after seeding", sizes.db, "MB");
    record("WAL after seeding", sizes.wal, "MB");
    record(`database file if sent email kept its body forever (the seed keeps ${BODY_DAYS} days, the app EMAIL_BODY_DAYS, 30 by default)`, Math.round(sizes.db + seed.elidedBytes / 1048576), "MB");
    record("database file after the burst", mb(file), "MB");
    record("WAL after the burst", mb(`${file}-wal`), "MB");
    record("server peak resident memory, pages", pagesPeak.rssMb, "MB");
    record("server peak heap used, pages (sampled every 100 ms)", pagesPeak.heapUsedMb, "MB");
    if (burst.peaks) {
      record("server peak resident memory, morning burst", burst.peaks.rssMb, "MB");
      record("server peak heap used, morning burst", burst.peaks.heapUsedMb, "MB");
    }
    if (burst.cliPeakMb !== null) record("emails:tick CLI peak resident memory, morning burst", burst.cliPeakMb, "MB");
    const retention = await measureRetention(file, QUIET);
    record("email retention, a tick's check with nothing to blank", retention.quietMs.toFixed(1), "ms");
    record(`email retention backlog (bodies older than ${Math.floor(BODY_DAYS / 2)} days, ${retention.blanked.toLocaleString("en")} emails): blanking, per 10,000 emails`, Math.round(retention.perTenThousandMs), "ms");
    record("email retention backlog: longest hold of the event loop", Math.round(retention.longestHoldMs), "ms");
    record("whole benchmark (build, seed, measure)", Math.round((performance.now() - started) / 1000), "s");
    writeScaleReport({ figures, hot, rows: seed.rows, emails: seed.emails, load, loadAfter: os.loadavg().map((l) => l.toFixed(1)).join(", ") });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
