import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { confirmSignIn, runTickCli, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();
const COHORT = "Spring leadership cohort";

// axe runs in the page's JavaScript, so it checks the pages in the runs with JavaScript on.

/** Each test posts from its own client address (the app trusts X-Forwarded-For from loopback), so the per-client limit is per test. */
let nextClient = 10;
function client(): Record<string, string> {
  return { "X-Forwarded-For": `198.51.100.${nextClient++}` };
}

type Way = { js: boolean; width: number };
const WAYS: Way[] = [
  { js: true, width: 1280 },
  { js: false, width: 1280 },
  { js: true, width: 390 },
  { js: false, width: 390 },
];

/**
 * A visitor's page. Its requests to the cohort's pages come from a client address of its own
 * (X-Forwarded-For, believed from loopback), so the per-client enrollment limit does not
 * count every test's posts as one client; the local mailbox it opens stays a loopback visit.
 */
async function openPage(way: Way, headers = client()): Promise<Page> {
  const page = await newPage(env.browser(), {
    javaScriptEnabled: way.js,
    viewport: { width: way.width, height: way.width === 390 ? 844 : 900 },
  });
  await page.route(/\/cohorts\//, (route) => route.continue({ headers: { ...route.request().headers(), ...headers } }));
  page.setDefaultTimeout(15_000);
  return page;
}

/** Fills in the demo cohort's enrollment form and sends it. */
async function submitEnrollment(page: Page, name: string, email: string) {
  await page.goto(`${env.app().url}/cohorts/demo`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Enroll" }).click();
}

async function enroll(page: Page, name: string, email: string) {
  await submitEnrollment(page, name, email);
  await page.waitForURL(/\/cohorts\/demo\/enrolled\?/);
  await page.getByRole("heading", { level: 1, name: "One email is on its way" }).waitFor();
}

/** Subjects of every email to an address in /dev/mail. */
async function subjectsTo(page: Page, email: string): Promise<string[]> {
  await page.goto(`${env.app().url}/dev/mail`);
  const rows = page.locator("tbody tr", { hasText: email });
  return rows.allInnerTexts();
}

async function openOnlyEmail(page: Page, email: string): Promise<string> {
  await page.goto(`${env.app().url}/dev/mail`);
  const rows = page.locator("tbody tr", { hasText: email });
  await rows.first().waitFor();
  expect(await rows.count()).toBe(1);
  await rows.first().getByRole("link").click();
  await page.getByRole("heading", { name: "Text part" }).waitFor();
  return page.locator(".mail-text").innerText();
}

describe("enrolling in the demo cohort (on day 12) takes one email", () => {
  for (const way of WAYS) {
    it(`${way.js ? "with" : "without"} JavaScript at ${way.width} px: one email, one button, and in`, async () => {
      const page = await openPage(way);
      const email = `late.joiner.${way.js ? "js" : "nojs"}.${way.width}@example.org`;
      await page.goto(`${env.app().url}/cohorts/demo`);
      expect(await page.locator(".cohort-standing").innerText()).toMatch(/^Started .+; today is day 12 of 30\.$/);
      expect(await page.getByText("You start with day 1 today").count()).toBe(1);
      expect(await page.getByRole("heading", { name: "Who facilitates" }).count()).toBe(1);
      expect(await page.getByText(/about \d+ minutes \(\d+ to \d+\)/i).count()).toBe(1);
      expect(await page.getByText("There is no certificate.", { exact: false }).count()).toBe(1);
      if (way.js) expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);

      await enroll(page, "Noor Haddad", email);
      if (way.js) expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);

      const text = await openOnlyEmail(page, email);
      expect(await page.locator("h1").innerText()).toBe(`Confirm your seat: ${COHORT}`);
      expect(text).toContain("The cohort is on day 12 of 30. You start with day 1 today");
      expect(text).not.toMatch(/Day 1 opens/);
      expect(text).toMatch(/\b\d{6}\b/);

      await page.locator("a", { hasText: "/login/verify?token=" }).click();
      await page.getByRole("heading", { level: 1, name: "Sign in to Tripod" }).waitFor();
      if (way.js) expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
      await confirmSignIn(page);
      expect(page.url()).toMatch(/\/learn\/\d+$/);

      // Item 9: on the cohort's page, they see their way in, not an empty form.
      await page.goto(`${env.app().url}/cohorts/demo`);
      await page.getByRole("heading", { name: "You're in this cohort" }).waitFor();
      expect(await page.getByLabel("Your name").count()).toBe(0);
      expect(await horizontalOverflow(page)).toEqual([]);

      // No second email: no sign-in, no separate welcome, no catch-up within the minute.
      await runTickCli(env.app());
      expect(await subjectsTo(page, email)).toHaveLength(1);
    });
  }

  it("the code from the same email works in another browser", async () => {
    const page = await openPage({ js: true, width: 1280 });
    await enroll(page, "Rui Costa", "rui.costa@example.org");
    const code = /\b(\d{6})\b/.exec(await openOnlyEmail(page, "rui.costa@example.org"))![1]!;
    const other = await openPage({ js: false, width: 390 });
    await other.goto(`${env.app().url}/login/code?email=rui.costa%40example.org`);
    await other.getByLabel("6-digit code").fill(code);
    await other.getByRole("button", { name: "Sign in" }).click();
    await other.waitForURL(/\/learn\/\d+$/);
  });

  it("a mail scanner's GET of the link does not use it up", async () => {
    const page = await openPage({ js: true, width: 1280 });
    await enroll(page, "Ines Park", "ines.park@example.org");
    await openOnlyEmail(page, "ines.park@example.org");
    const link = (await page.locator("a", { hasText: "/login/verify?token=" }).first().innerText()).trim();
    for (let i = 0; i < 3; i++) expect((await fetch(link)).status).toBe(200);
    await page.goto(link);
    await confirmSignIn(page);
    expect(page.url()).toMatch(/\/learn\/\d+$/);
  });

  it("answers an address already in the cohort with the same page; only the email differs", async () => {
    const page = await openPage({ js: false, width: 1280 });
    await enroll(page, "Dana Whitfield", "participant@example.com");
    const rows = await subjectsTo(page, "participant@example.com");
    expect(rows.some((r) => r.includes(`You're already enrolled: ${COHORT}`))).toBe(true);
  });

  it("refuses the 6th enrollment from one client in an hour with 429, Retry-After and what was typed", async () => {
    const headers = client();
    const page = await openPage({ js: false, width: 390 }, headers);
    for (let i = 1; i <= 5; i++) await enroll(page, `Visitor ${i}`, `visitor.${i}@example.org`);
    await page.goto(`${env.app().url}/cohorts/demo`);
    await page.getByLabel("Your name").fill("Visitor Six");
    await page.getByLabel("Email address").fill("visitor.6@example.org");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Enroll" }).click(),
    ]);
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    await page.getByText("Too many enrollments from this connection").waitFor();
    expect(await page.getByLabel("Your name").inputValue()).toBe("Visitor Six");
    expect(await page.getByLabel("Email address").inputValue()).toBe("visitor.6@example.org");
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  it("shows field errors without losing what was typed", async () => {
    const page = await openPage({ js: false, width: 1280 });
    await submitEnrollment(page, "Sam", "sam@");
    expect(await page.locator(".field-error").innerText()).toBe("Enter an email address like name@example.com.");
    expect(await page.getByLabel("Your name").inputValue()).toBe("Sam");
  });
});
