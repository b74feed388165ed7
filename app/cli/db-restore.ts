/**
 * `npm run db:restore -- <file> [--send-queued]`: replaces DATABASE_URL with a backup.
 * Checks the file first (SQLite, integrity_check, foreign_key_check, a Tripod database at
 * a migration this code knows) and prints what it holds; refuses while anything holds the
 * database (the app, an emails:tick, Litestream); keeps the current database aside as
 * `<db>.before-restore-<time>`. Email that may have gone out after the backup was taken is
 * held for the operator unless --send-queued (ADR 0015).
 * Exit codes: 0 restored, 1 failed, 2 usage, 3 the database is in use.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { inspectDatabase } from "~/backup/inspect.server";
import { holdEmailsInDoubt } from "~/backup/outbox-hold.server";
import { holdExclusively, swapInRestoredCopy } from "~/backup/restore.server";
import { formatInspection, parseRestoreArgs, problemsOf } from "~/backup/words";
import { getEnvOrExit } from "~/env.server";
import { now as clockNow } from "~/time/clock.server";

const fail = (message: string, code = 1): never => {
  console.error(`db:restore: ${message}`);
  process.exit(code);
};
const inUse = (target: string, holders: string[]) =>
  fail(
    `refused: ${target} is open in another process (the app, an emails:tick, Litestream or a sqlite3 shell). Stop it, then run db:restore again.` +
      (holders.length ? `\n  held by ${holders.join("\n  held by ")}` : ""),
    3,
  );

const args = parseRestoreArgs(process.argv.slice(2));
if (!args.ok) fail(args.error, 2);
const { source: given, sendQueued } = args.ok ? args.value : { source: "", sendQueued: false };
const env = getEnvOrExit();
const target = path.resolve(env.DATABASE_URL);
const source = path.resolve(given);
const now = clockNow();

const checked = inspectDatabase(source);
if (!checked.ok) fail(`refused: ${checked.error}`);
const inspection = checked.ok ? checked.inspection : undefined!;
console.log("The backup holds:");
for (const line of formatInspection(inspection)) console.log(line);
const problems = problemsOf(inspection);
if (problems.length > 0) fail(`refused: ${source} is not fit to restore: ${problems.join("; ")}`);
if (source === target) fail("refused: the backup is the database itself");

// Ask early, before any work: the swap asks again while it holds the database.
if (fs.existsSync(target)) {
  const probe = holdExclusively(target);
  if (!probe.ok) inUse(target, probe.holders);
  else probe.release();
}

// Prepare the copy next to the database: migrated to this code, email in doubt held.
fs.mkdirSync(path.dirname(target), { recursive: true });
const staged = path.join(path.dirname(target), `.${path.basename(target)}.restoring-${process.pid}`);
try {
  fs.copyFileSync(source, staged);
  const db = openDatabase(staged);
  migrateDatabase(db);
  if (sendQueued) console.log("--send-queued: queued email goes as it stands (use it only when nothing was sent after the backup was taken).");
  else {
    const { planned, held } = await holdEmailsInDoubt(db, now, env.APP_URL, path.basename(source));
    if (held.length === 0) console.log(`Outbox: nothing in doubt${planned ? ` (${planned} planned now)` : ""}; queued email goes as it stands.`);
    else {
      console.log(`Outbox: ${held.length} email(s) held: each may have gone out after the backup was taken (${planned} of them planned again now).`);
      console.log("  Check each against the provider's log (Resend: Emails, by recipient and subject); send those it does not show with");
      console.log(`  npm run emails:retry -- ${held.slice(0, 3).map((h) => `--id ${h.id}`).join(" ")}${held.length > 3 ? " ..." : ""}`);
      for (const h of held.slice(0, 50)) console.log(`  #${h.id} ${h.kind} to ${h.to} "${h.subject}" queued ${h.createdAt.toISOString()}`);
      if (held.length > 50) console.log(`  ... and ${held.length - 50} more: npm run emails:status lists them`);
    }
  }
  db.$client.pragma("journal_mode = DELETE");
  db.$client.close();
} catch (error) {
  fs.rmSync(staged, { force: true });
  fail(`the copy could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
}

const swapped = swapInRestoredCopy(staged, target, now);
if (!swapped.ok) {
  fs.rmSync(staged, { force: true });
  if (swapped.reason === "in-use") inUse(target, swapped.holders);
  else fail(`the restore failed: ${swapped.error}; the database was left as it was`);
}
console.log(`Restored ${source} to ${target}.${swapped.ok && swapped.keptAside ? ` The database it replaced is kept as ${swapped.keptAside}.` : ""}`);
console.log("Start the app (and Litestream, which begins a new generation) when ready.");
