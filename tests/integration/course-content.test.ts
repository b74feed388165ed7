import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadEditions } from "~/course/content.server";
import { renderMarkdown } from "~/course/markdown.server";
import { loader as courseLoader } from "~/routes/course";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { OUTLINE_PILLARS } from "../support/content-fixtures";

describe("the real curriculum", () => {
  const editions = loadEditions();
  const first = editions.byId.get("1")!;
  const second = editions.byId.get("2")!;

  it("has two editions, the second the newest, each with 30 valid days", () => {
    expect(editions.ids).toEqual(["1", "2"]);
    expect(editions.newest).toBe("2");
    for (const course of [first, second]) expect(course.days).toHaveLength(30);
    expect(first.assessment.statements).toHaveLength(12);
    expect(second.assessment.statements).toHaveLength(18);
  });

  it("tags each day with its outline's pillar: 8 product, 8 process, 8 people, 6 integration", () => {
    expect(first.days.map((d) => d.pillar)).toEqual([...OUTLINE_PILLARS]);
    for (const course of [first, second]) {
      const count = (p: string) => course.days.filter((d) => d.pillar === p).length;
      expect([count("product"), count("process"), count("people"), count("all")]).toEqual([8, 8, 8, 6]);
    }
  });

  it("second edition: timed core steps that fit each day's minutes, every pillar day measured, some statements reversed, the kit linked", () => {
    for (const day of second.days) {
      expect(day.exercise.coreMinutes, `day ${day.day}`).not.toBeNull();
      const estimate = day.words / 230 + day.exercise.coreMinutes!;
      expect(Math.abs(estimate - day.minutes), `day ${day.day}`).toBeLessThanOrEqual(day.minutes / 3);
    }
    for (const day of second.days.filter((d) => d.pillar !== "all")) {
      expect(second.assessment.statements.some((s) => s.pillar === day.pillar && s.days?.includes(day.day)), `day ${day.day}`).toBe(true);
    }
    expect(second.assessment.statements.filter((s) => s.reverse).length).toBeGreaterThanOrEqual(3);
    expect(second.assessment.instructions).toMatch(/last four weeks.*lower one/s);
    expect(second.conversations.map((c) => c.id).sort()).toEqual(["feedback", "former-peer", "promotion-not-yet", "saying-no", "underperformance"]);
    expect(second.days.filter((d) => d.conversations?.length).length).toBeGreaterThanOrEqual(5);
  });

  it("renders every lesson and script to HTML with paragraphs and nothing executable", () => {
    for (const item of [...first.days, ...second.days, ...second.conversations]) {
      expect(item.html).toContain("<p>");
      expect(item.html).not.toMatch(/<script|on\w+=|javascript:/i);
    }
  });
});

describe("markdown rendering", () => {
  it("strips raw HTML and dangerous links", () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) **bold**');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain("<strong>bold</strong>");
  });
});

describe("GET /course", () => {
  let t: TestDatabase;
  beforeEach(() => (t = freshDatabase()));
  afterEach(() => removeDatabase(t));

  it("lists the 30 days by week with pillars and summaries, without lesson bodies, and the cohorts open to join", async () => {
    const data = await courseLoader();
    expect(data.cohorts).toEqual([]);
    expect(data.weeks.map((w) => w.days.length)).toEqual([7, 7, 7, 7, 2]);
    const day1 = data.weeks[0]!.days[0]!;
    expect(Object.keys(day1).sort()).toEqual(["day", "minutes", "pillar", "summary", "title"]);
  });
});

describe("npm run content:check", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "app/cli/content-check.ts", ...args], { encoding: "utf8", timeout: 60_000 });

  it("prints a table per edition, with the estimate where steps are timed, and exits 0 for the real content", () => {
    const result = run([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Edition 1\nday\s+pillar\s+title\s+words\s+minutes\s+estimate/m);
    expect(result.stdout).toMatch(/^Edition 2\n/m);
    expect(result.stdout).toMatch(/^\s+30\s+all\s+Final self-assessment and your balance report\s+\d+\s+30\s+\d+\.\d$/m);
    expect(result.stdout).toContain("30 days (8 product, 8 process, 8 people, 6 all)");
    expect(result.stdout).toContain("2 edition(s), newest 2. Content is valid.");
  });

  it("exits 1 naming the file and field of each problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-content-"));
    try {
      fs.cpSync("content", dir, { recursive: true });
      const days = (edition: string) => path.join(dir, "editions", edition, "days");
      const named = (edition: string, prefix: string) => fs.readdirSync(days(edition)).find((f) => f.startsWith(prefix))!;
      const edit = (edition: string, prefix: string, change: (text: string) => string) => {
        const file = path.join(days(edition), named(edition, prefix));
        fs.writeFileSync(file, change(fs.readFileSync(file, "utf8")));
        return named(edition, prefix);
      };
      const day9 = edit("1", "09-", (text) => text.replace(/^pillar: product$/m, "pillar: profit"));
      fs.rmSync(path.join(days("2"), named("2", "21-")));
      // Day 4 of the second edition says 15 minutes: its reading and core steps take about 23.
      const day4 = edit("2", "04-", (text) => text.replace(/^minutes: 25$/m, "minutes: 15"));
      const result = run(["--dir", dir]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${day9}: pillar: must be product, process, people or all`);
      expect(result.stderr).toMatch(/editions\/2\/days: day: day 21 is missing/);
      expect(result.stderr).toMatch(new RegExp(`${day4}: minutes: says 15 but reading \\(\\d+ words at 230 a minute\\) and the core steps \\(20 min\\) take about 23\\.\\d: more than a third apart`));
      expect(result.stderr).toContain("3 problem(s)");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
