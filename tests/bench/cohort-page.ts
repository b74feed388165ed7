/**
 * The cohort page alone: `npx tsx tests/bench/cohort-page.ts [--no-build]` builds the app,
 * seeds cohorts of 100 and 1,000 participants and prints the page's median server time for
 * each (one request at a time, so the latency is the server's own). `npm run bench` runs the
 * same measurement through `benchCohortPage`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { startApp, type RunningApp } from "../support/server";
import { serverTime } from "./measure";
import { seedBenchCohort, type BenchCohort } from "./seed";

/** The target for the cohort page at 1,000 participants (issue 15). */
export const COHORT_PAGE_TARGET_MS = 60;

type Record_ = (name: string, value: number, unit: string) => void;

/** Measures the cohort page of each seeded cohort; the 1,000 line carries its target. */
export async function benchCohortPage(app: RunningApp, cohorts: { size: number; cohort: BenchCohort }[], record: Record_): Promise<void> {
  for (const { size, cohort } of cohorts) {
    const time = await serverTime(`${app.url}/facilitate/cohorts/${cohort.slug}`, { cookie: cohort.facilitatorCookie });
    const target = size === 1000 ? ` (target ≤ ${COHORT_PAGE_TARGET_MS} ms)` : "";
    record(`cohort page, ${size.toLocaleString("en")} participants, median server time`, time, `ms${target}`);
  }
}

async function main() {
  if (!process.argv.includes("--no-build")) execFileSync(process.execPath, ["app/server/launch.mjs", "--build-only"], { stdio: "inherit" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-bench-cohort-"));
  const databaseFile = path.join(dir, "bench.db");
  const db = openDatabase(databaseFile);
  migrateDatabase(db);
  const large = seedBenchCohort(db, 1000, new Date());
  const small = seedBenchCohort(db, 100, new Date());
  db.$client.close();
  const app = await startApp({ databaseFile, env: { LOG_LEVEL: "warn", SCHEDULER: "off" } });
  try {
    await benchCohortPage(app, [{ size: 100, cohort: small }, { size: 1000, cohort: large }], (name, value, unit) => console.log(`${name}: ${value} ${unit}`));
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
