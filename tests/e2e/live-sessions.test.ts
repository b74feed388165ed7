/**
 * Issue 16, item 4, in Chromium: the facilitator schedules a live session on a phone (390 px);
 * the demo participant, who lives in Tokyo, sees it on her home in her own time; her personal
 * calendar feed, fetched as a calendar app would (no cookie), parses back to the right instant;
 * a visitor sees none of it; the facilitator cancels it without JavaScript after a confirm step.
 */
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";
import { DEMO_LIVE_SESSIONS } from "../../db/seed/demo-community";

// The demo seed puts its cohort (New York) on day 12 at this instant.
const NOW = new Date("2026-11-21T17:00:00Z");
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });
const TITLE = "Week 3 live: hiring well";
const PHONE = { width: 390, height: 844 };

async function openSessions(page: Page): Promise<void> {
  await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
  await page.getByRole("link", { name: "Spring leadership cohort" }).click();
  await page.getByRole("link", { name: "Live sessions" }).click();
  await page.getByRole("heading", { level: 1, name: "Live sessions" }).waitFor();
}

describe("a live session", () => {
  it("is scheduled on a phone, seen by a participant in her own zone, and in her calendar at the right instant", { timeout: 120_000 }, async () => {
    sqlOn(env.app().databaseFile, (db) => db.prepare("update users set time_zone = 'Asia/Tokyo' where email = 'participant@example.com'").run());
    const fac = await newPage(env.browser(), { viewport: PHONE });
    await openSessions(fac);
    expect(await fac.getByText("Times here are in the cohort's time zone, America/New York.").count()).toBe(1);
    const form = fac.getByRole("region", { name: "Schedule a session" });
    await form.getByLabel("Title").fill(TITLE);
    await form.getByLabel("Date").fill("2026-11-24");
    await form.getByLabel("Time (America/New York)").fill("18:30");
    await form.getByLabel("Length in minutes").fill("60");
    await form.getByLabel("Video link").fill("http://meet.example.com/week-3");
    await form.getByLabel("Agenda (optional)").fill("1. Who to hire next\n2. Your questions");
    await form.getByRole("button", { name: "Schedule the session" }).click();
    // A clear error beside the field; what was typed stays.
    await form.getByText("Paste a full link that starts with https://").waitFor();
    expect(await form.getByLabel("Title").inputValue()).toBe(TITLE);
    expect(await form.getByLabel("Agenda (optional)").inputValue()).toBe("1. Who to hire next\n2. Your questions");
    await form.getByLabel("Video link").fill("https://meet.example.com/week-3");
    await form.getByRole("button", { name: "Schedule the session" }).click();
    await fac.getByText("Session scheduled.").waitFor();
    const upcoming = fac.getByRole("region", { name: "Coming up" });
    expect(await upcoming.innerText()).toContain(`${TITLE}\nTuesday 24 November, 18:30–19:30 (1 hour)`);
    expect(await horizontalOverflow(fac)).toEqual([]);
    expect(await seriousViolations(fac)).toEqual([]);

    const dana = await newPage(env.browser(), { viewport: PHONE });
    await signInThroughMailbox(dana, env.app().url, "participant@example.com");
    const live = dana.getByRole("region", { name: "Live sessions" });
    await live.waitFor();
    const text = await live.innerText();
    // 18:30 in New York on the 24th is 08:30 on the 25th in Tokyo.
    expect(text).toContain(TITLE);
    expect(text).toContain("Wednesday 25 November, 08:30–09:30");
    expect(text).toContain("Asia/Tokyo time");
    expect(text).toContain("The link appears here 15 minutes before the start.");
    expect(text).toContain("1. Who to hire next\n2. Your questions");
    expect(await live.getByRole("link", { name: "Join the session" }).count()).toBe(0);
    // The demo's past session, with its recording.
    expect(await live.getByRole("link", { name: "Watch the recording" }).getAttribute("href")).toBe("https://video.example.com/tripod-demo/week-1-recording");
    expect(await horizontalOverflow(dana)).toEqual([]);
    expect(await seriousViolations(dana)).toEqual([]);

    // The personal feed, as a calendar app fetches it: no cookie.
    const feedUrl = await live.getByRole("link", { name: "Add the live sessions to your calendar" }).getAttribute("href");
    expect(feedUrl).toMatch(/\/cohorts\/demo\/my-calendar\.ics\?member=\d+\.[0-9a-f]{32}$/);
    const feed = await fetch(feedUrl!);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const event = events.find((e) => e.summary === `Live session: ${TITLE}`)!;
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-11-24T23:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-11-25T00:30:00.000Z");
    expect(events.filter((e) => e.startDate.isDate)).toHaveLength(30);
    expect((await fetch(feedUrl!.replace(/[0-9a-f]{32}$/, "0".repeat(32)))).status).toBe(404);

    // A visitor sees none of it, not even the title.
    const visitor = await (await fetch(`${env.app().url}/cohorts/demo`)).text();
    expect(visitor).not.toContain(TITLE);
    expect(visitor).not.toContain("meet.example.com");
  });

  it("is cancelled without JavaScript after a confirm step, and leaves the participant's home", { timeout: 120_000 }, async () => {
    const fac = await newPage(env.browser(), { javaScriptEnabled: false, viewport: PHONE });
    await openSessions(fac);
    await fac.getByRole("link", { name: TITLE }).click();
    await fac.getByRole("link", { name: "Cancel this session…" }).click();
    await fac.getByRole("heading", { name: `Cancel “${TITLE}”?` }).waitFor();
    expect(await horizontalOverflow(fac)).toEqual([]);
    await fac.getByRole("button", { name: "Yes, cancel it" }).click();
    await fac.getByText("Session cancelled.").waitFor();
    expect(await fac.getByRole("region", { name: "Coming up" }).innerText()).not.toContain(TITLE);

    const dana = await newPage(env.browser(), { javaScriptEnabled: false });
    await signInThroughMailbox(dana, env.app().url, "participant@example.com");
    const live = dana.getByRole("region", { name: "Live sessions" });
    await live.waitFor();
    expect(await live.innerText()).not.toContain(TITLE);
    expect(await live.innerText()).toContain(DEMO_LIVE_SESSIONS[1].title);
  });
});
