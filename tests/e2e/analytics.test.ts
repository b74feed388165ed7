/**
 * Issue 15: the cohort analytics page. The facilitator opens it from the cohort page, reads
 * a figure off its table, compares with another run of theirs; another facilitator's cohort
 * can be neither opened nor compared with.
 */
import type Database from "better-sqlite3";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

// The demo seed puts its cohort on day 12 at this instant (New York).
const NOW = new Date("2026-11-21T17:00:00Z");
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });

const sql = <T>(run: (db: Database.Database) => T): T => sqlOn(env.app().databaseFile, run);

/** 15:00 UTC (10:00 in New York) on the date of day `day` of a cohort starting 2 November 2026. */
const onDay = (day: number) => Date.UTC(2026, 10, 1 + day, 15);

beforeAll(() => {
  sql((db) => {
    const facilitator = (db.prepare("select id from users where email = 'facilitator@example.com'").get() as { id: number }).id;
    // An earlier run of the demo facilitator's, with figures known by construction: three people,
    // all finish day 1, two finish day 2, one finishes day 3.
    const earlier = db.prepare("insert into cohorts (slug, title, starts_on, time_zone) values ('earlier-run', 'Earlier run', '2026-11-02', 'America/New_York')").run().lastInsertRowid;
    db.prepare("insert into cohort_facilitators (cohort_id, user_id) values (?, ?)").run(earlier, facilitator);
    [3, 2, 1].forEach((days, i) => {
      const user = db.prepare("insert into users (email, name) values (?, ?)").run(`earlier${i}@example.com`, `Earlier Person ${i}`).lastInsertRowid;
      const enrollment = db.prepare("insert into enrollments (cohort_id, user_id, status, created_at) values (?, ?, 'active', ?)").run(earlier, user, Date.UTC(2026, 9, 20)).lastInsertRowid;
      for (let day = 1; day <= days; day++) db.prepare("insert into day_progress (enrollment_id, day, rating, completed_at, updated_at) values (?, ?, 4, ?, ?)").run(enrollment, day, onDay(day), onDay(day));
    });
    // Another facilitator's cohort.
    const stranger = db.prepare("insert into users (email, name, role) values ('stranger.facilitator@example.com', 'Sam Stranger', 'facilitator')").run().lastInsertRowid;
    const theirs = db.prepare("insert into cohorts (slug, title, starts_on, time_zone) values ('strangers-run', 'Stranger run', '2026-11-02', 'Europe/London')").run().lastInsertRowid;
    db.prepare("insert into cohort_facilitators (cohort_id, user_id) values (?, ?)").run(theirs, stranger);
  });
});

/** The cell under `column` in the row whose first cell is `row`, in the table captioned `caption`. */
async function cell(page: import("playwright-core").Page, caption: string, row: string, column: string): Promise<string> {
  const details = page.locator("details", { has: page.locator("summary", { hasText: `${caption} as a table` }) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
  const heads = await table.locator("thead th").allInnerTexts();
  const index = heads.findIndex((h) => h === column);
  if (index < 0) throw new Error(`no column ${column} in ${heads.join(" | ")}`);
  const line = table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: row, exact: true }) });
  return (await line.locator("th, td").nth(index).innerText()).trim();
}

describe("the cohort analytics page", () => {
  it("opens from the cohort page, shows a known figure, and compares with an earlier run (1280 and 390 px)", async () => {
    const url = env.app().url;
    // Day 1 of the demo, counted straight from the database: everyone who took part and completed it.
    const day1 = sql(
      (db) =>
        (db.prepare("select count(*) as n from day_progress p join enrollments e on e.id = p.enrollment_id join cohorts c on c.id = e.cohort_id where c.slug = 'demo' and e.status in ('active', 'withdrawn') and p.day = 1 and p.completed_at is not null").get() as { n: number }).n,
    );
    expect(day1).toBeGreaterThan(5);

    const page = await newPage(env.browser());
    await signInThroughMailbox(page, url, "facilitator@example.com");
    await page.getByRole("link", { name: "Spring leadership cohort" }).click();
    await page.getByRole("link", { name: "Analytics" }).click();
    await page.getByRole("heading", { level: 1, name: "Analytics" }).waitFor();
    expect(await cell(page, "Completion by day", "1", "Finished")).toBe(String(day1));
    const chart = page.getByRole("img", { name: /Participants who finished each day/ });
    expect(await chart.getAttribute("aria-labelledby")).toContain("completion-text");
    expect(await page.locator("#completion-text").innerText()).toMatch(/^(Most drop-off came on day \d+: \d+ finished day \d+, \d+ finished day \d+\.|No day had fewer)/);
    expect(await page.getByText("Ratings count once a day is complete, private days included").count()).toBe(1);
    // Only cohorts of this facilitator's are offered.
    // (The demo facilitator's finished "Winter leadership cohort" is theirs too.)
    expect((await page.getByLabel("Compare with").locator("option").allInnerTexts()).sort()).toEqual(["Earlier run", "No comparison", "Winter leadership cohort"]);

    await page.getByLabel("Compare with").selectOption({ label: "Earlier run" });
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/compare=earlier-run/);
    await page.locator("#completion-text", { hasText: "in Earlier run." }).waitFor();
    expect(await cell(page, "Completion by day", "2", "Earlier run: finished")).toBe("2");
    expect(await cell(page, "Completion by day", "2", "Earlier run: share")).toBe("67%");
    expect(await cell(page, "Completion by day", "1", "Finished")).toBe(String(day1));
    expect(await page.locator(".chart-line").count()).toBeGreaterThanOrEqual(4);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  it("without JavaScript, the comparison is an ordinary form", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
    await page.goto(`${env.app().url}/facilitate/cohorts/demo/analytics`);
    await page.getByLabel("Compare with").selectOption({ label: "Earlier run" });
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/compare=earlier-run/);
    expect(await page.locator("#ratings-text").innerText()).toContain("Earlier run: 4.0 of 5.");
  });

  it("another cohort's facilitator gets a 404, and cannot smuggle their cohort in as the comparison", async () => {
    const url = env.app().url;
    const stranger = await newPage(env.browser());
    await signInThroughMailbox(stranger, url, "stranger.facilitator@example.com");
    for (const path of ["/facilitate/cohorts/demo/analytics", "/facilitate/cohorts/demo/analytics?compare=strangers-run", "/facilitate/cohorts/earlier-run/analytics"]) {
      expect((await stranger.goto(`${url}${path}`))!.status()).toBe(404);
    }
    expect((await stranger.goto(`${url}/facilitate/cohorts/strangers-run/analytics`))!.status()).toBe(200);

    const facilitator = await newPage(env.browser());
    await signInThroughMailbox(facilitator, url, "facilitator@example.com");
    await facilitator.goto(`${url}/facilitate/cohorts/demo/analytics?compare=strangers-run`);
    await facilitator.getByText("That is not a cohort you can compare with").waitFor();
    expect(await facilitator.locator("main").innerText()).not.toContain("Stranger run");
  });
});
