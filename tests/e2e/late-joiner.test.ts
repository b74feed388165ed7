/**
 * Someone who joins the demo cohort on day 12: home starts them on day 1 with a plan, the
 * days before they joined are theirs at their own pace (no warning marks, no streak of 0),
 * and the facilitator does not see them as at risk for days that opened before they came.
 */
import { eq } from "drizzle-orm";
import { cohorts, enrollments, users } from "../../db/schema";
import { openDatabase } from "../../db/client";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

function joinNow(email: string, name: string) {
  const db = openDatabase(env.app().databaseFile);
  const demo = db.select().from(cohorts).where(eq(cohorts.slug, "demo")).get()!;
  const user = db.insert(users).values({ email, name }).returning().get();
  db.insert(enrollments).values({ cohortId: demo.id, userId: user.id, status: "active", createdAt: new Date() }).run();
  db.$client.close();
}

describe("a late joiner", () => {
  for (const width of [1280, 390]) {
    it(`starts with day 1 and a realistic plan, at ${width} px`, async () => {
      const email = `late.${width}@example.org`;
      joinNow(email, `Lee Late ${width}`);
      const page = await newPage(env.browser(), { viewport: { width, height: 900 } });
      await signInThroughMailbox(page, env.app().url, email);
      await page.getByRole("heading", { level: 1, name: /Good to see you/ }).waitFor();

      await page.getByText("Where to start").waitFor();
      expect(await page.getByRole("link", { name: "Start with day 1" }).count()).toBe(1);
      expect(await page.getByRole("link", { name: /^Start day 12/ }).count()).toBe(0);
      expect(await page.locator(".notice").filter({ hasText: "You joined when the cohort was on day 12" }).innerText()).toMatch(/level with the cohort by day 22/);
      expect(await page.getByText("your streak starts with your first day").count()).toBe(1);
      // Days 1-11: open, calm, no warning mark.
      expect(await page.locator(".tile-own-pace").count()).toBe(11);
      expect(await page.locator(".tile-to-catch-up").count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);

      await page.getByRole("link", { name: "Start with day 1" }).click();
      await page.getByRole("heading", { name: /Where you stand today: the baseline/ }).waitFor();
      await page.context().close();
    });
  }

  it("is not at risk on the facilitator's grid for the days that opened before they joined", async () => {
    joinNow("late.grid@example.org", "Gale Grid");
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
    await page.goto(`${env.app().url}/facilitate/cohorts/demo`);
    const row = page.locator("tr", { hasText: "Gale Grid" });
    await row.waitFor();
    expect(await row.innerText()).not.toMatch(/at risk/i);
    // The grid does mark risk: Marcus Chen, five days behind since the start, is at risk.
    expect(await page.locator("tr", { hasText: "Marcus Chen" }).innerText()).toMatch(/at risk/i);
    await page.context().close();
  });
});
