import Database from "better-sqlite3";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser({ env: { APP_NOW: "2026-11-21T12:00:00Z" } });

describe("home before the cohort starts", () => {
  for (const width of [1280, 390]) {
    it(`says when day 1 opens and what to expect, with no 0/0 bars, at ${width} px`, async () => {
      // The demo cohort moved to start a week after the app's pinned instant.
      const db = new Database(env.app().databaseFile);
      db.prepare("UPDATE cohorts SET starts_on = ? WHERE slug = 'demo'").run("2026-11-28");
      db.close();
      const page = await newPage(env.browser());
      await page.setViewportSize({ width, height: 844 });
      await signInThroughMailbox(page, env.app().url, "participant@example.com");
      await page.goto(`${env.app().url}/learn`);
      await page.getByText(/Day 1 opens on/).first().waitFor();
      await page.getByRole("heading", { name: "What to expect" }).waitFor();
      expect(await page.getByText("0/0").count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.close();
    });
  }
});
