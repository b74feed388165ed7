/**
 * Issue 16, privacy as a test: the demo participant plants a marker text in four days (only me,
 * my facilitators, my cohort, and a draft marked for the cohort), people talk about it, the
 * email tick runs; then every actor walks every page they can reach from the start pages (all
 * same-origin links, feeds and exports included) and every email is read. Each marker may show
 * only to the people its author allowed.
 */
import Database from "better-sqlite3";
import { castActors, type Cast } from "../support/actors";
import { runTickCli } from "../support/e2e";
import type { Actor } from "../support/route-table";
import { startApp, type RunningApp } from "../support/server";

const NOW = new Date("2026-11-21T17:00:00Z"); // the demo cohort is on day 12 (New York)
const MARKERS = { self: "MARKER-ONLY-ME-7Q", facilitators: "MARKER-FACILITATORS-3K", cohort: "MARKER-COHORT-9Z", draft: "MARKER-DRAFT-5W" } as const;
type Marker = keyof typeof MARKERS;
/** Who may read which marker. The owner wrote them all. */
const ALLOWED: Record<Actor, Marker[]> = {
  owner: ["self", "facilitators", "cohort", "draft"],
  facilitator: ["facilitators", "cohort"],
  admin: ["facilitators", "cohort"],
  peer: ["cohort"],
  outsider: [],
  otherFacilitator: [],
  anonymous: [],
};
const PAGE_LIMIT = 400;

let app: RunningApp;
let cast: Cast;

beforeAll(async () => {
  app = await startApp({ env: { APP_NOW: NOW.toISOString(), SCHEDULER: "off" } });
  cast = castActors(app.databaseFile, NOW);
}, 60_000);
afterAll(async () => {
  await app?.stop();
});

async function post(path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  const response = await fetch(`${app.url}${path}`, { method: "POST", headers: { Cookie: cookie, Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString(), redirect: "manual" });
  await response.arrayBuffer();
  return response;
}

const work = (marker: string) => ({ exerciseAnswer: `${marker} in the exercise.`, reflection: `${marker} in the reflection.`, rating: "3" });

/** Every same-origin page an actor reaches by following links from the start pages. */
async function walk(cookie: string | null, starts: string[]): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [...starts];
  while (queue.length > 0 && seen.size < PAGE_LIMIT) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const response = await fetch(`${app.url}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "follow" });
    const body = await response.text();
    seen.set(path, body);
    if (!(response.headers.get("content-type") ?? "").includes("text/html")) continue;
    for (const match of body.matchAll(/href="([^"#]+)/g)) {
      const href = match[1]!.replace(/&amp;/g, "&");
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      // Signing out, sign-in links and the unsubscribe pages change nothing here but the session; assets are not pages.
      if (/^\/(logout|login|unsubscribe|build\/|favicon)/.test(href) || /\.(css|js|png|svg|ico|woff2?)(\?|$)/.test(href)) continue;
      if (!seen.has(href)) queue.push(href);
    }
  }
  return seen;
}

describe("planted marker texts", () => {
  it("show only to the people their author allowed, on every page, feed, export and email", async () => {
    const owner = cast.cookies.owner!;
    const day = (n: number) => `/learn/${cast.world.ownerEnrollment}/days/${n}`;
    // The demo participant has days 1-9 complete; 11 is open and not started. Days 8 and 9 were
    // shared with the cohort first and then taken back: their place in the thread stays, unseen.
    for (const [n, marker, visibility] of [[9, MARKERS.self, "self"], [8, MARKERS.facilitators, "facilitators"]] as const) {
      expect((await post(day(n), owner, { intent: "complete", ...work(marker), visibility: "cohort" })).status).toBe(200);
      expect((await post(day(n), owner, { intent: "save", visibility })).status).toBe(200);
    }
    expect((await post(day(7), owner, { intent: "complete", ...work(MARKERS.cohort), visibility: "cohort" })).status).toBe(200);
    expect((await post(day(11), owner, { intent: "save", ...work(MARKERS.draft), visibility: "cohort" })).status).toBe(200);

    // The cohort talks about the shared day, and the facilitator answers the others.
    const db = new Database(app.databaseFile);
    const answerPost = (db.prepare("select p.id from posts p join day_progress d on d.id = p.progress_id where d.enrollment_id = ? and d.day = 7").get(cast.world.ownerEnrollment) as { id: number }).id;
    db.close();
    expect((await post(`/learn/${cast.world.peerEnrollment}/days/7`, cast.cookies.peer!, { intent: "thread.reply", postId: String(answerPost), body: "Good point, thank you." })).status).toBe(200);
    expect((await post(`/learn/${cast.world.peerEnrollment}/days/7`, cast.cookies.peer!, { intent: "thread.react", postId: String(answerPost) })).status).toBe(200);
    // Every kind of email the day can produce, then again a day later (digests and nudges).
    await runTickCli(app, NOW);
    await runTickCli(app, new Date(NOW.getTime() + 24 * 3_600_000));

    const starts = ["/", "/course", "/status", `/cohorts/${cast.world.cohort}`, `/cohorts/${cast.world.cohort}/calendar.ics`, "/learn", "/settings", "/account", "/notifications", "/facilitate", `/facilitate/cohorts/${cast.world.cohort}`, `/facilitate/cohorts/${cast.world.cohort}/export.csv`, `/learn/${cast.world.ownerEnrollment}`, `/learn/${cast.world.peerEnrollment}`, "/dev/mail"];
    const leaks: string[] = [];
    const reached: Record<string, number> = {};
    for (const [actor, cookie] of Object.entries(cast.cookies) as [Actor, string | null][]) {
      const pages = await walk(cookie, starts);
      reached[actor] = pages.size;
      for (const [path, body] of pages) {
        for (const [marker, text] of Object.entries(MARKERS) as [Marker, string][]) {
          // /dev/mail shows the emails, checked below for everyone alike.
          if (body.includes(text) && !ALLOWED[actor].includes(marker)) leaks.push(`${actor} sees ${marker} at ${path}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    // The walk really went everywhere: the owner reached their 30 days, the facilitator every participant's page and thread.
    expect(reached.owner).toBeGreaterThan(30);
    expect(reached.facilitator).toBeGreaterThan(50);
    // The control: the markers are findable where allowed.
    const seenBy = async (actor: Actor, path: string) => (await walk(cast.cookies[actor], [path])).get(path) ?? "";
    expect(await seenBy("peer", `/learn/${cast.world.peerEnrollment}/days/7`)).toContain(MARKERS.cohort);
    expect(await seenBy("owner", day(9))).toContain(MARKERS.self);

    const mail = new Database(app.databaseFile);
    const emails = mail.prepare("select kind, subject, html, text from email_outbox").all() as { kind: string; subject: string; html: string; text: string }[];
    mail.close();
    expect(emails.length).toBeGreaterThan(10);
    const inMail = emails.flatMap((e) => Object.values(MARKERS).filter((m) => `${e.subject}${e.html}${e.text}`.includes(m)).map((m) => `${e.kind}: ${m}`));
    expect(inMail).toEqual([]);
  }, 240_000);
});
