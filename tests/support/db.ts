import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openDatabase, type Db } from "../../db/client";
import { closeDb, useDatabase } from "~/db.server";

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
