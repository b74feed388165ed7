/**
 * `npm run db:backup -- <file> [--force]`: an online backup of DATABASE_URL, safe while the
 * app runs, then checked: the copy is opened read-only, integrity_check and
 * foreign_key_check must pass, and its rows per table and migration are printed.
 * Exits 1 with a message when anything fails (a failed check keeps the copy, named, to look at).
 */
import path from "node:path";
import { backupDatabase } from "~/backup/backup.server";
import { inspectDatabase } from "~/backup/inspect.server";
import { formatBytes, formatInspection, parseBackupArgs, problemsOf } from "~/backup/words";
import { getEnvOrExit } from "~/env.server";

const args = parseBackupArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.error);
  process.exit(2);
}
const source = path.resolve(getEnvOrExit().DATABASE_URL);
const destination = path.resolve(args.value.destination);
console.log(`Backing up ${source} to ${destination}`);
const copied = await backupDatabase(source, destination, { force: args.value.force, say: (line) => console.log(line) });
if (!copied.ok) {
  console.error(`db:backup: ${copied.error}`);
  process.exit(1);
}
const checked = inspectDatabase(destination);
if (!checked.ok) {
  console.error(`db:backup: the copy could not be checked: ${checked.error}`);
  process.exit(1);
}
for (const line of formatInspection(checked.inspection)) console.log(line);
const problems = problemsOf(checked.inspection);
if (problems.length > 0) {
  console.error(`db:backup: the copy at ${destination} is not sound (${problems.join("; ")}); do not rely on it`);
  process.exit(1);
}
console.log(`Backup complete: ${copied.pages.toLocaleString("en-US")} pages, ${formatBytes(checked.inspection.bytes)} in ${(copied.ms / 1000).toFixed(1)} s${copied.restarts ? ` (restarted ${copied.restarts}x as the app wrote)` : ""}; checked.`);
