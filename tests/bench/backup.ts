/**
 * `npx tsx tests/bench/backup.ts`: times db:backup and db:restore on a database of a
 * realistic size (5,000 participants: their 30 days of work and two months of email,
 * about 330,000 rows) while another process writes one row every 2 ms, and reports the
 * writer's latency during the backup. Prints figures; not a test.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { startWriter } from "../support/cli-run";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-bench-backup-"));
const file = path.join(dir, "big.db");
const db = openDatabase(file);
migrateDatabase(db);
const c = db.$client;
const PEOPLE = 5000;
const words = (n: number) => Array.from({ length: n }, (_, i) => ["team", "deploy", "review", "feedback", "incident", "roadmap"][i % 6]).join(" ");
c.transaction(() => {
  const cohort = c.prepare("insert into cohorts (slug, title, starts_on, time_zone) values ('big', 'Big', '2026-09-01', 'Europe/Berlin')").run().lastInsertRowid;
  const user = c.prepare("insert into users (email, name) values (?, ?)");
  const enroll = c.prepare("insert into enrollments (cohort_id, user_id, status) values (?, ?, 'active')");
  const work = c.prepare("insert into day_progress (enrollment_id, day, exercise_answer, reflection, rating, completed_at, updated_at) values (?, ?, ?, ?, 4, ?, ?)");
  const mail = c.prepare("insert into email_outbox (idempotency_key, kind, to_address, from_address, subject, html, text, status, next_attempt_at, sent_at) values (?, 'daily', ?, 'Tripod <t@example.org>', ?, ?, ?, 'sent', ?, ?)");
  const answer = words(120);
  const html = `<html><body>${words(250)}</body></html>`;
  for (let p = 0; p < PEOPLE; p++) {
    const u = user.run(`p${p}@example.org`, `Person ${p}`).lastInsertRowid;
    const e = enroll.run(cohort, u).lastInsertRowid;
    for (let d = 1; d <= 30; d++) work.run(e, d, answer, answer, Date.now(), Date.now());
    for (let d = 1; d <= 30; d++) mail.run(`daily/${e}/${d}`, `p${p}@example.org`, `Day ${d}`, html, words(100), Date.now(), Date.now());
  }
})();
c.pragma("wal_checkpoint(TRUNCATE)");
const rows = (["users", "enrollments", "day_progress", "email_outbox"] as const).reduce((n, t) => n + (c.prepare(`select count(*) from ${t}`).pluck().get() as number), 0);
console.log(`database: ${rows.toLocaleString("en-US")} rows, ${(fs.statSync(file).size / 1048576).toFixed(0)} MiB`);

const cli = (script: string, args: string[]) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", `app/cli/${script}.ts`, ...args], { env: { ...process.env, DATABASE_URL: file, LOG_LEVEL: "silent" }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  return { ms: performance.now() - started, out: run.stdout };
};

const idle = await startWriter(file);
await new Promise((r) => setTimeout(r, 3000));
console.log(`writer alone, 3 s: ${JSON.stringify(await idle.stop())}`);
const writer = await startWriter(file);
const backup = cli("db-backup", [path.join(dir, "copy.db")]);
const during = await writer.stop();
console.log(backup.out.split("\n").filter((l) => /Backup complete|restarted|copying the rest/.test(l)).join("\n"));
console.log(`db:backup wall time ${(backup.ms / 1000).toFixed(1)} s (incl. checks and ~2 s of tsx start); writer during it: ${JSON.stringify(during)}`);
db.$client.close();
const restore = cli("db-restore", [path.join(dir, "copy.db"), "--send-queued"]);
console.log(`db:restore wall time ${(restore.ms / 1000).toFixed(1)} s`);
fs.rmSync(dir, { recursive: true, force: true });
