/**
 * Puts a backup in place of the live database, only when nothing else has the database
 * open (the app, an `emails:tick`, Litestream, a sqlite3 shell), and never leaving the path
 * without a complete database: the current one is kept aside as
 * `<db>.before-restore-<time>`, then the prepared copy is renamed over it in one step.
 *
 * "Nothing else has it open" is asked of SQLite itself rather than of a pid file: the app's
 * connection is in WAL mode, and a connection can switch a WAL database to a rollback
 * journal, or take its exclusive lock, only while it is the only one with the database
 * open. The operating system drops those locks when a process dies, so a crashed app never
 * leaves a stale lock behind, and every kind of holder is seen, not only the server.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { fileStamp } from "./words";

export type Hold = { ok: true; release: () => void } | { ok: false; holders: string[] };

/** Processes (this user's, on Linux) with the database or its -wal/-shm open: for the message only. */
export function processesWithOpen(file: string): string[] {
  const wanted = new Set([file, `${file}-wal`, `${file}-shm`].map((f) => path.resolve(f)));
  const found: string[] = [];
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return found;
  }
  for (const pid of pids) {
    try {
      const fds = fs.readdirSync(`/proc/${pid}/fd`);
      if (!fds.some((fd) => wanted.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) continue;
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      found.push(`pid ${pid}: ${command.length > 120 ? `${command.slice(0, 117)}...` : command}`);
    } catch {
      // Gone meanwhile, or another user's: skip.
    }
  }
  return found;
}

function safeReadlink(link: string): string {
  try {
    return fs.readlinkSync(link);
  } catch {
    return "";
  }
}

/**
 * Takes the database for this process alone: checkpoints its WAL into the main file and
 * switches it to a rollback journal (refused while any other connection is open), then
 * holds its exclusive lock until `release`, so nothing opens it during the swap.
 */
export function holdExclusively(file: string): Hold {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    db.pragma("locking_mode = EXCLUSIVE");
    db.pragma("journal_mode = DELETE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    return { ok: true, release: () => db.close() };
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return { ok: false, holders: processesWithOpen(file) };
    throw error;
  }
}

export type RestoreOutcome =
  | { ok: true; keptAside: string | null }
  | { ok: false; reason: "in-use"; holders: string[] }
  | { ok: false; reason: "failed"; error: string };

/**
 * Replaces `target` with `staged` (a prepared copy in the same folder, consumed). The live
 * database, if any, is kept aside first, its WAL folded in.
 */
export function swapInRestoredCopy(staged: string, target: string, now: Date): RestoreOutcome {
  const exists = fs.existsSync(target);
  const hold = exists ? holdExclusively(target) : ({ ok: true, release: () => {} } as const);
  if (!hold.ok) return { ok: false, reason: "in-use", holders: hold.holders };
  try {
    let keptAside: string | null = null;
    if (exists) {
      keptAside = `${target}.before-restore-${fileStamp(now)}`;
      // A second name for the current file: the path itself never goes missing.
      fs.linkSync(target, keptAside);
    }
    // Leftovers of a crashed app belong to the old file (already folded in, or nothing to fold).
    for (const stale of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) fs.rmSync(stale, { force: true });
    fs.renameSync(staged, target);
    const fd = fs.openSync(path.dirname(target), "r");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return { ok: true, keptAside };
  } catch (error) {
    return { ok: false, reason: "failed", error: error instanceof Error ? error.message : String(error) };
  } finally {
    hold.release();
  }
}
