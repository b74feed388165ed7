/**
 * Issue 16, the day thread as people use it in Chromium: a participant shares a day with the
 * cohort; a peer replies and finds it helpful; someone in another cohort sees none of it; the
 * facilitator pins and hides. With JavaScript at 1280 px and without it at 390 px.
 */
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { communitySteps } from "../support/community";
import { useAppAndBrowser, waitForHydration } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const NOW = new Date("2026-11-21T17:00:00Z"); // the demo cohort is on day 12 (New York)
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });
const { enrollmentOf, outsider, signedIn, openDay, shareDay, replyAndReact } = communitySteps(env.app, env.browser);

const thread = (page: Page) => page.locator("#thread");

describe("a day's thread", () => {
  it.each([
    { javaScript: true, width: 1280, day: 11, author: "hannah.becker@example.com", authorName: "Hannah Becker", peer: "luis.fernandez@example.com", peerName: "Luis Fernández" },
    { javaScript: false, width: 390, day: 10, author: "nadia.haddad@example.com", authorName: "Nadia Haddad", peer: "kwame.mensah@example.com", peerName: "Kwame Mensah" },
  ])("share, reply, find helpful; nothing for another cohort; pin and hide (JavaScript $javaScript, $width px)", async ({ javaScript, width, day, author, authorName, peer, peerName }) => {
    const marker = `SHARED-MARKER-${day}`;
    const options = { javaScript, width };
    // The author completes the day for the cohort to read.
    const a = await signedIn(author, options);
    await openDay(a, enrollmentOf(author), day, javaScript);
    await shareDay(a, `${marker}: mapped the pipeline stages.`);
    await openDay(a, enrollmentOf(author), day, javaScript);
    expect(await thread(a).innerText()).toContain(marker);

    // A peer replies and finds it helpful.
    const p = await signedIn(peer, options);
    await openDay(p, enrollmentOf(peer), day, javaScript);
    expect(await thread(p).getByRole("article", { name: `Shared answer by ${authorName}` }).innerText()).toContain(marker);
    await replyAndReact(p, authorName, `REPLY-${day}: the same wait here.`, peerName);

    // The author sees both.
    await openDay(a, enrollmentOf(author), day, javaScript);
    expect(await thread(a).innerText()).toContain(`REPLY-${day}`);
    expect(await thread(a).innerText()).toContain("1 found this helpful");

    // Someone of another cohort, on the same day of theirs, sees nothing of it.
    const outsiderEmail = `outsider-${day}@example.com`;
    const outsiderEnrollment = outsider(outsiderEmail);
    const o = await signedIn(outsiderEmail, options);
    await openDay(o, outsiderEnrollment, day, javaScript);
    expect(await o.content()).not.toContain(marker);
    expect(await o.content()).not.toContain(`REPLY-${day}`);

    // The facilitator pins the answer and hides the reply: the author no longer sees it; its writer does, marked.
    const f = await signedIn("facilitator@example.com", options);
    await f.goto(`${env.app().url}/facilitate/cohorts/demo/days/${day}`);
    if (javaScript) await waitForHydration(f, "#thread form");
    const answer = f.getByRole("article", { name: `Shared answer by ${authorName}` });
    await answer.getByRole("button", { name: "Pin" }).click();
    await f.getByRole("article", { name: `Shared answer by ${authorName}` }).getByText("Pinned", { exact: true }).waitFor();
    await f.getByRole("article", { name: `Reply by ${peerName}` }).getByRole("button", { name: "Hide" }).click();
    await f.getByRole("article", { name: `Reply by ${peerName}` }).getByText(/Hidden by a facilitator/).waitFor();
    if (javaScript) expect(await seriousViolations(f)).toEqual([]);
    expect(await horizontalOverflow(f)).toEqual([]);

    await openDay(a, enrollmentOf(author), day, javaScript);
    expect(await thread(a).innerText()).not.toContain(`REPLY-${day}`);
    expect(await thread(a).locator(".thread-item").first().innerText()).toContain(marker);
    await openDay(p, enrollmentOf(peer), day, javaScript);
    expect(await thread(p).getByRole("article", { name: `Reply by ${peerName}` }).innerText()).toMatch(/Hidden by a facilitator\. Only you and the cohort's facilitators see it/);
    if (javaScript) expect(await seriousViolations(p)).toEqual([]);
    expect(await horizontalOverflow(p)).toEqual([]);
    for (const page of [a, p, o, f]) await page.context().close();
  }, 120_000);

  it("refuses an empty post and keeps an over-long one to shorten, without JavaScript", async () => {
    const page = await signedIn("sofia.lindqvist@example.com", { javaScript: false, width: 390 });
    const enrollment = enrollmentOf("sofia.lindqvist@example.com");
    await openDay(page, enrollment, 9, false);
    await page.getByRole("button", { name: "Post to the thread" }).click();
    await page.getByRole("alert").filter({ hasText: "Write your post first." }).first().waitFor();
    const long = "L".repeat(5_000);
    await page.getByLabel("Ask or tell the cohort something about day 9").fill(long);
    // The browser stops at the limit; what was typed is kept and can be posted.
    await page.getByRole("button", { name: "Post to the thread" }).click();
    await page.getByRole("status").filter({ hasText: "Posted to the day's thread." }).first().waitFor();
    expect(await thread(page).getByRole("article", { name: "Post by Sofia Lindqvist" }).innerText()).toContain(long);
    await page.context().close();
  });
});
