/**
 * What the start-up certificate sweep costs (ADR 0017): 100,000 enrollments, 80,000 in a
 * running cohort (day 12) and 20,000 in a cohort that ended last week, 14,000 of whom earned
 * a certificate before certificates existed. Prints the first sweep (issues them all, with
 * their emails) and the steady state (every later start). `npx tsx tests/bench/certificate-sweep.ts`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { cohorts } from "../../db/schema";
import { sweepCertificates } from "~/certificates/issue.server";
import { getCourse } from "~/course/content.server";
import { localDateOf } from "~/time/local-date";
import { seedBenchCohort } from "./seed";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-sweep-"));
const db = openDatabase(path.join(dir, "sweep.db"));
migrateDatabase(db);
const now = new Date();
seedBenchCohort(db, 80_000, now);
const finished = seedBenchCohort(db, 20_000, new Date(now.getTime() - 28 * 86_400_000));
const ids = getCourse("1").assessment.statements.map((s) => s.id);
const raw = db.$client;
const started = performance.now();
raw.transaction(() => {
  const rows = raw.prepare("SELECT id FROM enrollments WHERE cohort_id = ?").all(finished.cohortId) as { id: number }[];
  const day = raw.prepare("INSERT OR IGNORE INTO day_progress (enrollment_id, day, exercise_answer, reflection, rating, completed_at, updated_at) VALUES (?, ?, 'a', 'r', 3, ?, ?)");
  const answer = raw.prepare("INSERT INTO assessment_answers (enrollment_id, kind, statement_id, rating, updated_at) VALUES (?, 'final', ?, 4, ?)");
  rows.forEach(({ id }, i) => {
    if (i % 10 >= 7) return; // 70% finished with 26 days and the final assessment
    for (let d = 1; d <= 26; d++) day.run(id, d, now.getTime(), now.getTime());
    for (const s of ids) answer.run(id, s, now.getTime());
  });
})();
console.log(`100,000 enrollments; cohorts start ${db.select({ s: cohorts.startsOn }).from(cohorts).all().map((c) => c.s).join(" and ")} (today ${localDateOf(now, "UTC")}); finishers added in ${Math.round(performance.now() - started)} ms`);
const first = await sweepCertificates(db, now, "https://tripod.example");
console.log(`first sweep after shipping: ${first.issued} issued of ${first.candidates} candidates in ${first.ms} ms (${(first.ms / Math.max(1, first.issued)).toFixed(2)} ms each, with the email)`);
const again = performance.now();
const second = await sweepCertificates(db, now, "https://tripod.example");
console.log(`every later start: ${second.candidates} candidates, ${second.ms} ms (measured ${Math.round(performance.now() - again)} ms)`);
db.$client.close();
fs.rmSync(dir, { recursive: true, force: true });
