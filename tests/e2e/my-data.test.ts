/**
 * Issue 18, "my data": a participant on a phone downloads their zip (a real download),
 * finds their day 2 answer in the JSON and the Markdown, then deletes the account through the
 * confirmation, with and without JavaScript; afterwards they are signed out, cannot sign in,
 * and the facilitator's cohort page and CSV no longer list them.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";
import { unzip } from "../support/zip";

const env = useAppAndBrowser();
const PHONE = { width: 390, height: 844 };

/** Demo participants of the demo cohort with a saved day 2 answer, with that answer. */
function withDay2(): { email: string; name: string; answer: string }[] {
  return sqlOn(env.app().databaseFile, (db) =>
    db
      .prepare(
        `SELECT u.email, u.name, d.exercise_answer AS answer FROM users u JOIN enrollments e ON e.user_id = u.id JOIN cohorts c ON c.id = e.cohort_id
         JOIN day_progress d ON d.enrollment_id = e.id AND d.day = 2
         WHERE c.slug = 'demo' AND u.role = 'participant' AND e.status = 'active' AND length(d.exercise_answer) > 20 AND u.email <> 'participant@example.com' ORDER BY u.id`,
      )
      .all() as { email: string; name: string; answer: string }[],
  );
}

async function deleteThroughConfirmation(page: Page, email: string, javaScript: boolean) {
  const url = env.app().url;
  await page.goto(`${url}/account`);
  await page.getByRole("link", { name: "Delete my account" }).click();
  await page.getByRole("heading", { level: 1, name: "Delete your account?" }).waitFor();
  expect(await page.locator(".deletion-list").innerText()).toMatch(/days? of work in Spring/);
  expect(await horizontalOverflow(page)).toEqual([]);
  if (javaScript) expect(await seriousViolations(page)).toEqual([]);

  // A wrong address keeps them on the page, with the reason; nothing is deleted.
  await page.getByLabel("Type your email address to confirm").fill("not-my-address@example.com");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("alert").getByText(/Type your email address exactly/).waitFor();
  expect(page.url()).toContain("/account/delete");
  if (javaScript) expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Type your email address to confirm").fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("heading", { level: 1, name: "Your account is deleted" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/goodbye");
  expect(await horizontalOverflow(page)).toEqual([]);
  if (javaScript) expect(await seriousViolations(page)).toEqual([]);

  // Signed out: the account page asks to sign in.
  await page.goto(`${url}/account`);
  expect(new URL(page.url()).pathname).toBe("/login");
}

/** Asking for a sign-in link behaves as for any unknown address: the same next page, and no email. */
async function cannotSignIn(page: Page, email: string) {
  const url = env.app().url;
  await page.goto(`${url}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForURL(/\/login\/code\?/);
  await page.goto(`${url}/dev/mail`);
  expect(await page.locator("tr", { hasText: email }).count()).toBe(0);
  expect(sqlOn(env.app().databaseFile, (db) => db.prepare("SELECT count(*) AS n FROM users WHERE email = ?").get(email) as { n: number }).n).toBe(0);
}

async function facilitatorNoLongerLists(people: { email: string; name: string }[]) {
  const page = await newPage(env.browser());
  await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
  await page.goto(`${env.app().url}/facilitate/cohorts/demo`);
  const grid = await page.locator("main").innerText();
  const csv = await (await page.request.get(`${env.app().url}/facilitate/cohorts/demo/export.csv`)).text();
  expect(csv.split("\n").length).toBeGreaterThan(5);
  for (const p of people) {
    expect(grid).not.toContain(p.name);
    expect(csv).not.toContain(p.email);
    expect(csv).not.toContain(p.name);
  }
  await page.close();
}

describe("my data", () => {
  it("downloads the zip on a phone, deletes the account without JavaScript, and is gone", async () => {
    const [person] = withDay2();
    expect(person).toBeDefined();
    const page = await newPage(env.browser(), { viewport: PHONE, acceptDownloads: true });
    await signInThroughMailbox(page, env.app().url, person!.email);
    await page.goto(`${env.app().url}/account`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tripod-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = await download.path();
    const files = await unzip(file);
    const data = JSON.parse(files.get("tripod-data.json")!);
    const demo = data.enrollments.find((e: { cohort: { slug: string } }) => e.cohort.slug === "demo");
    expect(demo.days.find((d: { day: number }) => d.day === 2).exerciseAnswer).toBe(person!.answer);
    const markdown = files.get("answers/demo.md")!;
    expect(markdown).toContain("## Day 2: ");
    expect(markdown).toContain(`> ${person!.answer.split("\n")[0]}`);
    expect(files.has("README.txt")).toBe(true);
    console.log(`my-data e2e: ${person!.email}'s zip is ${fs.statSync(file).size} bytes, ${data.emailsSentToMe.length} emails`);
    await page.close();

    // The deletion itself, without JavaScript (a plain form and pages).
    const noJs = await newPage(env.browser(), { viewport: PHONE, javaScriptEnabled: false });
    await signInThroughMailbox(noJs, env.app().url, person!.email);
    await deleteThroughConfirmation(noJs, person!.email, false);
    await cannotSignIn(noJs, person!.email);
    await noJs.close();
    await facilitatorNoLongerLists([person!]);
  });

  it("deletes the account with JavaScript at 390 px, and the facilitator's grid and CSV drop them", async () => {
    const [person] = withDay2();
    const page = await newPage(env.browser(), { viewport: PHONE });
    await signInThroughMailbox(page, env.app().url, person!.email);
    await deleteThroughConfirmation(page, person!.email, true);
    await cannotSignIn(page, person!.email);
    await page.close();
    await facilitatorNoLongerLists([person!]);
  });
});
