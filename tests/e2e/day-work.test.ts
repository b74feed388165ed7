/**
 * A participant's writing on a day page, as a person does it: complete a private day and
 * keep editing it; save drafts the facilitator must not read; hit the form's edges.
 * Each journey runs at 1280 and 390 px, and where a form is involved with and without
 * JavaScript.
 */
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { MAX_ANSWER } from "~/progress/forms";
import { seriousViolations } from "../support/axe";
import { clickAndLoad, newPage, slowNetwork } from "../support/browser";
import { signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

const WIDTHS = [
  { name: "1280 px", viewport: { width: 1280, height: 900 } },
  { name: "390 px", viewport: { width: 390, height: 844 } },
] as const;
const MODES = [
  { name: "with JavaScript", javaScriptEnabled: true },
  { name: "without JavaScript", javaScriptEnabled: false },
] as const;

/** Demo participants who are behind: each journey takes its own person, so runs do not meet. */
const PEOPLE = ["marcus.chen@example.com", "nadia.haddad@example.com", "hannah.becker@example.com", "olivia.grant@example.com"];

type Mode = (typeof MODES)[number];
type Width = (typeof WIDTHS)[number];

type SignedIn = Awaited<ReturnType<import("playwright-core").BrowserContext["storageState"]>>;
const signedIn = new Map<string, SignedIn>();

/** Signs in once per person through the mailbox (sign-in is rate-limited per client), then reuses the session. */
async function sessionOf(browser: Browser, email: string): Promise<SignedIn> {
  if (!signedIn.has(email)) {
    const page = await newPage(browser);
    await signInThroughMailbox(page, env.app().url, email);
    signedIn.set(email, await page.context().storageState());
    await page.context().close();
  }
  return signedIn.get(email)!;
}

async function participantPage(browser: Browser, email: string, width: Width, mode: Mode): Promise<Page> {
  const context = await browser.newContext({ viewport: width.viewport, javaScriptEnabled: mode.javaScriptEnabled, storageState: await sessionOf(browser, email) });
  const page = await context.newPage();
  await page.goto(`${env.app().url}/learn`);
  await page.waitForURL(/\/learn\/\d+$/);
  return page;
}

/** The first open day that is not done yet, from the home page's catch-up list or today's step. */
async function openIncompleteDay(page: Page): Promise<number> {
  const link = page.getByRole("link", { name: /^(Catch up on|Start|Continue) day \d+/ }).first();
  const label = await link.innerText();
  await link.click();
  await page.getByRole("heading", { level: 2, name: "Exercise" }).waitFor();
  return Number(/day (\d+)/.exec(label)![1]);
}

function stored(enrollmentDay: { enrollmentId: number; day: number }) {
  const db = new Database(env.app().databaseFile, { readonly: true });
  try {
    return db
      .prepare("SELECT exercise_answer AS exerciseAnswer, reflection, rating, visibility, completed_at AS completedAt FROM day_progress WHERE enrollment_id = ? AND day = ?")
      .get(enrollmentDay.enrollmentId, enrollmentDay.day) as { exerciseAnswer: string; reflection: string; rating: number | null; visibility: string; completedAt: number | null } | undefined;
  } finally {
    db.close();
  }
}

function where(page: Page): { enrollmentId: number; day: number } {
  const [, enrollmentId, day] = /\/learn\/(\d+)\/days\/(\d+)/.exec(page.url())!;
  return { enrollmentId: Number(enrollmentId), day: Number(day) };
}

/** The facilitator's view of one participant, as text. */
async function facilitatorView(browser: Browser, enrollmentId: number): Promise<string> {
  const context = await browser.newContext({ storageState: await sessionOf(browser, "facilitator@example.com") });
  const page = await context.newPage();
  await page.goto(`${env.app().url}/facilitate/cohorts/demo/people/${enrollmentId}`);
  const text = await page.locator("main").innerText();
  await page.context().close();
  return text;
}

/** Presses a submit button and waits until the page shows the answer (a new document without JavaScript, the revalidated page with it). */
async function submit(page: Page, button: string, mode: Mode) {
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  const revalidated = mode.javaScriptEnabled ? page.waitForResponse((r) => r.request().method() === "GET" && r.url().includes(".data")) : null;
  // Without JavaScript, the old page (with its earlier "Draft saved") answers until the new one has loaded.
  await clickAndLoad(page, () => page.getByRole("button", { name: button }).click(), mode.javaScriptEnabled);
  expect((await posted).status()).toBe(200);
  await revalidated;
  await page.getByRole("status").filter({ hasText: /complete\. Well done|Draft saved|Changes saved/ }).first().waitFor();
}

/** axe runs in the page, so it needs JavaScript; the markup is the same without. */
async function axeClean(page: Page, mode: Mode) {
  if (mode.javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
}

let person = 0;

describe("a completed private day keeps its rating and privacy through later saves", () => {
  for (const width of WIDTHS) {
    for (const mode of MODES) {
      it(`${width.name}, ${mode.name}`, async () => {
        const email = PEOPLE[person++ % PEOPLE.length]!;
        const page = await participantPage(env.browser(), email, width, mode);
        await openIncompleteDay(page);
        const marker = `private-marker-${width.viewport.width}-${mode.javaScriptEnabled ? "js" : "nojs"}`;
        const exercise = `Listed the three asks; ${marker}.`;
        await page.getByLabel("What you did and wrote down").fill(exercise);
        await page.locator("#reflection").fill("Writing it down made the trade-off plain.");
        await page.getByText("4 · Mostly").click();
        await page.getByRole("radio", { name: /^Only me/ }).check();
        await submit(page, "Mark day complete", mode);

        // The form shows what was just saved, not what the page held before.
        expect(await page.getByLabel("What you did and wrote down").inputValue()).toBe(exercise);
        expect(await page.getByRole("radio", { name: /4 · Mostly/ }).isChecked()).toBe(true);
        expect(await page.getByRole("radio", { name: /^Only me/ }).isChecked()).toBe(true);
        if (mode.javaScriptEnabled) expect(await page.locator(".char-count").first().innerText()).toBe(`${exercise.length} / ${MAX_ANSWER.toLocaleString("en-GB")}`);

        // Saving again, either way, loses nothing.
        await page.locator("#reflection").fill("Writing it down made the trade-off plain. Added a note.");
        await submit(page, "Save changes", mode);
        await submit(page, "Save draft", mode);
        const row = stored(where(page))!;
        expect(row).toMatchObject({ rating: 4, visibility: "self", exerciseAnswer: exercise, reflection: "Writing it down made the trade-off plain. Added a note." });
        expect(row.completedAt).not.toBeNull();
        expect(await page.getByRole("radio", { name: /4 · Mostly/ }).isChecked()).toBe(true);
        expect(await page.getByRole("radio", { name: /^Only me/ }).isChecked()).toBe(true);
        await axeClean(page, mode);
        expect(await horizontalOverflow(page)).toEqual([]);

        expect(await facilitatorView(env.browser(), where(page).enrollmentId)).not.toContain(marker);
        await page.context().close();
      });
    }
  }
});

describe("drafts are the writer's own until the day is complete", () => {
  for (const mode of MODES) {
    it(`a saved draft is not shown to the facilitator; the completed day is (${mode.name})`, async () => {
      const page = await participantPage(env.browser(), "jonah.feld@example.com", WIDTHS[mode.javaScriptEnabled ? 0 : 1], mode);
      await openIncompleteDay(page);
      const marker = `draft-marker-${mode.javaScriptEnabled ? "js" : "nojs"}`;
      await page.getByLabel("What you did and wrote down").fill(`Half-formed thoughts, ${marker}.`);
      await submit(page, "Save draft", mode);
      const { enrollmentId } = where(page);
      const before = await facilitatorView(env.browser(), enrollmentId);
      expect(before).not.toContain(marker);
      expect(before).toMatch(/\bin progress\b/); // the shared word for a day with saved work

      await page.locator("#reflection").fill("Shared on purpose.");
      await page.getByText("3 · Somewhat").click();
      await submit(page, "Mark day complete", mode);
      expect(await facilitatorView(env.browser(), enrollmentId)).toContain(marker);
      await page.context().close();
    });
  }
});

describe("the form's edges", () => {
  for (const width of WIDTHS) {
    it(`the five rating chips sit on one line (${width.name})`, async () => {
      const page = await participantPage(env.browser(), "ingrid.solberg@example.com", width, MODES[0]);
      await openIncompleteDay(page);
      const tops = await page.locator(".rating label").evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().top)));
      expect(tops).toHaveLength(5);
      expect(new Set(tops).size).toBe(1);
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.context().close();
    });
  }

  for (const mode of MODES) {
    it(`an empty "Mark day complete" explains each missing part and moves focus to the first (${mode.name})`, async () => {
      const page = await participantPage(env.browser(), "ingrid.solberg@example.com", WIDTHS[1], mode);
      await openIncompleteDay(page);
      await slowNetwork(page);
      await clickAndLoad(page, () => page.getByRole("button", { name: "Mark day complete" }).click(), mode.javaScriptEnabled);
      await page.getByRole("alert").first().waitFor();
      expect(await page.locator(".field-error").count()).toBeGreaterThanOrEqual(3);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("exerciseAnswer");
      await axeClean(page, mode);
      await page.context().close();
    });
  }

  it("a textarea takes no more than the limit, and a refused autosave says why next to the field", async () => {
    const page = await participantPage(env.browser(), "ingrid.solberg@example.com", WIDTHS[0], MODES[0]);
    await openIncompleteDay(page);
    const field = page.getByLabel("What you did and wrote down");
    await field.fill("x".repeat(MAX_ANSWER + 50));
    expect((await field.inputValue()).length).toBe(MAX_ANSWER);
    // Text that a browser without the limit could still send is refused with a note at the field.
    await field.evaluate((el: HTMLTextAreaElement, n) => {
      el.removeAttribute("maxlength");
      el.value = "y".repeat(n);
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.form!.dispatchEvent(new Event("change", { bubbles: true }));
    }, MAX_ANSWER + 10);
    await page.locator("#exerciseAnswer-error").waitFor({ timeout: 10_000 });
    expect(await page.locator("#exerciseAnswer-error").innerText()).toMatch(/limit is 20,000/);
    expect(await page.locator(".save-status").innerText()).toMatch(/not saved/i);
    await page.context().close();
  });
});
