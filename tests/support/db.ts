import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openDatabase, type Db } from "../../db/client";
import { closeDb, useDatabase } from "~/db.server";
import { useClock } from "~/time/clock.server";

export type TestDatabase = { db: Db; file: string; dir: string };

/**
 * A fresh, migrated SQLite file for one test, copied from the run's template. It also
 * becomes the app's connection, so loaders and actions use it.
 */
export function freshDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-test-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDb"), file);
  const db = openDatabase(file);
  useDatabase(db);
  return { db, file, dir };
}

export function removeDatabase(test: TestDatabase): void {
  closeDb();
  if (test.db.$client.open) test.db.$client.close();
  fs.rmSync(test.dir, { recursive: true, force: true });
}

const counting = new WeakMap<object, { executed: string[] | null }>();

/**
 * Counts the SQL statements a database connection executes: every run, get, all and iterate
 * of a statement prepared after the first call on this connection, including statements
 * cached for reuse (the `prepared()` helper), so create the counter before any warm-up.
 * `stop()` stops counting; `reset()` starts again from zero.
 */
export function countStatements(db: Db): { count: () => number; sql: () => string[]; reset: () => void; stop: () => void } {
  const client = db.$client;
  let state = counting.get(client);
  if (!state) {
    const own = { executed: null as string[] | null };
    state = own;
    counting.set(client, own);
    const original = client.prepare;
    client.prepare = function (this: typeof client, source: string) {
      const statement = original.call(this, source);
      for (const method of ["run", "get", "all", "iterate"] as const) {
        const call = statement[method] as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          own.executed?.push(source);
          return call.apply(statement, args);
        };
      }
      return statement;
    } as typeof client.prepare;
  }
  const mine = state;
  mine.executed = [];
  return {
    count: () => mine.executed?.length ?? 0,
    sql: () => [...(mine.executed ?? [])],
    reset: () => (mine.executed = []),
    stop: () => (mine.executed = null),
  };
}

/**
 * For a test file: a fresh database for each test with the app's clock standing at `at`, both
 * undone after it. The returned object is the current test's database.
 */
export function useDatabaseAt(at: Date): TestDatabase {
  const current = {} as TestDatabase;
  beforeEach(() => {
    Object.assign(current, freshDatabase());
    useClock(() => at);
  });
  afterEach(() => {
    useClock(undefined);
    removeDatabase(current);
  });
  return current;
}
