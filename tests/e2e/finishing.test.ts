/**
 * Issue 12, items 3, 9 and 12: finishing late (the final assessment after the course, the
 * report and its email worded from the facts), the report before a cohort starts, and
 * unread facilitator feedback in the app (in the header's notifications count since issue 16).
 */
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { runTickCli, signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

// The app's one clock for this file: the demo seed puts its cohort on day 12 on this date
// (in New York); each test moves or adds cohorts relative to the same instant.
const NOW = new Date("2026-11-21T17:00:00Z");
const TODAY = "2026-11-21";
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
function sql(run: (db: Database.Database) => void): void {
  const db = new Database(env.app().databaseFile);
  try {
    run(db);
  } finally {
    db.close();
  }
}

/** axe and the 390 px overflow check (they run scripts in the page, so only where JavaScript is on). */
async function checkPage(page: Page, javaScript = true): Promise<void> {
  if (!javaScript) return;
  expect(await seriousViolations(page)).toEqual([]);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page)).toEqual([]);
  if (size) await page.setViewportSize(size);
}

/** Fills day 30 (work and the twelve statements, each "Often") and marks it complete. */
async function completeDay30(page: Page): Promise<void> {
  await page.getByLabel("What you did and wrote down").fill("Wrote my leadership plan for the next quarter.");
  await page.locator("#reflection").fill("Process is still my strongest habit.");
  await page.locator(".assessment fieldset.statement").first().waitFor();
  const statements = page.locator(".assessment fieldset.statement");
  for (let i = 0; i < (await statements.count()); i++) await statements.nth(i).getByText("Often", { exact: true }).click();
  await page.getByText("4 · Mostly").click();
  await page.getByRole("button", { name: "Mark day complete" }).click();
  await page.getByText("Day 30 is complete. Well done.").waitFor();
}

/** The signed-in participant's report, from their home (/learn goes to their enrollment). */
async function openReport(page: Page): Promise<void> {
  await page.goto(`${env.app().url}/learn`);
  await page.getByRole("heading", { level: 1, name: /Good to see you/ }).waitFor();
  await page.goto(`${page.url().replace(/\/$/, "")}/report`);
  await page.getByRole("heading", { level: 1, name: "Your balance report" }).waitFor();
}

describe("finishing after the course has ended", () => {
  beforeAll(async () => {
    // The demo course ended five days ago (day 30 was 35 - 29 = 6 days back in New York), and the report emails went.
    sql((db) => db.prepare("update cohorts set starts_on = ? where slug = 'demo'").run(addDays(TODAY, -35)));
    expect(await runTickCli(env.app(), NOW)).toMatch(/report [1-9]\d*\)/);
  });

  it.each([
    { who: "participant@example.com", width: 1280, javaScript: true },
    { who: "marcus.chen@example.com", width: 390, javaScript: false },
  ])("$who takes the final assessment late ($width px, JavaScript $javaScript); the report and its email say what happened", async ({ who, width, javaScript }) => {
    const page = await newPage(env.browser(), { javaScriptEnabled: javaScript });
    await page.setViewportSize({ width, height: 900 });
    await signInThroughMailbox(page, env.app().url, who);
    await openReport(page);
    const cards = page.locator(".score-card");
    expect(await cards.first().innerText()).toContain("Growth shows once you take the final assessment");
    expect(await page.locator("article.report > header").innerText()).toContain("half your own day 1 assessment");
    await checkPage(page, javaScript);

    await page.getByRole("link", { name: "Take it on day 30" }).click();
    await page.getByRole("heading", { level: 2, name: "Exercise" }).waitFor();
    await checkPage(page, javaScript);
    await completeDay30(page);

    await openReport(page);
    for (let i = 0; i < 3; i++) expect(await cards.nth(i).innerText()).toMatch(/Growth since day 1: [+-]?\d\.\d\d/);
    expect(await page.locator("article.report > header").innerText()).toContain("half your own final assessment");
    expect(await page.getByRole("link", { name: "Take it on day 30" }).count()).toBe(0);

    // The report email went before the final assessment: it says so, and where to take it.
    await page.goto(`${env.app().url}/dev/mail`);
    await page.locator("tr", { hasText: who }).filter({ hasText: "Your balance report" }).first().getByRole("link").click();
    await page.getByRole("heading", { name: "HTML part" }).waitFor();
    const body = await page.frameLocator("iframe.mail-frame").locator("body").innerText();
    expect(body).toContain("half your own day 1 assessment, since there is no final assessment yet");
    expect(body).toContain("take the final assessment on day 30");
    expect(body).not.toContain("half your own final assessment");
  });
});

describe("the report before the cohort starts", () => {
  it("says when it fills in and shows no figures (1280 and 390 px)", async () => {
    sql((db) => {
      const cohort = db.prepare("insert into cohorts (slug, title, starts_on, time_zone) values ('winter', 'Winter cohort', ?, 'America/New_York')").run(addDays(TODAY, 10));
      const user = db.prepare("insert into users (email, name) values ('early@example.com', 'Erin Early')").run();
      db.prepare("insert into enrollments (cohort_id, user_id, status) values (?, ?, 'active')").run(cohort.lastInsertRowid, user.lastInsertRowid);
    });
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, env.app().url, "early@example.com");
    await openReport(page);
    const text = await page.locator("main").innerText();
    expect(text).toContain("fills in as days open");
    expect(text).toContain("Day 1 opens on");
    expect(text).not.toMatch(/Balance index|pillars are level/);
    expect(await page.locator(".score-card").count()).toBe(0);
    await checkPage(page);
  });
});

describe("facilitator feedback in the app", () => {
  it.each([
    { width: 1280, javaScript: true },
    { width: 390, javaScript: false },
  ])("shows unread feedback on home and in the header until the day is opened ($width px, JavaScript $javaScript)", async ({ width, javaScript }) => {
    const url = env.app().url;
    const who = width === 1280 ? "amara.okafor@example.com" : "luis.fernandez@example.com";
    const name = width === 1280 ? "Amara Okafor" : "Luis Fernández";
    // Start from nothing unread, so the counts below are this test's own.
    sql((db) => {
      db.prepare("update feedback set read_at = ? where enrollment_id in (select e.id from enrollments e join users u on u.id = e.user_id where u.email = ?)").run(NOW.getTime(), who);
      db.prepare("update notifications set read_at = ? where user_id = (select id from users where email = ?)").run(NOW.getTime(), who);
    });

    const facilitator = await newPage(env.browser());
    await signInThroughMailbox(facilitator, url, "facilitator@example.com");
    await facilitator.getByRole("link", { name: "Spring leadership cohort" }).click();
    await facilitator.getByRole("link", { name }).click();
    const day3 = facilitator.locator("section", { has: facilitator.getByRole("heading", { name: /^Day 3:/ }) });
    await day3.getByLabel("Feedback on day 3").fill("Good first draft. Add who owns each step.");
    await day3.getByRole("button", { name: "Send feedback" }).click();
    await facilitator.getByText(`Feedback on day 3 saved and emailed to ${name}.`).waitFor();
    // The facilitator reading the participant's page does not mark it read.
    await facilitator.reload();

    const page = await newPage(env.browser(), { javaScriptEnabled: javaScript });
    await page.setViewportSize({ width, height: 900 });
    await signInThroughMailbox(page, url, who);
    await page.goto(`${url}/learn`);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Notifications, 1 new" }).innerText()).toMatch(/Notifications\s*1/);
    await checkPage(page, javaScript);
    await page.getByRole("link", { name: "New feedback from Morgan Ellis on day 3" }).click();
    await page.getByRole("heading", { name: "Feedback from your facilitator" }).waitFor();
    expect(await page.locator(".feedback-item").last().innerText()).toContain("Good first draft. Add who owns each step.");
    expect(await nav.getByRole("link", { name: /^Notifications/ }).innerText()).toBe("Notifications");

    await page.goto(`${url}/learn`);
    await page.getByRole("heading", { level: 1, name: /Good to see you/ }).waitFor();
    expect(await page.getByRole("heading", { name: "New feedback" }).count()).toBe(0);
  });
});
