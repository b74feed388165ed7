/**
 * The scale benchmark's database: a year of operation, 200 cohorts of 500 enrollments,
 * written with prepared statements, one transaction per cohort (memory stays flat: one
 * cohort at a time). The rows are the ones the app writes (its CHECK constraints and foreign
 * keys are on), the email bodies are composed by the app's own templates.
 */
import Database from "better-sqlite3";
import { openDatabase } from "../../../db/client";
import { migrateDatabase } from "../../../db/migrate";
import { composeBodies } from "./bodies";
import { cohortPlans, FACILITATORS, QUIET, type CohortPlan } from "./layout";
import { seedCohort, type Returning } from "./seed-cohort";
import { idOf, outboxWriter, statementsOf } from "./writer";

/** Email sent in the last this many days keeps its body in the seeded outbox (see outboxWriter). */
export const BODY_DAYS = 14;

export type SeedReport = { elidedBytes: number; emails: number; ms: number; plans: CohortPlan[]; facilitatorIds: number[]; cohortIds: Map<number, number>; rows: Record<string, number> };

export async function seedScale(file: string, progress: (line: string) => void, only = Infinity): Promise<SeedReport> {
  const started = performance.now();
  const migrated = openDatabase(file);
  migrateDatabase(migrated);
  migrated.$client.close();

  const sqlite = new Database(file);
  // A bulk load into a throwaway file: no journal, no fsync, a big page cache. The app's own
  // settings (WAL) are put back at the end.
  sqlite.pragma("journal_mode = DELETE");
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("foreign_keys = ON");
  // Secondary indexes are built once at the end (a sort) instead of row by row; the unique
  // ones stay, as the writes rely on them. The schema ends up exactly as migrated.
  const indexes = sqlite.prepare("select name, sql from sqlite_master where type = 'index' and sql is not null and sql not like 'CREATE UNIQUE%'").all() as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`drop index ${index.name}`);
  const st = statementsOf(sqlite);
  const bodies = await composeBodies(QUIET);
  const now = QUIET.getTime();
  const { mail, count, elidedBytes } = outboxWriter(st, now - BODY_DAYS * 86_400_000);

  const facilitatorIds = sqlite.transaction(() =>
    Array.from({ length: FACILITATORS }, (_, n) => {
      const id = idOf(st.user.run(`facilitator-${n + 1}@example.org`, `Facilitator ${n + 1}`, "facilitator", null, null, 1, 1, null, `${"f".repeat(30)}${String(n).padStart(10, "0")}`, now - 400 * 86_400_000));
      if (id !== n + 1) throw new Error("facilitators must be the first accounts (their addresses name their ids)");
      return id;
    }),
  )();

  const plans = cohortPlans().slice(0, only);
  const cohortIds = new Map<number, number>();
  let returning: Returning[] = [];
  for (const plan of plans) {
    const seeded = sqlite.transaction(() => seedCohort(st, plan, facilitatorIds, bodies, mail, now, returning))();
    cohortIds.set(plan.index, seeded.cohortId);
    returning = [...returning.slice(-2_000), ...seeded.returning];
    if (plan.index % 20 === 19) progress(`seeded ${plan.index + 1} cohorts, ${count().toLocaleString("en")} emails, ${Math.round((performance.now() - started) / 1000)} s`);
  }
  const indexing = performance.now();
  for (const index of indexes) sqlite.exec(index.sql);
  progress(`indexes built in ${Math.round((performance.now() - indexing) / 1000)} s`);
  sqlite.pragma("journal_mode = WAL");
  const rows = Object.fromEntries(
    ["users", "cohorts", "enrollments", "day_progress", "assessment_answers", "feedback", "posts", "post_reactions", "notifications", "announcements", "live_sessions", "sessions", "email_outbox"].map((t) => [
      t,
      (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n,
    ]),
  );
  sqlite.close();
  return { elidedBytes: elidedBytes(), emails: count(), ms: performance.now() - started, plans, facilitatorIds, cohortIds, rows };
}
