/**
 * Issue 15, small things: /facilitate as a workspace home (a card per cohort, an empty state
 * that says what to do), and a copy button for the enrollment link.
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import { users } from "../../db/schema";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

describe("the facilitator's workspace home", () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px: a card per cohort with where it stands, seats, who needs attention and what to do next`, async () => {
      const page = await newPage(env.browser(), { viewport: { width, height: width === 390 ? 844 : 900 } });
      await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
      await page.goto(`${env.app().url}/facilitate`);
      const card = page.locator("article", { has: page.getByRole("heading", { name: "Spring leadership cohort" }) });
      await card.waitFor();
      const text = (await card.innerText()).replace(/\s+/g, " ");
      expect(text).toMatch(/Day 12 of 30/);
      expect(text).toMatch(/\d+ of 40 seats/);
      expect(text).toMatch(/\d+ need(s)? attention/);
      expect(await card.getByRole("link", { name: /Open the cohort|See who needs attention/ }).count()).toBeGreaterThan(0);
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it("a facilitator without cohorts is told what to do, with a way to create one", async () => {
    const db = openDatabase(env.app().databaseFile);
    try {
      if (!db.select().from(users).where(eq(users.email, "new.facilitator@example.org")).get()) {
        db.insert(users).values({ email: "new.facilitator@example.org", name: "Nia New", role: "facilitator" }).run();
      }
    } finally {
      db.$client.close();
    }
    const page = await newPage(env.browser(), { viewport: { width: 390, height: 844 } });
    await signInThroughMailbox(page, env.app().url, "new.facilitator@example.org");
    await page.goto(`${env.app().url}/facilitate`);
    await page.getByRole("heading", { name: "No cohorts yet" }).waitFor();
    await page.getByRole("link", { name: "Create a cohort" }).click();
    await page.waitForURL(/\/facilitate\/cohorts\/new$/);
  });
});

describe("the enrollment link", () => {
  it("has a copy button that puts the link on the clipboard and says so in place", async () => {
    const page = await newPage(env.browser(), { permissions: ["clipboard-read", "clipboard-write"] });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.app().url });
    await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
    await page.goto(`${env.app().url}/facilitate/cohorts/demo`);
    const link = `${env.app().url}/cohorts/demo`;
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  it("without JavaScript the link is still there to select, and no dead button is shown", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
    await page.goto(`${env.app().url}/facilitate/cohorts/demo`);
    expect(await page.getByText(`${env.app().url}/cohorts/demo`, { exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Copy link" }).count()).toBe(0);
  });
});
