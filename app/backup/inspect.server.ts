/**
 * Reads what a SQLite file holds without changing it: the integrity and foreign-key checks,
 * the rows in each table, and the migration it is at against the ones this code ships.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR } from "../../db/migrate";
import path from "node:path";
import { migrationStanding, type Inspection, type KnownMigration } from "./words";

const HEADER = Buffer.from("SQLite format 3\0", "latin1");

/** The migrations this code ships, oldest first. */
export function knownMigrations(): KnownMigration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8")) as { entries: KnownMigration[] };
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when }));
}

/** Whether the file starts with SQLite's 16-byte header (an empty or foreign file does not). */
export function looksLikeSqlite(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(HEADER.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

export type InspectResult = { ok: true; inspection: Inspection } | { ok: false; error: string };

/** Opens `file` read-only and checks it; a file that is missing or not SQLite is an error value. */
export function inspectDatabase(file: string): InspectResult {
  if (!fs.existsSync(file)) return { ok: false, error: `${file} does not exist` };
  if (!fs.statSync(file).isFile()) return { ok: false, error: `${file} is not a file` };
  if (!looksLikeSqlite(file)) return { ok: false, error: `${file} is not a SQLite database (its first bytes are not SQLite's header)` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    const foreignKeyProblems = (db.pragma("foreign_key_check") as { table: string; rowid: number | null; parent: string }[]).map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
    const names = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    const tables = names.map((name) => ({ name, rows: db!.prepare(`select count(*) from "${name.replace(/"/g, '""')}"`).pluck().get() as number }));
    const applied = names.includes("__drizzle_migrations") ? (db.prepare("select created_at from __drizzle_migrations").pluck().all() as (number | string)[]).map(Number) : [];
    return { ok: true, inspection: { file, bytes: fs.statSync(file).size, integrity, foreignKeyProblems, tables, standing: migrationStanding(applied, knownMigrations()) } };
  } catch (error) {
    return { ok: false, error: `${file} could not be read as a database: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    db?.close();
  }
}
