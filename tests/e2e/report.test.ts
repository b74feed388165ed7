import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { runTickCli, signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

describe("the balance report", () => {
  it("opens for the demo participant: scores, chart, diagnosis and days to revisit", async () => {
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, env.app().url, "participant@example.com");
    await page.getByRole("link", { name: "Your balance report" }).click();
    await page.getByRole("heading", { level: 1, name: "Your balance so far" }).waitFor();
    const chart = page.getByRole("img", { name: /Balance across Product, Process and People/ });
    expect(await chart.locator("desc").textContent()).toMatch(/^Product \d+ of 100, Process \d+ of 100, People \d+ of 100\. Balance index \d+ of 100\.$/);
    expect(await page.locator(".score-card").count()).toBe(3);
    const revisit = page.locator(".revisit a");
    if ((await revisit.count()) > 0) expect(await revisit.first().getAttribute("href")).toMatch(/\/learn\/\d+\/days\/\d+$/);
    expect(await page.getByRole("heading", { name: "How this is computed" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  it("arrives by email after the course ends, with a bar chart made of table cells", async () => {
    // The demo cohort's day 12 is today: thirty days on, the course is over.
    const output = await runTickCli(env.app(), new Date(Date.now() + 30 * 86_400_000));
    expect(output).toMatch(/report [1-9]\d*\)/);
    const page = await newPage(env.browser());
    await page.goto(`${env.app().url}/dev/mail`);
    await page.locator("tr", { hasText: "participant@example.com" }).filter({ hasText: "Your balance report" }).first().getByRole("link").click();
    await page.getByRole("heading", { name: "HTML part" }).waitFor();
    const body = page.frameLocator("iframe.mail-frame").locator("body");
    expect(await body.innerText()).toMatch(/Balance index: \d+ of 100/);
    expect(await body.innerHTML()).not.toMatch(/<svg|<img/);
    expect(await body.locator("td[width$='%']").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("a", { hasText: /\/learn\/\d+\/report$/ }).count()).toBe(1);
  });
});
