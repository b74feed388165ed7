/**
 * `npm run db:backup` and `npm run db:restore` against real SQLite files, with another
 * process writing meanwhile the way the app does.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR } from "../../db/migrate";
import { runCli, startWriter } from "../support/cli-run";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createUser } from "../support/fixtures";

// Each case starts the command-line scripts (about 2 s each on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

let t: TestDatabase;
beforeEach(() => {
  t = freshDatabase();
  for (let i = 0; i < 50; i++) createUser(t.db, `p${i}@example.org`, "participant", `Person ${i}`);
});
afterEach(() => removeDatabase(t));

const env = () => ({ DATABASE_URL: t.file, APP_NOW: "2026-11-21T12:00:00Z" });
const count = (file: string, table = "users") => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`select count(*) from ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe("db:backup", () => {
  it("copies the database while another process writes, checks the copy and prints what it holds", async () => {
    const writer = await startWriter(t.file);
    const backup = path.join(t.dir, "backup.db");
    const run = runCli("db-backup", [backup], env());
    const { written } = await writer.stop();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("integrity_check    ok");
    expect(run.stdout).toContain("foreign_key_check  ok");
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
    const newest = journal.entries.at(-1)!.tag;
    expect(run.stdout).toContain(`migration ${newest} (${journal.entries.length} applied, the newest this code knows)`);
    expect(run.stdout).toMatch(/Backup complete: .*; checked\./);
    // A consistent snapshot of a moment during the writes: the 50 users, then some of the writer's.
    const inCopy = count(backup);
    expect(inCopy).toBeGreaterThan(50);
    expect(inCopy).toBeLessThanOrEqual(50 + written);
    expect(run.stdout).toMatch(new RegExp(`users +${inCopy.toLocaleString("en-US")}\\n`));
    // One self-contained file, and nothing half-written left beside it.
    expect(fs.readdirSync(t.dir).sort()).toEqual(["backup.db", "test.db", "test.db-shm", "test.db-wal"]);
    expect(new Database(backup, { readonly: true }).pragma("journal_mode", { simple: true })).toBe("delete");
  });

  it("refuses to replace a file unless --force, and fails clearly without a database", () => {
    const backup = path.join(t.dir, "backup.db");
    fs.writeFileSync(backup, "precious");
    const refused = runCli("db-backup", [backup], env());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("already exists; choose another name or add --force");
    expect(fs.readFileSync(backup, "utf8")).toBe("precious");
    expect(runCli("db-backup", [backup, "--force"], env()).status).toBe(0);
    expect(count(backup)).toBe(50);

    const missing = runCli("db-backup", [path.join(t.dir, "b2.db")], { DATABASE_URL: path.join(t.dir, "nope.db") });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/the database .*nope\.db does not exist/);
    expect(runCli("db-backup", [], env()).stderr).toContain("usage: npm run db:backup -- <backup file> [--force]");
  });
});

describe("db:restore", () => {
  it("checks the file first: missing, not SQLite, not Tripod's, from newer code, damaged", () => {
    const junk = path.join(t.dir, "junk.db");
    fs.writeFileSync(junk, "not a database at all, just text");
    const foreign = path.join(t.dir, "foreign.db");
    new Database(foreign).exec("create table notes (x)");
    const newer = path.join(t.dir, "newer.db");
    fs.copyFileSync(t.file, newer);
    t.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    fs.copyFileSync(t.file, newer);
    new Database(newer).prepare("insert into __drizzle_migrations (hash, created_at) values ('x', ?)").run(Date.UTC(2099, 0, 1));
    const damaged = path.join(t.dir, "damaged.db");
    fs.copyFileSync(t.file, damaged);
    const bytes = fs.readFileSync(damaged);
    bytes.fill(0x41, 4096 * 3, 4096 * 6);
    fs.writeFileSync(damaged, bytes);

    const cases: [string, RegExp][] = [
      [path.join(t.dir, "missing.db"), /missing\.db does not exist/],
      [junk, /is not a SQLite database/],
      [foreign, /no migrations table: not a Tripod database/],
      [newer, /a migration newer than this code knows/],
      [damaged, /integrity_check failed|could not be read as a database/],
    ];
    for (const [file, message] of cases) {
      const run = runCli("db-restore", [file], env());
      expect(run.status, file).toBe(1);
      expect(run.stderr).toMatch(/^db:restore: refused: /);
      expect(run.stderr).toMatch(message);
    }
    expect(count(t.file)).toBe(50);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes("before-restore"))).toEqual([]);
  });

  it("refuses while another process holds the database; once it is gone, restores and keeps the old database aside", async () => {
    const backup = path.join(t.dir, "backup.db");
    expect(runCli("db-backup", [backup], env()).status).toBe(0);
    const writer = await startWriter(t.file);
    const refused = runCli("db-restore", [backup], env());
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain("is open in another process");
    expect(refused.stderr).toContain(`held by pid ${writer.child.pid}`);

    // The holder dies without closing (kill -9): its last writes live only in the -wal.
    writer.child.kill("SIGKILL");
    await new Promise((resolve) => writer.child.once("exit", resolve));
    removeDatabase({ ...t, dir: path.join(t.dir, "kept") });
    const beforeRestore = count(t.file);
    expect(beforeRestore).toBeGreaterThan(50);

    const restored = runCli("db-restore", [backup], env());
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain("The backup holds:");
    expect(restored.stdout).toContain(`The database it replaced is kept as ${t.file}.before-restore-2026-11-21T12-00-00Z`);
    expect(count(t.file)).toBe(50);
    // The kept database has every write the killed process committed, its WAL folded in.
    expect(count(`${t.file}.before-restore-2026-11-21T12-00-00Z`)).toBe(beforeRestore);
    expect(fs.existsSync(`${t.file}-wal`)).toBe(false);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes("restoring"))).toEqual([]);
  });
});
