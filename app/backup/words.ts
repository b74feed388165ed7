/**
 * The pure parts of `npm run db:backup` and `npm run db:restore`: their arguments, where a
 * copy stands against the migrations this code knows, and the report they print.
 */
import { parseArgs } from "node:util";

export const BACKUP_USAGE = "usage: npm run db:backup -- <backup file> [--force]";
export const RESTORE_USAGE = "usage: npm run db:restore -- <backup file> [--send-queued]";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function parse(argv: string[], options: Record<string, { type: "boolean" }>, usage: string): Parsed<{ file: string; flags: Record<string, boolean> }> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (positionals.length !== 1 || positionals[0]!.trim() === "") return { ok: false, error: `name exactly one backup file\n${usage}` };
    return { ok: true, value: { file: positionals[0]!, flags: values as Record<string, boolean> } };
  } catch (error) {
    return { ok: false, error: `${error instanceof Error ? error.message : String(error)}\n${usage}` };
  }
}

export function parseBackupArgs(argv: string[]): Parsed<{ destination: string; force: boolean }> {
  const parsed = parse(argv, { force: { type: "boolean" } }, BACKUP_USAGE);
  return parsed.ok ? { ok: true, value: { destination: parsed.value.file, force: parsed.value.flags.force === true } } : parsed;
}

export function parseRestoreArgs(argv: string[]): Parsed<{ source: string; sendQueued: boolean }> {
  const parsed = parse(argv, { "send-queued": { type: "boolean" } }, RESTORE_USAGE);
  return parsed.ok ? { ok: true, value: { source: parsed.value.file, sendQueued: parsed.value.flags["send-queued"] === true } } : parsed;
}

/** A migration this code ships (db/migrations/meta/_journal.json): drizzle records its `when` as `created_at`. */
export type KnownMigration = { tag: string; when: number };

export type MigrationStanding =
  | { kind: "none" }
  | { kind: "current" | "behind"; tag: string; applied: number; known: number }
  | { kind: "newer"; applied: number; known: number; latest: number }
  | { kind: "unknown"; applied: number; latest: number };

/** Where a database's `__drizzle_migrations` rows (their `created_at`) stand against the code's journal. */
export function migrationStanding(applied: number[], known: KnownMigration[]): MigrationStanding {
  if (applied.length === 0) return { kind: "none" };
  const latest = Math.max(...applied);
  const newest = known.at(-1);
  if (newest && latest > newest.when) return { kind: "newer", applied: applied.length, known: known.length, latest };
  const at = known.find((m) => m.when === latest);
  if (!at) return { kind: "unknown", applied: applied.length, latest };
  return { kind: at === newest ? "current" : "behind", tag: at.tag, applied: applied.length, known: known.length };
}

export function describeStanding(s: MigrationStanding): string {
  switch (s.kind) {
    case "none":
      return "no migrations table: not a Tripod database";
    case "current":
      return `migration ${s.tag} (${s.applied} applied, the newest this code knows)`;
    case "behind":
      return `migration ${s.tag} (${s.applied} of ${s.known}; the app applies the other ${s.known - s.applied} when it starts)`;
    case "newer":
      return `a migration newer than this code knows (${s.applied} applied, this code has ${s.known}, the newest from ${new Date(s.latest).toISOString()})`;
    case "unknown":
      return `an unknown migration (created ${new Date(s.latest).toISOString()}) that this code does not ship`;
  }
}

/** What a database file holds, as `inspectDatabase` reads it. */
export type Inspection = {
  file: string;
  bytes: number;
  integrity: string[];
  foreignKeyProblems: { table: string; rowid: number | null; parent: string }[];
  tables: { name: string; rows: number }[];
  standing: MigrationStanding;
};

/** Problems that make a copy unfit to restore (or a backup a failure); empty when it is sound. */
export function problemsOf(inspection: Inspection): string[] {
  const problems: string[] = [];
  if (!(inspection.integrity.length === 1 && inspection.integrity[0] === "ok")) {
    problems.push(`integrity_check failed: ${inspection.integrity.slice(0, 5).join("; ")}${inspection.integrity.length > 5 ? ` (and ${inspection.integrity.length - 5} more)` : ""}`);
  }
  if (inspection.foreignKeyProblems.length > 0) {
    const first = inspection.foreignKeyProblems.slice(0, 3).map((p) => `${p.table} row ${p.rowid ?? "?"} points at a missing ${p.parent}`);
    problems.push(`foreign_key_check found ${inspection.foreignKeyProblems.length} broken reference(s): ${first.join("; ")}`);
  }
  const s = inspection.standing;
  if (s.kind === "none" || s.kind === "newer" || s.kind === "unknown") problems.push(`it is at ${describeStanding(s)}`);
  return problems;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const thousands = (n: number) => n.toLocaleString("en-US");

/** The report both commands print about a copy: checks, migration, rows per table. */
export function formatInspection(inspection: Inspection): string[] {
  const problems = problemsOf(inspection);
  const width = Math.max(5, ...inspection.tables.map((t) => t.name.length));
  const total = inspection.tables.reduce((sum, t) => sum + t.rows, 0);
  return [
    `${inspection.file} (${formatBytes(inspection.bytes)})`,
    `  integrity_check    ${inspection.integrity.length === 1 && inspection.integrity[0] === "ok" ? "ok" : "FAILED"}`,
    `  foreign_key_check  ${inspection.foreignKeyProblems.length === 0 ? "ok" : `FAILED (${inspection.foreignKeyProblems.length})`}`,
    `  schema             ${describeStanding(inspection.standing)}`,
    `  rows per table:`,
    ...inspection.tables.map((t) => `    ${t.name.padEnd(width)}  ${thousands(t.rows).padStart(10)}`),
    `    ${"total".padEnd(width)}  ${thousands(total).padStart(10)}`,
    ...problems.map((p) => `  PROBLEM: ${p}`),
  ];
}

/** A progress line for a copy under way, or null when this step is not worth a line (every ~10%). */
export function progressLine(copied: number, total: number, lastShownPercent: number): { line: string; percent: number } | null {
  if (total <= 0) return null;
  const percent = Math.floor((copied / total) * 100);
  if (percent < lastShownPercent + 10 && copied < total) return null;
  return { line: `  copied ${thousands(copied)} of ${thousands(total)} pages (${percent}%)`, percent };
}

/** `2026-11-21T12-00-00Z`: an instant fit for a file name. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
}
