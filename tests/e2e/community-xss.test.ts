/**
 * Issue 16: every new text field (a shared answer, a post, a reply, a report's reason, an
 * announcement's title and text, a live session's title and agenda) takes markup that would
 * run script if it were ever put into a page as HTML. In Chromium, with JavaScript on, every
 * page that shows them is opened: nothing runs, and the text shows as typed. The emails hold
 * it escaped.
 */
import Database from "better-sqlite3";
import { castActors, type Cast } from "../support/actors";
import { newPage } from "../support/browser";
import { useAppAndBrowser } from "../support/e2e";

const NOW = new Date("2026-11-21T17:00:00Z"); // the demo cohort is on day 12 (New York)
const env = useAppAndBrowser({ env: { APP_NOW: NOW.toISOString(), SCHEDULER: "off" } });
const PAYLOAD = `<img src=x onerror="window.__xss=1"><svg onload="window.__xss=2"></svg>`;
const marked = (what: string) => `${what} ${PAYLOAD}`;
let cast: Cast;

async function post(path: string, cookie: string, fields: Record<string, string>): Promise<number> {
  const response = await fetch(`${env.app().url}${path}`, { method: "POST", headers: { Cookie: cookie, Origin: env.app().url, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString(), redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

describe("hostile markup in the community's text fields", () => {
  it("is shown as text on every page and kept escaped in every email", async () => {
    cast = castActors(env.app().databaseFile, NOW);
    const [owner, peer, facilitator] = [cast.cookies.owner!, cast.cookies.peer!, cast.cookies.facilitator!];
    const day7 = `/learn/${cast.world.ownerEnrollment}/days/7`;
    expect(await post(day7, owner, { intent: "complete", exerciseAnswer: marked("ANSWER"), reflection: marked("REFLECTION"), rating: "3", visibility: "cohort" })).toBe(200);
    expect(await post(day7, owner, { intent: "thread.post", body: marked("POST") })).toBe(200);
    const db = new Database(env.app().databaseFile);
    const ownPost = (db.prepare("select id from posts where body like 'POST %'").get() as { id: number }).id;
    db.close();
    const peerDay7 = `/learn/${cast.world.peerEnrollment}/days/7`;
    expect(await post(peerDay7, peer, { intent: "thread.reply", postId: String(ownPost), body: marked("REPLY") })).toBe(200);
    expect(await post(peerDay7, peer, { intent: "thread.report", postId: String(ownPost), reason: marked("REASON") })).toBe(200);
    expect(await post("/facilitate/cohorts/demo/days/7", facilitator, { intent: "thread.post", body: marked("FACILITATOR") })).toBe(200);
    expect(await post("/facilitate/cohorts/demo/announcements", facilitator, { intent: "send", title: marked("TITLE").slice(0, 110), body: marked("ANNOUNCEMENT") })).toBeLessThan(400);
    expect(await post("/facilitate/cohorts/demo/sessions", facilitator, { intent: "schedule", title: marked("SESSION").slice(0, 110), date: "2026-11-23", time: "12:00", durationMinutes: "60", videoUrl: "https://meet.example.com/abc", agenda: marked("AGENDA") })).toBeLessThan(400);

    const pages: [string, string, string[]][] = [
      ["owner", day7, ["ANSWER", "POST", "REPLY"]],
      ["owner", `/learn/${cast.world.ownerEnrollment}`, ["TITLE", "SESSION"]],
      ["owner", "/notifications", ["REPLY"]],
      ["owner", `/cohorts/demo`, ["SESSION"]],
      ["peer", peerDay7, ["ANSWER", "POST", "REPLY", "FACILITATOR"]],
      ["facilitator", "/facilitate/cohorts/demo/days/7", ["ANSWER", "POST", "REPLY", "REASON", "FACILITATOR"]],
      ["facilitator", "/facilitate/cohorts/demo/announcements", ["TITLE", "ANNOUNCEMENT"]],
      ["facilitator", "/facilitate/cohorts/demo/sessions", ["SESSION"]],
    ];
    for (const [actor, path, words] of pages) {
      const page = await newPage(env.browser());
      const [name, value] = (cast.cookies as Record<string, string>)[actor]!.split("=");
      await page.context().addCookies([{ name: name!, value: value!, url: env.app().url }]);
      await page.goto(`${env.app().url}${path}`);
      await page.waitForLoadState("networkidle");
      const text = await page.locator("body").innerText();
      for (const word of words) expect(text, `${path} shows ${word} as typed`).toContain(`${word} <img src=x onerror="window.__xss=1">`);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `${path} ran the markup`).toBeUndefined();
      expect(await page.locator("main img[src='x'], main svg[onload]").count()).toBe(0);
      await page.context().close();
    }

    const mail = new Database(env.app().databaseFile);
    const emails = mail.prepare("select kind, html from email_outbox where kind in ('announcement', 'live-reminder', 'activity')").all() as { kind: string; html: string }[];
    mail.close();
    expect(emails.some((e) => e.kind === "announcement")).toBe(true);
    for (const e of emails) expect(e.html, e.kind).not.toContain("<img src=x");
  }, 180_000);
});
