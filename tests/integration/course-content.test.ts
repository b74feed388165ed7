import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCourse } from "~/course/content.server";
import { renderMarkdown } from "~/course/markdown.server";
import { loader as courseLoader } from "~/routes/course";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { OUTLINE_PILLARS } from "../support/content-fixtures";

describe("the real curriculum", () => {
  const course = loadCourse();

  it("passes validation: 30 days and 12 assessment statements", () => {
    expect(course.days).toHaveLength(30);
    expect(course.assessment.statements).toHaveLength(12);
  });

  it("tags each day with the outline's pillar: 8 product, 8 process, 8 people, 6 integration", () => {
    expect(course.days.map((d) => d.pillar)).toEqual([...OUTLINE_PILLARS]);
    const count = (p: string) => course.days.filter((d) => d.pillar === p).length;
    expect([count("product"), count("process"), count("people"), count("all")]).toEqual([8, 8, 8, 6]);
  });

  it("renders every lesson to HTML with headings and paragraphs and nothing executable", () => {
    for (const day of course.days) {
      expect(day.html).toContain("<p>");
      expect(day.html).not.toMatch(/<script|on\w+=|javascript:/i);
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

  it("prints the table and exits 0 for the real content", () => {
    const result = run([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^day\s+pillar\s+title\s+words\s+minutes/m);
    expect(result.stdout).toMatch(/^\s+30\s+all\s+Final self-assessment/m);
    expect(result.stdout).toContain("30 days (8 product, 8 process, 8 people, 6 all)");
  });

  it("exits 1 naming the file and field of each problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-content-"));
    try {
      fs.cpSync("content", dir, { recursive: true });
      const day9 = fs.readdirSync(path.join(dir, "days")).find((f) => f.startsWith("09-"))!;
      const file = path.join(dir, "days", day9);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^pillar: product$/m, "pillar: profit"));
      fs.rmSync(path.join(dir, "days", fs.readdirSync(path.join(dir, "days")).find((f) => f.startsWith("21-"))!));
      const result = run(["--dir", dir]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${day9}: pillar: must be product, process, people or all`);
      expect(result.stderr).toContain("content/days: day: day 21 is missing");
      expect(result.stderr).toContain("2 problem(s)");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
