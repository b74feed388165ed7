import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { confirmSignIn, signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

async function signIn(page: Page, email: string) {
  await signInThroughMailbox(page, env.app().url, email);
  await page.getByRole("heading", { level: 1, name: /Good to see you/ }).waitFor();
}

async function doneCount(page: Page): Promise<number> {
  return Number(await page.locator(".stat").innerText());
}

describe("the demo participant's morning", () => {
  it("signs in, completes today's day with JavaScript (drafts autosave), and sees progress change", async () => {
    const page = await newPage(env.browser());
    await signIn(page, "participant@example.com");
    expect(await seriousViolations(page)).toEqual([]);
    const before = await doneCount(page);
    expect(await page.locator(".catch-up li").count()).toBe(2);

    await page.getByRole("link", { name: /^Start day 12/ }).click();
    await page.getByRole("heading", { level: 2, name: "Exercise" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("What you did and wrote down").fill("Ranked the four roadmap asks; said no to the badge redesign.");
    await page.getByText("Draft saved at").waitFor({ timeout: 10_000 });
    await page.reload();
    expect(await page.getByLabel("What you did and wrote down").inputValue()).toBe("Ranked the four roadmap asks; said no to the badge redesign.");

    await page.locator("#reflection").fill("Saying no felt easier with the outcome written down.");
    await page.getByText("4 · Mostly").click();
    await page.getByRole("button", { name: "Mark day complete" }).click();
    await page.getByText("Day 12 is complete. Well done.").waitFor();

    await page.getByRole("link", { name: /← Spring leadership cohort/ }).click();
    await page.getByRole("heading", { level: 1, name: /Good to see you/ }).waitFor();
    expect(await doneCount(page)).toBe(before + 1);
    expect(await page.getByRole("link", { name: /Catch up on day 10/ }).count()).toBe(1);
  });

  it("completes a day without JavaScript, and keeps the writing when a field is missing", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    const url = env.app().url;
    await page.goto(`${url}/login`);
    await page.getByLabel("Email address").fill("luis.fernandez@example.com");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.goto(`${url}/dev/mail`);
    await page.locator("tr", { hasText: "luis.fernandez@example.com" }).first().getByRole("link").click();
    await page.locator("a", { hasText: "/login/verify?token=" }).click();
    await confirmSignIn(page);
    await page.waitForURL(/\/learn\/\d+$/);
    const home = page.url();
    await page.goto(`${home}/days/12`);
    await page.getByLabel("What you did and wrote down").fill("Wrote the roadmap trade-offs for Thursday.");
    await page.getByRole("button", { name: "Mark day complete" }).click();
    expect(await page.locator(".field-error").first().innerText()).toMatch(/reflection question/);
    expect(await page.getByLabel("What you did and wrote down").inputValue()).toBe("Wrote the roadmap trade-offs for Thursday.");
    await page.locator("#reflection").fill("I said yes too fast last quarter.");
    await page.getByText("3 · Somewhat").click();
    await page.getByRole("button", { name: "Mark day complete" }).click();
    await page.getByText("Day 12 is complete. Well done.").waitFor();
    await page.goto(home);
    expect(await page.locator(".tile-done").count()).toBeGreaterThanOrEqual(12);
  });

  it("reads at 390 px wide: home and day page without horizontal overflow", async () => {
    const page = await newPage(env.browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(page, "priya.raman@example.com");
    await page.screenshot({ path: "test-results/home-390.png", fullPage: true });
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.goto(`${page.url()}/days/1`);
    await page.getByRole("heading", { level: 2, name: "Exercise" }).waitFor();
    await page.screenshot({ path: "test-results/day-390.png", fullPage: true });
    expect(await horizontalOverflow(page)).toEqual([]);
  });
});
