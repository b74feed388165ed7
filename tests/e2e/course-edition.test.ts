/**
 * Issue 17, in Chromium at 390 px: the demo cohort follows the second edition; its day pages
 * show how long the steps take, the "this week" extension and the conversation kit (folded,
 * opened without JavaScript), and day 1 says the assessment's own instructions.
 */
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const NOW = new Date("2026-11-21T17:00:00Z");
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });

describe("the second edition on a phone", () => {
  it.each([true, false])("shows the timed exercise, the week's extension and the conversation kit (JavaScript %s)", async (javaScript) => {
    const page = await newPage(env.browser(), { javaScriptEnabled: javaScript, viewport: { width: 390, height: 844 } });
    await signInThroughMailbox(page, env.app().url, "participant@example.com");
    const { edition, id } = sqlOn(env.app().databaseFile, (db) => db.prepare("select c.edition, e.id from enrollments e join cohorts c on c.id = e.cohort_id join users u on u.id = e.user_id where u.email = 'participant@example.com' and c.slug = 'demo'").get() as { edition: string; id: number });
    expect(edition).toBe("2");
    await page.goto(`${env.app().url}/learn/${id}/days/11`);
    await page.getByRole("heading", { level: 1, name: "Expectations and underperformance" }).waitFor();
    expect(await page.getByText(/The steps take about \d+ minutes\./).count()).toBe(1);
    expect(await page.getByText("This week, if you have more time:").count()).toBe(1);
    const kit = page.getByRole("complementary", { name: "Conversation kit" });
    await kit.locator("summary").first().click();
    await kit.getByRole("heading", { name: /When to use it/i }).first().waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    if (javaScript) expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${env.app().url}/learn/${id}/days/1`);
    await page.getByText("Think of the last four weeks only.", { exact: false }).first().waitFor();
    await page.context().close();
  });
});
