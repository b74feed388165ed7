import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";
import { startApp } from "../support/server";

describe("the public course page", () => {
  const env = useAppAndBrowser();

  it("is reached from the landing page and shows the 30 days by week", async () => {
    const page = await newPage(env.browser());
    await page.goto(env.app().url);
    await page.getByRole("link", { name: "See the 30 days" }).first().click();
    await page.waitForURL(`${env.app().url}/course`);
    // Client-side navigation changes the URL a moment before the new page renders.
    await page.getByRole("heading", { level: 1, name: "Thirty days, three pillars, one practice." }).waitFor();
    expect(await page.locator("h2", { hasText: /^Week \d/ }).count()).toBe(5);
    expect(await page.locator(".day-item").count()).toBe(30);
    // The newest edition: day 2 is the move from engineer to manager, a People day.
    const day2 = page.locator(".day-item").nth(1);
    expect(await day2.locator(".badge").innerText()).toBe("People");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("reads at 390 px wide without horizontal overflow", async () => {
    const page = await newPage(env.browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${env.app().url}/course`);
    expect(await horizontalOverflow(page)).toEqual([]);
  });
});

describe("starting with broken content", () => {
  it("refuses to start and names the file and field (in any edition)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-bad-content-"));
    try {
      fs.cpSync("content", dir, { recursive: true });
      const days = path.join(dir, "editions", "1", "days");
      const day2 = fs.readdirSync(days).find((f) => f.startsWith("02-"))!;
      const file = path.join(days, day2);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^minutes: \d+$/m, "minutes: 90"));
      await expect(startApp({ env: { CONTENT_DIR: dir } })).rejects.toThrow(new RegExp(`${day2}: minutes: must be 15 to 30`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
