/**
 * Issue 16's acceptance journey, in Chromium on a phone-sized screen: two participants of the
 * demo cohort share, reply and react on a day; someone in another cohort sees none of it; the
 * facilitator pins, hides and announces; the announcement and the next morning's reply digest
 * arrive in /dev/mail; the upcoming live session is in the participant's calendar feed, parsed
 * back, at the right instant.
 */
import ICAL from "ical.js";
import { seriousViolations } from "../support/axe";
import { communitySteps } from "../support/community";
import { runTickCli, useAppAndBrowser, waitForHydration } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";
import { DEMO_LIVE_SESSIONS } from "../../db/seed/demo-community";

const NOW = new Date("2026-11-21T17:00:00Z"); // noon in New York: the demo cohort is on day 12
const NEXT_MORNING = new Date("2026-11-22T12:05:00Z"); // 07:05 in New York, the cohort's send hour
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString() } });
const { enrollmentOf, outsider, signedIn, openDay, shareDay, replyAndReact } = communitySteps(env.app, env.browser);
const PHONE = { javaScript: true, width: 390 };
const ANSWER = "JOURNEY-ANSWER: three items, all waiting on review.";
const TITLE = "Live session moved to the evening";

describe("the cohort as a place", () => {
  it("shares, replies, moderates, announces, emails and schedules, end to end", { timeout: 180_000 }, async () => {
    // Hannah shares day 11 with the cohort; Luis replies and finds it helpful.
    const hannah = await signedIn("hannah.becker@example.com", PHONE);
    await openDay(hannah, enrollmentOf("hannah.becker@example.com"), 11, true);
    await shareDay(hannah, ANSWER);
    const luis = await signedIn("luis.fernandez@example.com", PHONE);
    await openDay(luis, enrollmentOf("luis.fernandez@example.com"), 11, true);
    await replyAndReact(luis, "Hannah Becker", "Same here: review is where ours waits too.", "Luis Fernández");
    // Kwame posts something the facilitator will hide.
    const kwame = await signedIn("kwame.mensah@example.com", PHONE);
    await openDay(kwame, enrollmentOf("kwame.mensah@example.com"), 11, true);
    await kwame.getByLabel("Ask or tell the cohort something about day 11").fill("OFF-TOPIC: selling my old monitor, message me.");
    await kwame.getByRole("button", { name: "Post to the thread" }).click();
    await kwame.locator("#thread").getByRole("article", { name: "Post by Kwame Mensah" }).waitFor();

    // Someone in another cohort, on their own day 11, sees none of it.
    const olgaEnrollment = outsider("olga.outsider@example.com");
    const outsiderPage = await signedIn("olga.outsider@example.com", PHONE);
    await openDay(outsiderPage, olgaEnrollment, 11, true);
    const seenByOutsider = await outsiderPage.content();
    for (const text of ["JOURNEY-ANSWER", "Same here: review", "OFF-TOPIC"]) expect(seenByOutsider).not.toContain(text);

    // The facilitator pins Hannah's answer, hides Kwame's post and announces to the cohort.
    const morgan = await signedIn("facilitator@example.com", PHONE);
    await morgan.getByRole("link", { name: "Spring leadership cohort" }).click();
    await morgan.getByRole("link", { name: "Day 11", exact: true }).click();
    await waitForHydration(morgan, "#thread form");
    await morgan.getByRole("article", { name: "Shared answer by Hannah Becker" }).getByRole("button", { name: "Pin" }).click();
    await morgan.getByRole("article", { name: "Shared answer by Hannah Becker" }).getByText("Pinned", { exact: true }).waitFor();
    await morgan.getByRole("article", { name: "Post by Kwame Mensah" }).getByRole("button", { name: "Hide" }).click();
    await morgan.getByRole("article", { name: "Post by Kwame Mensah" }).getByText(/Hidden by a facilitator/).waitFor();
    expect(await horizontalOverflow(morgan)).toEqual([]);
    expect(await seriousViolations(morgan)).toEqual([]);
    await morgan.goto(`${env.app().url}/facilitate/cohorts/demo/announcements`);
    await morgan.getByLabel("Title", { exact: true }).fill(TITLE);
    await morgan.getByLabel("Message", { exact: true }).fill("Wednesday's session starts at 18:00 instead of noon. Same link.");
    await morgan.getByRole("button", { name: /^Send to \d+ participants$/ }).click();
    await morgan.getByRole("status").getByText(/Sent to \d+ participants/).waitFor();

    // Hannah: the pin on top, no hidden post, the announcement on home.
    await openDay(hannah, enrollmentOf("hannah.becker@example.com"), 11, true);
    expect(await hannah.locator("#thread .thread-item").first().innerText()).toContain("JOURNEY-ANSWER");
    expect(await hannah.locator("#thread").innerText()).not.toContain("OFF-TOPIC");
    await hannah.goto(`${env.app().url}/learn/${enrollmentOf("hannah.becker@example.com")}`);
    await hannah.getByRole("region", { name: TITLE }).waitFor();
    expect(await horizontalOverflow(hannah)).toEqual([]);

    // The next morning's tick: the reply digest goes; both emails are in the local mailbox.
    await runTickCli(env.app(), NEXT_MORNING);
    await hannah.goto(`${env.app().url}/dev/mail`);
    const rows = hannah.locator("tr", { hasText: "hannah.becker@example.com" });
    await rows.filter({ hasText: TITLE }).first().waitFor();
    const digest = rows.filter({ hasText: /Luis Fernández|1 reply/ });
    expect(await digest.count()).toBe(1);
    await digest.getByRole("link").first().click();
    await hannah.getByRole("heading", { name: "HTML part" }).waitFor();
    const mail = await hannah.locator("body").innerText();
    expect(mail).toContain("Same here: review is where ours waits too.");
    expect(mail).not.toContain("OFF-TOPIC");

    // The upcoming live session, in Hannah's calendar at noon New York on Monday 23 November.
    await hannah.goto(`${env.app().url}/learn/${enrollmentOf("hannah.becker@example.com")}`);
    const feedUrl = await hannah.getByRole("link", { name: "Add the live sessions to your calendar" }).getAttribute("href");
    const events = new ICAL.Component(ICAL.parse(await (await fetch(feedUrl!)).text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const session = events.find((e) => e.summary === `Live session: ${DEMO_LIVE_SESSIONS[1].title}`)!;
    expect(session.startDate.toJSDate().toISOString()).toBe("2026-11-23T17:00:00.000Z");
    for (const page of [hannah, luis, kwame, outsiderPage, morgan]) await page.context().close();
  });
});
