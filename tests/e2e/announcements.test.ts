/**
 * Issue 16, items 3 and 5, at 390 px: the facilitator announces to the demo cohort; the demo
 * participant sees it on their home and in the header's count, marks it read (without a reload
 * with JavaScript, with a plain form post without), reads what is new on the notifications
 * page, and finds the email in /dev/mail.
 */
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

// The demo seed puts its cohort on day 12 at this instant (New York).
const NOW = new Date("2026-11-21T17:00:00Z");
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });
const PHONE = { width: 390, height: 844 };

const TITLE = "No live session next week";
const BODY = "Hello everyone,\n\nThe live session skips a week: I am at a conference.\nUse the hour to catch up on days 10 and 11.\n\n<script>alert('not html')</script>";

async function check(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toEqual([]);
}

const indicator = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });

describe("an announcement to the cohort", () => {
  it("goes from the facilitator to the participant's home, header, notifications and inbox (390 px)", async () => {
    const url = env.app().url;
    const facilitator = await newPage(env.browser(), { viewport: PHONE });
    await signInThroughMailbox(facilitator, url, "facilitator@example.com");
    await facilitator.getByRole("link", { name: "Spring leadership cohort" }).click();
    await facilitator.getByRole("link", { name: "Announcements" }).click();
    await facilitator.getByRole("heading", { level: 1, name: "Announcements" }).waitFor();
    // The demo's own announcement is listed with how many have read it.
    expect(await facilitator.getByRole("region", { name: "Sent" }).innerText()).toMatch(/Read by \d+ of 24\./);
    // A mistake keeps what was typed.
    await facilitator.getByLabel("Message").fill(BODY);
    await facilitator.getByRole("button", { name: "Send to 24 participants" }).click();
    await facilitator.getByText("Give the announcement a title.").waitFor();
    expect(await facilitator.getByLabel("Message").inputValue()).toBe(BODY);
    await facilitator.getByLabel("Title").fill(TITLE);
    await facilitator.getByRole("button", { name: "Preview" }).click();
    await facilitator.getByRole("region", { name: TITLE }).getByText("Use the hour to catch up on days 10 and 11.").waitFor();
    await check(facilitator);
    await facilitator.getByRole("button", { name: "Send to 24 participants" }).click();
    await facilitator.getByRole("status").getByText("Sent to 24 participants").waitFor();
    expect(await facilitator.getByRole("article", { name: TITLE }).innerText()).toContain("Read by 0 of 24.");

    const page = await newPage(env.browser(), { viewport: PHONE });
    await signInThroughMailbox(page, url, "participant@example.com");
    await page.goto(`${url}/learn`);
    const card = page.getByRole("region", { name: TITLE });
    await card.waitFor();
    // Newest first, above the demo's own; shown as text with its line breaks, never as HTML.
    expect(await page.locator(".announcement-card h2").allInnerTexts()).toEqual([TITLE, "Next live session: bring one change from your retro"]);
    expect(await card.innerText()).toContain("<script>alert('not html')</script>");
    expect(await card.locator("p br").count()).toBe(1);
    // Two announcements and the demo's feedback are among what is new (the demo's threads may add more).
    const unread = sqlOn(env.app().databaseFile, (db) => (db.prepare("select count(*) as n from notifications n join users u on u.id = n.user_id where u.email = 'participant@example.com' and n.read_at is null").get() as { n: number }).n);
    expect(unread).toBeGreaterThanOrEqual(3);
    expect(await indicator(page).getAttribute("href")).toBe("/notifications");
    expect(await indicator(page).innerText()).toMatch(new RegExp(`^Notifications\\s*${unread}$`));
    await page.getByRole("link", { name: `Notifications, ${unread} new` }).waitFor();
    await check(page);

    // Marked read in place, without a reload.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await card.getByRole("button", { name: "Mark as read" }).click();
    await card.waitFor({ state: "detached" });
    await page.getByRole("link", { name: `Notifications, ${unread - 1} new` }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /Good to see you/ }).waitFor();
    expect(await page.getByRole("region", { name: TITLE }).count()).toBe(0);

    // The notifications page: what is new, marked read by opening it.
    await indicator(page).click();
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    const list = page.getByRole("list", { name: "Notifications, page 1" });
    expect(await list.innerText()).toContain("Your facilitator left feedback on day 6");
    expect(await list.innerText()).toContain(TITLE);
    expect(await list.locator(".notification-new").filter({ hasText: "Next live session" }).count()).toBe(1);
    expect(await list.locator(".notification-new").filter({ hasText: TITLE }).count()).toBe(0);
    await check(page);
    await page.getByRole("link", { name: "Notifications", exact: true }).waitFor();
    // A new announcement (the demo's, unread until now) is read in place, opened; the one read on home stays folded.
    expect(await list.getByText("If you are behind, come anyway:", { exact: false }).isVisible()).toBe(true);
    expect(await list.getByText("Use the hour to catch up on days 10 and 11.").isVisible()).toBe(false);

    // The email, one per person.
    await page.goto(`${url}/dev/mail`);
    const rows = page.locator("tbody tr", { hasText: "participant@example.com" }).filter({ hasText: TITLE });
    expect(await rows.count()).toBe(1);
    expect(sqlOn(env.app().databaseFile, (db) => (db.prepare("select count(*) as n from email_outbox where kind = 'announcement'").get() as { n: number }).n)).toBe(24);
    await rows.first().getByRole("link").click();
    await page.getByRole("heading", { name: "Text part" }).waitFor();
    const text = await page.locator(".mail-text").innerText();
    expect(text).toContain("The live session skips a week: I am at a conference.\nUse the hour to catch up on days 10 and 11.");
    expect(text).toContain("/unsubscribe/");
  });

  it("can be marked read without JavaScript", async () => {
    const url = env.app().url;
    const page = await newPage(env.browser(), { viewport: PHONE, javaScriptEnabled: false });
    await signInThroughMailbox(page, url, "amara.okafor@example.com");
    await page.goto(`${url}/learn`);
    const cards = page.locator(".announcement-card");
    const before = await cards.count();
    expect(before).toBeGreaterThan(0);
    const title = await cards.first().locator("h2").innerText();
    await cards.first().getByRole("button", { name: "Mark as read" }).click();
    await page.getByRole("heading", { level: 1, name: /Good to see you/ }).waitFor();
    expect(await page.getByRole("region", { name: title }).count()).toBe(0);
    expect(await cards.count()).toBe(before - 1);
    expect(await horizontalOverflow(page)).toEqual([]);
  });
});
