/**
 * Issue 15, item 2: a running cohort cannot be broken from its settings page. Day 1 of the
 * demo cohort opened eleven days ago: its calendar is shown as fixed, a crafted save that
 * moves it is refused, and renaming the address keeps every link already sent working.
 */
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { confirmSignIn, signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

describe("a running cohort's settings", () => {
  it("show the calendar as fixed, refuse a save that moves day 1, and rename without breaking a link", async () => {
    const url = env.app().url;
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, url, "facilitator@example.com");
    await page.goto(`${url}/facilitate/cohorts/demo/settings`);
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();

    // Day 1 opened: no date field to move it with, the facts and why instead.
    expect(await page.getByLabel("Day 1").count()).toBe(0);
    await page.getByText("Fixed since day 1 opened").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await horizontalOverflow(page)).toEqual([]);
    }

    // A save that moves day 1 anyway (an old tab, a script) is refused and changes nothing.
    await page.locator('input[name="startsOn"]').evaluate((input: HTMLInputElement) => (input.value = "2027-01-04"));
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText(/Day 1 opened on .*, so this is fixed/).waitFor();
    expect(page.url()).toContain("/facilitate/cohorts/demo/settings");

    // A new address: the old links (enrollment page, calendar feed, the workspace) still work.
    await page.reload();
    await page.getByLabel("Address").fill("spring-leaders");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForURL(/\/facilitate\/cohorts\/spring-leaders\?saved=1$/);

    const visitor = await newPage(env.browser());
    const landed = await visitor.goto(`${url}/cohorts/demo`);
    expect(landed!.status()).toBe(200);
    expect(new URL(visitor.url()).pathname).toBe("/cohorts/spring-leaders");
    const calendar = await fetch(`${url}/cohorts/demo/calendar.ics`, { redirect: "manual" });
    expect(calendar.status).toBe(301);
    expect(calendar.headers.get("Location")).toBe("/cohorts/spring-leaders/calendar.ics");
    await page.goto(`${url}/facilitate/cohorts/demo/settings`);
    expect(new URL(page.url()).pathname).toBe("/facilitate/cohorts/spring-leaders/settings");

    // Changing it back works too; then the other one is the former address.
    await page.getByLabel("Address").fill("demo");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForURL(/\/facilitate\/cohorts\/demo\?saved=1$/);
    const back = await fetch(`${url}/cohorts/spring-leaders`, { redirect: "manual" });
    expect(back.headers.get("Location")).toBe("/cohorts/demo");
    await visitor.close();
    await page.close();
  });

  it("runs the cohort again from its settings: the settings and the team copied, new dates, nobody enrolled", async () => {
    const url = env.app().url;
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, url, "facilitator@example.com");
    await page.goto(`${url}/facilitate/cohorts/demo/settings`);
    await page.getByRole("link", { name: /^Run .* again$/ }).click();
    await page.getByRole("heading", { level: 1, name: /^Run .* again$/ }).waitFor();
    expect(await page.getByLabel("Address").inputValue()).toBe("demo-2");
    expect(await page.getByLabel("Time zone").inputValue()).not.toBe("");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Day 1").fill("2027-03-01");
    await page.getByRole("button", { name: "Create cohort" }).click();
    await page.waitForURL(/\/facilitate\/cohorts\/demo-2\?created=1$/);
    await page.getByText("Nobody is enrolled yet.").first().waitFor();
    await page.close();
  });

  it("lets a facilitator invite a co-facilitator by email, who joins by signing in with the invitation", async () => {
    const url = env.app().url;
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, url, "facilitator@example.com");
    await page.goto(`${url}/facilitate/cohorts/demo/settings`);
    await page.getByLabel("Invite a co-facilitator by email").fill("grace.hopper@example.org");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByRole("status").getByText("Invitation sent to grace.hopper@example.org. They join when they sign in with it.").waitFor();
    await page.getByText("grace.hopper@example.org (invited, joins when they sign in)").waitFor();
    expect(await page.getByLabel("Invite a co-facilitator by email").inputValue()).toBe("");

    // Grace, in her own browser: the email's link signs her in and opens the cohort's workspace.
    const grace = await newPage(env.browser());
    await grace.setViewportSize({ width: 390, height: 844 });
    await grace.goto(`${url}/dev/mail`);
    await grace.locator("tr", { hasText: "grace.hopper@example.org" }).first().getByRole("link").click();
    await grace.getByRole("heading", { name: "HTML part" }).waitFor();
    await grace.locator("a", { hasText: "/login/verify?token=" }).first().click();
    await confirmSignIn(grace);
    expect(new URL(grace.url()).pathname).toBe("/facilitate/cohorts/demo");
    // The URL changes as the client navigation starts: wait for the workspace itself.
    await grace.getByRole("link", { name: "Invite people" }).waitFor();
    expect(await grace.getByRole("link", { name: "Invite people" }).count()).toBe(1);
    await page.reload();
    expect(await page.getByText("(invited, joins when they sign in)").count()).toBe(0);
    await grace.close();
    await page.close();
  });
});

