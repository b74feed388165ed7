import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";

/** The project root: the nearest folder above this module with a package.json (works from db/ and from build/). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** db/migrations, where drizzle-kit writes them. */
export const MIGRATIONS_DIR = path.join(projectRoot(), "db", "migrations");

/** Applies, in one transaction each, every migration this database has not seen yet. */
export function migrateDatabase(db: Db, migrationsFolder = MIGRATIONS_DIR): void {
  migrate(db, { migrationsFolder });
}
