/**
 * An online backup of the live database with SQLite's backup API (through better-sqlite3),
 * safe while the app runs and writes: the copy is one consistent snapshot. It is written to
 * a temporary file next to the destination, made a self-contained single file (rollback
 * journal, no -wal), flushed to disk, and only then given its final name, so a half copy
 * never sits under that name.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { progressLine } from "./words";

export type BackupOutcome = { ok: true; pages: number; restarts: number; ms: number } | { ok: false; error: string };

/** Pages copied per step when the copy can be done in steps (about 4 MB with 4 KiB pages). */
const STEP_PAGES = 1000;

function fsyncPath(file: string, flags: string): void {
  const fd = fs.openSync(file, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies `source` to `destination`. Refuses an existing destination unless `force`.
 * The copy goes in steps (progress every ~10%); when a step finds that the app wrote in the
 * meantime, SQLite starts the copy over, so after the first restart the rest is copied in
 * one step: one read transaction, which in WAL mode never blocks the app's writers.
 */
export async function backupDatabase(source: string, destination: string, options: { force?: boolean; say?: (line: string) => void } = {}): Promise<BackupOutcome> {
  const say = options.say ?? (() => {});
  if (!fs.existsSync(source)) return { ok: false, error: `the database ${source} does not exist` };
  if (path.resolve(source) === path.resolve(destination)) return { ok: false, error: "the backup cannot be the database itself" };
  if (fs.existsSync(destination) && !options.force) return { ok: false, error: `${destination} already exists; choose another name or add --force to replace it` };
  const dir = path.dirname(path.resolve(destination));
  if (!fs.existsSync(dir)) return { ok: false, error: `the folder ${dir} does not exist` };
  const temporary = path.join(dir, `.${path.basename(destination)}.partial-${process.pid}`);
  const started = performance.now();
  const db = new Database(source, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  let restarts = 0;
  let pages = 0;
  try {
    let remainingBefore = Number.POSITIVE_INFINITY;
    let shown = -10;
    let oneStep = false;
    await db.backup(temporary, {
      progress({ totalPages, remainingPages }) {
        pages = totalPages;
        if (remainingPages > remainingBefore) {
          restarts++;
          if (!oneStep) say("  the app wrote during the copy; copying the rest as one snapshot");
          oneStep = true;
        }
        remainingBefore = remainingPages;
        const line = progressLine(totalPages - remainingPages, totalPages, shown);
        if (line && totalPages > STEP_PAGES) {
          shown = line.percent;
          say(line.line);
        }
        return oneStep ? Math.max(totalPages, 1) : STEP_PAGES;
      },
    });
    db.close();
    // The copy carries the source's WAL flag: make it one self-contained file.
    const copy = new Database(temporary);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    fsyncPath(temporary, "r+");
    if (options.force) fs.renameSync(temporary, destination);
    else {
      // A hard link refuses to replace a file that appeared meanwhile (rename would not).
      fs.linkSync(temporary, destination);
      fs.unlinkSync(temporary);
    }
    fsyncPath(dir, "r");
    return { ok: true, pages, restarts, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: `the backup failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    if (db.open) db.close();
    for (const leftover of [temporary, `${temporary}-journal`, `${temporary}-wal`, `${temporary}-shm`]) fs.rmSync(leftover, { force: true });
  }
}
