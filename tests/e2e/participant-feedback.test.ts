/**
 * Issue 15, item 4: the participant page was a wall of identical forms, and after sending
 * feedback the text stayed in the box and the confirmation was off-screen, which invited a
 * second send. Now: a summary first, forms only on days whose work the facilitator may read,
 * and the confirmation in place beside the emptied box, with and without JavaScript.
 */
import type Database from "better-sqlite3";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

// The demo seed puts its cohort on day 12 at this instant (New York).
const NOW = new Date("2026-11-21T17:00:00Z");
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });

const sql = <T>(run: (db: Database.Database) => T): T => sqlOn(env.app().databaseFile, run);

type Work = { day: number; completed: boolean; private: boolean };
/** The person's days of work as stored: which the facilitator may read (complete, not private). */
function workOf(email: string): { enrollmentId: number; days: Work[] } {
  return sql((db) => {
    const { id } = db.prepare("select e.id from enrollments e join users u on u.id = e.user_id join cohorts c on c.id = e.cohort_id where u.email = ? and c.slug = 'demo'").get(email) as { id: number };
    const rows = db.prepare("select day, completed_at as c, (visibility = 'self') as p from day_progress where enrollment_id = ? order by day").all(id) as { day: number; c: number | null; p: number }[];
    return { enrollmentId: id, days: rows.map((r) => ({ day: r.day, completed: r.c !== null, private: r.p === 1 })) };
  });
}
const feedbackCount = (enrollmentId: number, day: number) => sql((db) => (db.prepare("select count(*) as n from feedback where enrollment_id = ? and day = ?").get(enrollmentId, day) as { n: number }).n);

/** Whether the whole element is inside the viewport (what a person sees without scrolling). */
const inView = (locator: Locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });

async function openParticipant(page: Page, name: string): Promise<void> {
  await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
  await page.getByRole("link", { name: "Spring leadership cohort" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

describe("the participant page", () => {
  it.each([
    { name: "Hannah Becker", email: "hannah.becker@example.com", width: 1280, javaScript: true },
    { name: "Kwame Mensah", email: "kwame.mensah@example.com", width: 390, javaScript: false },
  ])("$name: summary first, forms only where there is work to read, feedback confirmed in place ($width px, JavaScript $javaScript)", async ({ name, email, width, javaScript }) => {
    const { enrollmentId, days } = workOf(email);
    const readable = days.filter((d) => d.completed && !d.private).map((d) => d.day);
    expect(readable.length).toBeGreaterThan(3);
    const page = await newPage(env.browser(), { javaScriptEnabled: javaScript, viewport: { width, height: 844 } });
    await openParticipant(page, name);

    // The summary comes first, in the grid's words.
    const summary = page.getByRole("region", { name: "Summary" });
    const done = days.filter((d) => d.completed).length;
    expect(await summary.innerText()).toContain(`${done} of 30 days done`);
    expect(await summary.innerText()).toMatch(/Last active/);
    expect(await summary.innerText()).toMatch(/Balance so far/);
    // One form per day whose work can be read; the other open days are a compact list.
    expect(await page.locator("textarea").count()).toBe(readable.length);
    expect(await page.getByRole("region", { name: "Days without work to read" }).innerText()).toContain("Day 12");
    if (javaScript) {
      expect(await seriousViolations(page)).toEqual([]);
    }

    // Feedback on the oldest readable day: the form furthest down the page.
    const day = readable[0]!;
    const before = feedbackCount(enrollmentId, day);
    const section = page.locator("section", { has: page.getByRole("heading", { name: new RegExp(`^Day ${day}:`) }) });
    const box = section.getByLabel(`Feedback on day ${day}`);
    const words = `Day ${day}: a clear account. Which of these will you try first, and with whom?`;
    await box.fill(words);
    await section.getByRole("button", { name: "Send feedback" }).click();
    const confirmation = section.getByRole("status");
    await confirmation.getByText(`Feedback on day ${day} saved and emailed to ${name}.`).waitFor();
    expect(await inView(confirmation)).toBe(true);
    expect(await section.getByLabel(`Feedback on day ${day}`).inputValue()).toBe("");
    expect(await section.locator(".feedback-item").last().innerText()).toContain(words);
    expect(feedbackCount(enrollmentId, day)).toBe(before + 1);

    // A second press sends nothing more.
    await section.getByRole("button", { name: "Send feedback" }).click();
    await section.getByText("Write some feedback first.").waitFor();
    expect(feedbackCount(enrollmentId, day)).toBe(before + 1);

    if (javaScript) {
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await horizontalOverflow(page)).toEqual([]);
    }
  });
});
