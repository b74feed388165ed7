/**
 * What the hot code paths ask SQLite, and how SQLite answers: a connection whose statements
 * are timed as they run, and each statement's EXPLAIN QUERY PLAN, with every scan flagged
 * (a SCAN reads a whole table or index, so it grows with all the data, not with the cohort).
 */
import Database from "better-sqlite3";
import { openDatabase, type Db } from "../../../db/client";

export type StatementStat = { sql: string; calls: number; ms: number; plan: string[]; scans: string[] };
type Stat = { calls: number; ms: number };

/** A scan SQLite does over a whole table or index (a SEARCH uses an index to find rows). */
export function scansIn(plan: string[]): string[] {
  return plan.filter((line) => /^SCAN /.test(line) && !/^SCAN (CONSTANT ROW|json_each)/.test(line));
}

export function tracedDatabase(file: string): { db: Db; reset: () => void; stats: () => StatementStat[]; close: () => void } {
  const db = openDatabase(file);
  const explain = new Database(file, { readonly: true });
  const seen = new Map<string, Stat>();
  const prepare = db.$client.prepare.bind(db.$client);
  // Every statement drizzle or the app prepares is timed on each run (drizzle's `raw()` returns the same statement).
  db.$client.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ["run", "get", "all", "iterate"] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          const started = performance.now();
          try {
            return original(...args);
          } finally {
            const stat = seen.get(source) ?? { calls: 0, ms: 0 };
            stat.calls++;
            stat.ms += performance.now() - started;
            seen.set(source, stat);
          }
        },
      });
    }
    return statement;
  }) as typeof db.$client.prepare;
  const planOf = (sql: string): string[] => {
    if (!/^\s*(select|with|update|delete|insert)/i.test(sql)) return [];
    // Unbound parameters are bound to null: the plan does not depend on their values.
    const positional = Array.from(sql.replace(/'[^']*'/g, "").matchAll(/\?/g), () => null);
    const named = Object.fromEntries(Array.from(sql.replace(/'[^']*'/g, "").matchAll(/[@:$]([A-Za-z_]\w*)/g), (m) => [m[1]!, null]));
    try {
      const statement = explain.prepare(`EXPLAIN QUERY PLAN ${sql}`);
      const rows = Object.keys(named).length > 0 ? statement.all(...positional, named) : statement.all(...positional);
      return (rows as { detail: string }[]).map((r) => r.detail);
    } catch {
      return [];
    }
  };
  return {
    db,
    reset: () => seen.forEach((s) => Object.assign(s, { calls: 0, ms: 0 })),
    stats: () =>
      [...seen]
        .filter(([, s]) => s.calls > 0)
        .map(([sql, s]) => {
          const plan = planOf(sql);
          return { sql, calls: s.calls, ms: s.ms, plan, scans: scansIn(plan) };
        })
        .sort((a, b) => b.ms - a.ms),
    close: () => {
      explain.close();
      if (db.$client.open) db.$client.close();
    },
  };
}
