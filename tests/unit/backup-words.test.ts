import { describeStanding, fileStamp, formatBytes, formatInspection, migrationStanding, parseBackupArgs, parseRestoreArgs, problemsOf, progressLine, type Inspection } from "~/backup/words";

const known = [
  { tag: "0000_core", when: 100 },
  { tag: "0001_more", when: 200 },
  { tag: "0002_last", when: 300 },
];

const sound: Inspection = {
  file: "/b/t.db",
  bytes: 3 * 1024 * 1024,
  integrity: ["ok"],
  foreignKeyProblems: [],
  tables: [
    { name: "users", rows: 1200 },
    { name: "email_outbox", rows: 34 },
  ],
  standing: migrationStanding([100, 200, 300], known),
};

describe("db:backup and db:restore arguments", () => {
  it("take exactly one file and their flags", () => {
    expect(parseBackupArgs(["b.db"])).toEqual({ ok: true, value: { destination: "b.db", force: false } });
    expect(parseBackupArgs(["--force", "b.db"])).toEqual({ ok: true, value: { destination: "b.db", force: true } });
    expect(parseRestoreArgs(["b.db", "--send-queued"])).toEqual({ ok: true, value: { source: "b.db", sendQueued: true } });
    for (const bad of [[], ["a.db", "b.db"], ["--nope", "b.db"], [""]]) {
      const parsed = parseBackupArgs(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain("usage: npm run db:backup");
    }
    expect(parseRestoreArgs(["--force", "b.db"]).ok).toBe(false);
  });
});

describe("where a copy stands against the code's migrations", () => {
  it("is current, behind, newer, unknown or not a Tripod database", () => {
    expect(migrationStanding([100, 200, 300], known)).toMatchObject({ kind: "current", tag: "0002_last" });
    expect(migrationStanding([200, 100], known)).toMatchObject({ kind: "behind", tag: "0001_more", applied: 2, known: 3 });
    expect(migrationStanding([100, 200, 300, 400], known)).toMatchObject({ kind: "newer" });
    expect(migrationStanding([100, 250], known)).toMatchObject({ kind: "unknown" });
    expect(migrationStanding([], known)).toEqual({ kind: "none" });
    expect(describeStanding(migrationStanding([200, 100], known))).toBe("migration 0001_more (2 of 3; the app applies the other 1 when it starts)");
  });
});

describe("the report on a copy", () => {
  it("prints the checks, the migration and the rows per table with a total", () => {
    const lines = formatInspection(sound);
    expect(lines[0]).toBe("/b/t.db (3.0 MiB)");
    expect(lines).toContain("  integrity_check    ok");
    expect(lines).toContain("  schema             migration 0002_last (3 applied, the newest this code knows)");
    expect(lines.some((l) => /^ {4}users +1,200$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^ {4}total +1,234$/);
    expect(problemsOf(sound)).toEqual([]);
  });

  it("names every problem: a failed integrity check, broken references, a newer or foreign schema", () => {
    const broken: Inspection = {
      ...sound,
      integrity: ["row 3 missing from index x", "page 9 is never used"],
      foreignKeyProblems: [{ table: "enrollments", rowid: 7, parent: "users" }],
      standing: migrationStanding([100, 200, 300, 400], known),
    };
    const problems = problemsOf(broken);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain("row 3 missing from index x; page 9 is never used");
    expect(problems[1]).toContain("enrollments row 7 points at a missing users");
    expect(problems[2]).toContain("newer than this code knows");
    expect(formatInspection(broken)).toContain("  integrity_check    FAILED");
    expect(problemsOf({ ...sound, standing: { kind: "none" } })[0]).toContain("not a Tripod database");
  });
});

describe("small words", () => {
  it("sizes, progress every tenth, file stamps", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(250 * 1024 * 1024)).toBe("250 MiB");
    expect(progressLine(50, 1000, 0)).toBeNull();
    expect(progressLine(100, 1000, 0)).toEqual({ line: "  copied 100 of 1,000 pages (10%)", percent: 10 });
    expect(progressLine(1000, 1000, 95)).toMatchObject({ percent: 100 });
    expect(fileStamp(new Date("2026-11-21T12:00:05.123Z"))).toBe("2026-11-21T12-00-05Z");
  });
});
