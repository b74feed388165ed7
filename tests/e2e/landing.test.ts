import type { Browser } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

describe("the walking skeleton in Chromium", () => {
  it("serves the landing page with the product's look and no serious accessibility problems", async () => {
    const page = await newPage(env.browser());
    const response = await page.goto(env.app().url);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain("Tripod");
    expect(await page.locator("h1").innerText()).toMatch(/Product, Process and People/);
    expect(await page.locator("#three-ps article").count()).toBe(3);
    // The CSS system is loaded: pillar colours are custom properties on :root.
    const product = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--product").trim());
    expect(product).toMatch(/^#[0-9a-f]{6}$/i);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("reads at 390 px wide without horizontal overflow", async () => {
    const page = await newPage(env.browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(env.app().url);
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  it("answers /healthz with a database round-trip", async () => {
    const page = await newPage(env.browser());
    const response = await page.goto(`${env.app().url}/healthz`);
    expect(response?.status()).toBe(200);
    expect(JSON.parse(await page.locator("body").innerText())).toMatchObject({ status: "ok", database: { ok: true } });
  });

  it("shows a finished 404 page for an unknown address", async () => {
    const page = await newPage(env.browser());
    const response = await page.goto(`${env.app().url}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toContain("could not find");
  });

  it("printed where it runs, where the data lives and how to reach the demo", () => {
    expect(env.app().output()).toContain(`Tripod is running at ${env.app().url}`);
    expect(env.app().output()).toContain(env.app().databaseFile);
    expect(env.app().output()).toContain("demo data seeded");
  });
});
