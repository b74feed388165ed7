/** Steps of the community's Chromium tests (issue 16), shared by the day-thread test and the journey. */
import type Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { newPage } from "./browser";
import { signInThroughMailbox, sqlOn, waitForHydration } from "./e2e";

export type Viewing = { javaScript: boolean; width: number };

export function communitySteps(app: () => { url: string; databaseFile: string }, browser: () => Browser) {
  const sql = <T>(run: (db: Database.Database) => T): T => sqlOn(app().databaseFile, run);

  const enrollmentOf = (email: string, slug = "demo") =>
    sql((db) => (db.prepare("select e.id from enrollments e join users u on u.id = e.user_id join cohorts c on c.id = e.cohort_id where u.email = ? and c.slug = ?").get(email, slug) as { id: number }).id);

  /** Someone in a second cohort on the same dates (made the first time it is needed). */
  const outsider = (email: string): number =>
    sql((db) => {
      const cohort = db.prepare("select id from cohorts where slug = 'elsewhere'").get() as { id: number } | undefined;
      const cohortId = cohort?.id ?? (db.prepare("insert into cohorts (slug, title, starts_on, time_zone) select 'elsewhere', 'Elsewhere cohort', starts_on, time_zone from cohorts where slug = 'demo' returning id").get() as { id: number }).id;
      const user = db.prepare("insert into users (email, name) values (?, 'Olga Outsider') returning id").get(email) as { id: number };
      return (db.prepare("insert into enrollments (cohort_id, user_id, status) values (?, ?, 'active') returning id").get(cohortId, user.id) as { id: number }).id;
    });

  async function signedIn(email: string, viewing: Viewing): Promise<Page> {
    const page = await newPage(browser(), { javaScriptEnabled: viewing.javaScript, viewport: { width: viewing.width, height: 844 } });
    // A step that cannot happen fails with its locator, not with the test's timeout.
    page.setDefaultTimeout(15_000);
    await signInThroughMailbox(page, app().url, email);
    return page;
  }

  async function openDay(page: Page, enrollmentId: number, day: number, javaScript: boolean): Promise<void> {
    await page.goto(`${app().url}/learn/${enrollmentId}/days/${day}`);
    await page.getByRole("heading", { name: `The cohort on day ${day}` }).waitFor();
    if (javaScript) await waitForHydration(page, "#thread form");
  }

  /** Completes (or saves again) a day with `exercise` as its answer, shared with the cohort. */
  async function shareDay(page: Page, exercise: string): Promise<void> {
    await page.getByLabel("What you did and wrote down").fill(exercise);
    await page.locator("#reflection").fill("Review waits longest.");
    await page.getByText("Mostly", { exact: true }).click();
    await page.getByRole("radio", { name: /^My cohort/ }).check();
    await page.getByRole("button", { name: /Mark day complete|Save changes/ }).click();
    await page.getByRole("status").filter({ hasText: /complete|Changes saved/ }).first().waitFor();
  }

  /** Replies to someone's shared answer and finds it helpful. */
  async function replyAndReact(page: Page, authorName: string, reply: string, replierName: string): Promise<void> {
    const shared = page.locator("#thread").getByRole("article", { name: `Shared answer by ${authorName}` });
    await shared.getByText("Reply", { exact: true }).click();
    await shared.getByLabel(`Your reply to ${authorName}`).fill(reply);
    await shared.getByRole("button", { name: "Post reply" }).click();
    await page.locator("#thread").getByRole("article", { name: `Reply by ${replierName}` }).waitFor();
    await page.locator("#thread").getByRole("article", { name: `Shared answer by ${authorName}` }).getByRole("button", { name: "This helped me" }).click();
    await page.locator("#thread").getByRole("article", { name: `Shared answer by ${authorName}` }).getByRole("button", { name: /✓ This helped me · \d/ }).waitFor();
  }

  return { sql, enrollmentOf, outsider, signedIn, openDay, shareDay, replyAndReact };
}
