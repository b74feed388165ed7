import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

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
  await page.getByRole("heading", { level: 1, name: "You're in" }).waitFor();
}

async function findWelcome(page: Page, email: string) {
  await page.goto(`${env.app().url}/dev/mail`);
  const row = page.locator("tr", { hasText: email });
  await row.first().waitFor();
  expect(await row.first().innerText()).toContain("You're enrolled: Spring leadership cohort");
  await row.first().getByRole("link").click();
  await page.getByRole("heading", { name: "Text part" }).waitFor();
  return page.locator(".mail-text").innerText();
}

describe("enrolling in the demo cohort", () => {
  it("works in Chromium with JavaScript, and the welcome email arrives in /dev/mail", async () => {
    const page = await newPage(env.browser(), { timezoneId: "Asia/Tokyo" });
    await page.goto(`${env.app().url}/cohorts/demo`);
    expect(await seriousViolations(page)).toEqual([]);
    // The browser's own zone is picked and dates are shown in it.
    await expect.poll(() => page.locator("#timeZone").inputValue()).toBe("Asia/Tokyo");
    expect(await page.locator("dd time").first().innerText()).toContain("your time");
    await enroll(page, "Noor Haddad", "noor.haddad@example.org");
    const text = await findWelcome(page, "noor.haddad@example.org");
    expect(text).toMatch(/^Tripod\n\nWELCOME, NOOR/);
    expect(text).toContain("(Asia/Tokyo time)");
  });

  it("works without JavaScript, with the cohort's zone as the default", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await page.goto(`${env.app().url}/cohorts/demo`);
    expect(await page.locator("#timeZone").inputValue()).toBe("America/New_York");
    expect(await page.locator("dd time").first().innerText()).toContain("America/New York time");
    await enroll(page, "Rui Costa", "rui.costa@example.org");
    expect(await findWelcome(page, "rui.costa@example.org")).toMatch(/WELCOME, RUI/);
  });

  it("says so, harmlessly, when someone enrolls twice", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await submitEnrollment(page, "Dana Whitfield", "participant@example.com");
    await page.getByRole("heading", { level: 1, name: "You're already enrolled" }).waitFor();
  });

  it("shows field errors without losing what was typed", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await submitEnrollment(page, "Sam", "sam@");
    expect(await page.locator(".field-error").innerText()).toBe("Enter an email address like name@example.com.");
    expect(await page.getByLabel("Your name").inputValue()).toBe("Sam");
  });

  it("reads at 390 px wide without horizontal overflow", async () => {
    const page = await newPage(env.browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${env.app().url}/cohorts/demo`);
    expect(await horizontalOverflow(page)).toEqual([]);
  });
});
