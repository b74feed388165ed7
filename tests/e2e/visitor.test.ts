import { eq } from "drizzle-orm";
import { cohorts } from "../../db/schema";
import { openDatabase } from "../../db/client";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

describe("a visitor", () => {
  for (const width of [1280, 390]) {
    it(`follows the footer's "Status" link to a page for people, at ${width} px`, async () => {
      const page = await newPage(env.browser());
      await page.setViewportSize({ width, height: 844 });
      await page.goto(env.app().url);
      await page.getByRole("contentinfo").getByRole("link", { name: "Status" }).click();
      await page.getByRole("heading", { level: 1, name: "Tripod is up" }).waitFor();
      await page.getByText("The course database answers.").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.close();
    });
  }

  describe("finds a way in from the landing page and /course", () => {
    beforeAll(() => {
      // Beside the running demo: one starting later, one closed, one full (none of the last two may show).
      const db = openDatabase(env.app().databaseFile);
      const demo = db.select().from(cohorts).where(eq(cohorts.slug, "demo")).get()!;
      const add = (slug: string, title: string, extra: Partial<typeof cohorts.$inferInsert>) => db.insert(cohorts).values({ slug, title, startsOn: "2099-01-05", timeZone: "Europe/London", ...extra }).run();
      add("winter-start", "Winter start", { startsOn: demo.startsOn.replace(/^(\d{4})/, (y) => String(Number(y) + 1)) });
      add("closed-one", "Closed cohort", { enrollmentOpen: false });
      add("full-one", "Full cohort", { capacity: 1 });
      const full = db.select().from(cohorts).where(eq(cohorts.slug, "full-one")).get()!;
      db.$client.prepare("INSERT INTO enrollments (cohort_id, user_id, status) SELECT ?, id, 'active' FROM users LIMIT 1").run(full.id);
      db.$client.close();
    });

    for (const width of [1280, 390]) {
      for (const path of ["/", "/course"]) {
        it(`${path} lists the open cohorts with where each stands, and each link leads to enrolling (${width} px)`, async () => {
          const page = await newPage(env.browser(), { viewport: { width, height: 844 } });
          await page.goto(`${env.app().url}${path}`);
          const list = page.locator(".upcoming-list > li");
          expect(await list.count()).toBe(2);
          const running = list.filter({ hasText: "Spring leadership cohort" });
          expect(await running.innerText()).toMatch(/Running: on day 12 of 30, and you can still join \(you start with day 1\)/);
          expect(await running.innerText()).toMatch(/\d+ seats left/);
          expect(await list.filter({ hasText: "Winter start" }).innerText()).toMatch(/Starts \w+day, \d+ \w+ \d{4}/);
          expect(await page.getByText("Closed cohort").count()).toBe(0);
          expect(await page.getByText("Full cohort").count()).toBe(0);
          expect(await seriousViolations(page)).toEqual([]);
          expect(await horizontalOverflow(page)).toEqual([]);
          await running.getByRole("link", { name: "Spring leadership cohort", exact: true }).click();
          await page.getByRole("heading", { name: "Enroll" }).waitFor();
          await page.close();
        });
      }
    }
  });
});
