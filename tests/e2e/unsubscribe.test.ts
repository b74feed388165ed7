import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { horizontalOverflow } from "../support/layout";
import { runTickCli, useAppAndBrowser } from "../support/e2e";

/**
 * The demo's morning in New York (10:00), pinned: with the real clock, between 21:00 and 07:00
 * there the planner holds a catch-up email for the morning, and the test found no email.
 */
const MORNING = "2026-11-22T15:00:00Z";
const env = useAppAndBrowser({ env: { APP_NOW: MORNING } });

describe("unsubscribing from an email", () => {
  it("works from the link in a daily email in /dev/mail, and one-click POST works without a session", async () => {
    expect(await runTickCli(env.app(), new Date(MORNING))).toMatch(/^tick .*: planned [1-9]\d* /);
    const page = await newPage(env.browser());
    await page.goto(`${env.app().url}/dev/mail`);
    const row = page.locator("tr", { hasText: "marcus.chen@example.com" }).first();
    await row.getByRole("link").click();
    await page.getByRole("heading", { name: "HTML part" }).waitFor();
    const headers = await page.locator("table").first().innerText();
    expect(headers).toContain("List-Unsubscribe-Post\tList-Unsubscribe=One-Click");
    const link = page.locator("a", { hasText: "/unsubscribe/" });
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.getByRole("heading", { level: 1, name: "Your Tripod emails" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Pause daily emails (keep the final report)" }).click();
    await page.getByText("Daily emails are paused.").first().waitFor();

    // The mail provider's one-click request: a POST with no session and no Origin.
    const oneClick = await fetch(href, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(oneClick.status).toBe(200);
    await page.reload();
    await page.getByText("You are unsubscribed from all course email.").waitFor();
  });

  it("is a 404 for a made-up token", async () => {
    expect((await fetch(`${env.app().url}/unsubscribe/${"0".repeat(40)}`)).status).toBe(404);
  });
});

describe("the email preferences page shows the current setting", () => {
  const env2 = useAppAndBrowser();
  const token = (email = "marcus.chen@example.com"): string => {
    const db = new Database(env2.app().databaseFile, { readonly: true });
    try {
      return (db.prepare("SELECT unsubscribe_token AS t FROM users WHERE email = ?").get(email) as { t: string }).t;
    } finally {
      db.close();
    }
  };
  const buttons = async (page: Page): Promise<string[]> => (await page.locator("main form button").allInnerTexts()).map((t) => t.trim());
  const primary = async (page: Page): Promise<string[]> => (await page.locator("main form button.button:not(.button-secondary):not(.button-danger)").allInnerTexts()).map((t) => t.trim());

  for (const width of [1280, 390]) {
    for (const javaScriptEnabled of [true, false]) {
      it(`offers only the buttons that change it, at ${width} px, ${javaScriptEnabled ? "with" : "without"} JavaScript`, async () => {
        const page = await newPage(env2.browser(), { javaScriptEnabled });
        await page.setViewportSize({ width, height: 844 });
        const url = `${env2.app().url}/unsubscribe/${token()}`;
        await page.goto(url);
        // Subscribed: the state in words, no "send again", pausing is the main choice.
        await page.getByText("You get a short email each course morning").waitFor();
        await expect.poll(() => buttons(page)).toEqual(["Pause daily emails (keep the final report)", "Unsubscribe from all course email", "Stop activity emails"]);
        expect(await primary(page)).toEqual(["Pause daily emails (keep the final report)"]);
        // axe needs timers, which a page without JavaScript does not run; the markup is the same.
        if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toEqual([]);

        await page.getByRole("button", { name: "Pause daily emails (keep the final report)" }).click();
        await page.getByRole("status").getByText("Daily emails are paused.").waitFor();
        await expect.poll(() => buttons(page)).toEqual(["Send me daily emails again", "Unsubscribe from all course email", "Stop activity emails"]);
        expect(await primary(page)).toEqual(["Send me daily emails again"]);

        await page.goto(url);
        await page.getByText("Daily emails are paused.").waitFor();
        await expect.poll(() => buttons(page)).toEqual(["Send me daily emails again", "Unsubscribe from all course email", "Stop activity emails"]);

        await page.getByRole("button", { name: "Unsubscribe from all course email" }).click();
        await page.getByRole("status").getByText("You are unsubscribed from all course email.").waitFor();
        await expect.poll(() => buttons(page)).toEqual(["Send me daily emails again"]);
        await page.goto(url);
        await page.getByText("You are unsubscribed from all course email.").waitFor();
        await expect.poll(() => buttons(page)).toEqual(["Send me daily emails again"]);
        // axe needs timers, which a page without JavaScript does not run; the markup is the same.
        if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toEqual([]);

        await page.getByRole("button", { name: "Send me daily emails again" }).click();
        await page.getByRole("status").getByText("Daily emails are back on.").waitFor();
        await expect.poll(() => buttons(page)).toEqual(["Pause daily emails (keep the final report)", "Unsubscribe from all course email", "Stop activity emails"]);
        await page.close();
      });
    }
  }

  it("lets a facilitator stop the weekly digest alone, and start it again", async () => {
    const page = await newPage(env2.browser());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${env2.app().url}/unsubscribe/${token("facilitator@example.com")}?list=digest`);
    const digest = page.getByRole("form", { name: "Weekly digest" });
    await digest.getByText("On Mondays you get one email per cohort you facilitate").waitFor();
    await digest.getByRole("button", { name: "Stop the weekly digest" }).click();
    await page.getByRole("status").getByText("The weekly digest is turned off.").waitFor();
    await digest.getByText("The weekly digest is off.").waitFor();
    // Course email is untouched: stopping one list is not stopping all.
    await expect.poll(() => buttons(page)).toEqual(["Pause daily emails (keep the final report)", "Unsubscribe from all course email", "Send me the weekly digest again", "Stop activity emails"]);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await digest.getByRole("button", { name: "Send me the weekly digest again" }).click();
    await page.getByRole("status").getByText("The weekly digest is back on").waitFor();
    await page.close();
  });

  it("lets a participant stop the activity email alone, and start it again", async () => {
    const page = await newPage(env2.browser());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${env2.app().url}/unsubscribe/${token("grace.liu@example.com")}?list=activity`);
    const activity = page.getByRole("form", { name: "Replies and reactions" });
    await activity.getByText("you get at most one email a day about it").waitFor();
    await activity.getByRole("button", { name: "Stop activity emails" }).click();
    await page.getByRole("status").getByText("Activity emails are turned off.").waitFor();
    await activity.getByText("Activity emails are off.").waitFor();
    await expect.poll(() => buttons(page)).toEqual(["Pause daily emails (keep the final report)", "Unsubscribe from all course email", "Send me activity emails again"]);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await activity.getByRole("button", { name: "Send me activity emails again" }).click();
    await page.getByRole("status").getByText("Activity emails are back on").waitFor();
    await page.close();
  });
});
