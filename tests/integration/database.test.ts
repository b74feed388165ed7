import { eq } from "drizzle-orm";
import { cohorts, emailOutbox, enrollments, users } from "../../db/schema";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { MIGRATIONS_DIR, migrateDatabase } from "../../db/migrate";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

describe("the database", () => {
  it("runs in WAL mode with foreign keys, a busy timeout and synchronous=NORMAL", () => {
    const sqlite = t.db.$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(1);
  });

  it("has every table of the core model", () => {
    const tables = t.db.$client
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual([
      "announcements",
      "assessment_answers",
      "certificates",
      "cohort_facilitators",
      "cohort_slugs",
      "cohorts",
      "day_progress",
      "email_outbox",
      "enrollments",
      "facilitator_invites",
      "feedback",
      "live_sessions",
      "notifications",
      "post_reactions",
      "post_reports",
      "posts",
      "sessions",
      "sign_in_tokens",
      "users",
    ]);
  });

  it("enforces foreign keys, unique constraints and checks", () => {
    const [user] = t.db.insert(users).values({ email: "ada@example.com", name: "Ada" }).returning().all();
    const [cohort] = t.db
      .insert(cohorts)
      .values({ slug: "spring", title: "Spring", startsOn: "2026-03-02", timeZone: "Europe/London" })
      .returning()
      .all();

    expect(() => t.db.insert(users).values({ email: "ada@example.com", name: "Ada again" }).run()).toThrow(/UNIQUE/);
    expect(() => t.db.insert(users).values({ email: "Bob@Example.com", name: "Bob" }).run()).toThrow(/CHECK/);
    expect(() => t.db.insert(enrollments).values({ cohortId: 999, userId: user!.id }).run()).toThrow(/FOREIGN KEY/);

    t.db.insert(enrollments).values({ cohortId: cohort!.id, userId: user!.id }).run();
    expect(() => t.db.insert(enrollments).values({ cohortId: cohort!.id, userId: user!.id }).run()).toThrow(/UNIQUE/);
    expect(() =>
      t.db.insert(cohorts).values({ slug: "bad", title: "Bad", startsOn: "2 March", timeZone: "UTC" }).run(),
    ).toThrow(/CHECK/);

    const email = { idempotencyKey: "daily/1/1", kind: "daily", toAddress: "ada@example.com", fromAddress: "t@x", subject: "s", html: "h", text: "t", nextAttemptAt: new Date() };
    t.db.insert(emailOutbox).values(email).run();
    expect(() => t.db.insert(emailOutbox).values(email).run()).toThrow(/UNIQUE/);
  });

  it("keeps a cohort's enrollments only as long as the cohort", () => {
    const [user] = t.db.insert(users).values({ email: "ada@example.com", name: "Ada" }).returning().all();
    const [cohort] = t.db.insert(cohorts).values({ slug: "c", title: "C", startsOn: "2026-03-02", timeZone: "UTC" }).returning().all();
    t.db.insert(enrollments).values({ cohortId: cohort!.id, userId: user!.id }).run();
    t.db.delete(cohorts).where(eq(cohorts.id, cohort!.id)).run();
    expect(t.db.select().from(enrollments).all()).toHaveLength(0);
  });

  it("upgrades a database of the first editions: a private day becomes 'only me', the others 'my facilitators'", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-upgrade-"));
    try {
      // The migrations folder as it stood before 0009: the same files, the journal cut there.
      const before = path.join(dir, "migrations");
      fs.cpSync(MIGRATIONS_DIR, before, { recursive: true });
      const journal = JSON.parse(fs.readFileSync(path.join(before, "meta", "_journal.json"), "utf8"));
      journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < "0009");
      fs.writeFileSync(path.join(before, "meta", "_journal.json"), JSON.stringify(journal));
      const db = openDatabase(path.join(dir, "old.db"));
      migrateDatabase(db, before);
      const sqlite = db.$client;
      sqlite.exec(`insert into users (id, email, name) values (1, 'ada@example.com', 'Ada');
        insert into cohorts (id, slug, title, starts_on, time_zone) values (1, 'c', 'C', '2026-03-02', 'UTC');
        insert into enrollments (id, cohort_id, user_id) values (1, 1, 1);
        insert into day_progress (enrollment_id, day, is_private, updated_at) values (1, 1, 1, 0), (1, 2, 0, 0);`);
      migrateDatabase(db);
      expect(sqlite.prepare("select day, visibility from day_progress order by day").all()).toEqual([
        { day: 1, visibility: "self" },
        { day: 2, visibility: "facilitators" },
      ]);
      sqlite.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
