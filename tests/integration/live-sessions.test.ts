/**
 * Live sessions through the routes (issue 16, item 4): a facilitator schedules, edits, adds the
 * recording and cancels; the cohort's own people see them in their zone; the personal feed
 * carries them as timed events; nobody else sees any of it.
 */
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { cohortFacilitators, cohorts, enrollments, liveSessions, users } from "../../db/schema";
import { memberParam } from "~/community/calendar-key.server";
import { sessionsToShow } from "~/community/live";
import { seedDemo } from "../../db/seed/demo";
import { useClock } from "~/time/clock.server";
import { action as listAction, loader as listLoader } from "~/routes/facilitate.cohorts.$slug.sessions._index";
import { action as editAction, loader as editLoader } from "~/routes/facilitate.cohorts.$slug.sessions.$sessionId";
import { loader as feedLoader } from "~/routes/cohorts.$slug.my-calendar[.]ics";
import { loader as publicFeedLoader } from "~/routes/cohorts.$slug.calendar[.]ics";
import { loader as homeLoader } from "~/routes/learn.$enrollmentId._index";
import { loader as cohortLoader } from "~/routes/cohorts.$slug._index";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
let clock = new Date("2026-03-20T12:00:00Z");
beforeEach(() => {
  t = freshDatabase();
  clock = new Date("2026-03-20T12:00:00Z");
  useClock(() => clock);
});
afterEach(() => {
  useClock(undefined);
  removeDatabase(t);
});

const MARKER = "MARKER-LIVE-4471";
const FIELDS = { intent: "schedule", title: `${MARKER} Week 2 live`, date: "2026-03-29", time: "18:00", durationMinutes: "60", videoUrl: "https://meet.example.com/berlin-2", agenda: "1. Welcome\n2. <b>Questions</b>" };

function world() {
  const fac = createUser(t.db, "fac@example.com", "facilitator", "Morgan Ellis");
  const cohort = t.db.insert(cohorts).values({ slug: "berlin", title: "Berlin spring", startsOn: "2026-03-16", timeZone: "Europe/Berlin" }).returning().get();
  t.db.insert(cohortFacilitators).values({ cohortId: cohort.id, userId: fac.id }).run();
  const ana = createUser(t.db, "ana@example.com", "participant", "Ana Sato");
  t.db.update(users).set({ timeZone: "Asia/Tokyo" }).where(eq(users.id, ana.id)).run();
  const anaSeat = enrollUser(t.db, cohort.id, ana.id);
  const ben = createUser(t.db, "ben@example.com", "participant", "Ben Ode");
  const benSeat = enrollUser(t.db, cohort.id, ben.id);
  const carl = createUser(t.db, "carl@example.com", "participant", "Carl Left");
  t.db.insert(enrollments).values({ cohortId: cohort.id, userId: carl.id, status: "withdrawn" }).run();
  const otherFac = createUser(t.db, "otherfac@example.com", "facilitator", "Olu Other");
  const other = createCohort(t.db, "london", otherFac.id);
  const outsider = createUser(t.db, "outsider@example.com", "participant", "Otto Outsider");
  const outsiderSeat = enrollUser(t.db, other.id, outsider.id);
  const admin = createUser(t.db, "admin@example.com", "admin", "Ada Admin");
  const cookie = (id: number) => signedInCookie(t.db, id, clock);
  return { fac, cohort, ana, anaSeat, ben, benSeat, carl, otherFac, other, outsider, outsiderSeat, admin, cookie };
}

const token = (userId: number) => t.db.select({ t: users.unsubscribeToken }).from(users).where(eq(users.id, userId)).get()!.t!;
const sessions = () => t.db.select().from(liveSessions).all();

async function schedule(cookie: string, fields: Record<string, string> = FIELDS) {
  return run(listAction, formRequest("/facilitate/cohorts/berlin/sessions", fields, { cookie }), { slug: "berlin" });
}

describe("scheduling a live session", () => {
  it("takes a local time in the cohort's zone; refuses a DST-gap time and bad fields with messages, keeping what was typed", async () => {
    const w = world();
    const gap = (await schedule(w.cookie(w.fac.id), { ...FIELDS, date: "2026-03-29", time: "02:30" })) as Response;
    expect(gap.status).toBe(400);
    const gapBody = (await gap.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(gapBody.errors.time).toBe("02:30 does not exist on that date in Europe/Berlin: the clocks jump from 02:00 to 03:00 that night. Pick a time before 02:00 or from 03:00.");
    expect(gapBody.values).toMatchObject({ title: FIELDS.title, agenda: FIELDS.agenda, time: "02:30" });

    const bad = (await schedule(w.cookie(w.fac.id), { ...FIELDS, title: "", durationMinutes: "500", videoUrl: "http://meet.example.com/x", agenda: "y".repeat(2001) })) as Response;
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(Object.keys(badBody.errors).sort()).toEqual(["agenda", "durationMinutes", "title", "videoUrl"]);
    expect(badBody.values.videoUrl).toBe("http://meet.example.com/x");
    expect(sessions()).toHaveLength(0);

    const done = (await schedule(w.cookie(w.fac.id))) as Response;
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/facilitate/cohorts/berlin/sessions?done=scheduled");
    // The day Berlin moves to summer time: 18:00 CEST is 16:00Z.
    expect(sessions()[0]).toMatchObject({ title: FIELDS.title, startsAt: new Date("2026-03-29T16:00:00Z"), durationMinutes: 60, agenda: FIELDS.agenda, createdBy: w.fac.id });

    // Twice that night when the clocks go back: the earlier, and the page says so.
    const twice = (await schedule(w.cookie(w.fac.id), { ...FIELDS, date: "2026-10-25", time: "02:30" })) as Response;
    expect(twice.headers.get("Location")).toBe("/facilitate/cohorts/berlin/sessions?done=twice");
    expect(sessions()[1]!.startsAt).toEqual(new Date("2026-10-25T00:30:00Z"));

    const page = (await run(listLoader, getRequest("/facilitate/cohorts/berlin/sessions?done=twice", { cookie: w.cookie(w.fac.id) }), { slug: "berlin" })) as { upcoming: { title: string; time: string }[]; notice: string; zone: string };
    expect(page.zone).toBe("Europe/Berlin");
    expect(page.notice).toMatch(/happens twice/);
    // The clocks go back during it: each end names its time.
    expect(page.upcoming.map((s) => s.time)).toEqual(["18:00–19:00", "02:30 CEST–02:30 CET"]);
  });

  it("is for the cohort's facilitators and admins only; another cohort's session does not exist at this address", async () => {
    const w = world();
    await schedule(w.cookie(w.fac.id));
    const id = String(sessions()[0]!.id);
    const otherSession = t.db.insert(liveSessions).values({ cohortId: w.other.id, title: "London only", startsAt: new Date("2026-04-01T17:00:00Z"), durationMinutes: 30, videoUrl: "https://meet.example.com/l" }).returning().get();
    const calls = [
      (cookie?: string) => run(listLoader, getRequest("/facilitate/cohorts/berlin/sessions", { cookie }), { slug: "berlin" }),
      (cookie?: string) => run(listAction, formRequest("/facilitate/cohorts/berlin/sessions", FIELDS, { cookie }), { slug: "berlin" }),
      (cookie?: string) => run(editLoader, getRequest(`/facilitate/cohorts/berlin/sessions/${id}`, { cookie }), { slug: "berlin", sessionId: id }),
      (cookie?: string) => run(editAction, formRequest(`/facilitate/cohorts/berlin/sessions/${id}`, { intent: "cancel", confirm: "yes" }, { cookie }), { slug: "berlin", sessionId: id }),
    ];
    for (const call of calls) {
      const anonymous = (await call()) as Response;
      expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
      for (const who of [w.ana.id, w.outsider.id, w.otherFac.id]) expect(((await call(w.cookie(who))) as Response).status).toBe(404);
    }
    expect(sessions()).toHaveLength(2);
    const elsewhere = String(otherSession.id);
    expect(((await run(editLoader, getRequest(`/facilitate/cohorts/berlin/sessions/${elsewhere}`, { cookie: w.cookie(w.fac.id) }), { slug: "berlin", sessionId: elsewhere })) as Response).status).toBe(404);
    expect(((await run(editAction, formRequest(`/facilitate/cohorts/berlin/sessions/${elsewhere}`, { intent: "cancel", confirm: "yes" }, { cookie: w.cookie(w.fac.id) }), { slug: "berlin", sessionId: elsewhere })) as Response).status).toBe(404);
    expect(((await run(editLoader, getRequest("/facilitate/cohorts/berlin/sessions/abc", { cookie: w.cookie(w.fac.id) }), { slug: "berlin", sessionId: "abc" })) as Response).status).toBe(404);
    // An admin may.
    expect(await run(editLoader, getRequest(`/facilitate/cohorts/berlin/sessions/${id}`, { cookie: w.cookie(w.admin.id) }), { slug: "berlin", sessionId: id })).toMatchObject({ session: { title: FIELDS.title } });
  });

  it("edits, takes the recording only once it has started, and cancels only after the confirm step", async () => {
    const w = world();
    await schedule(w.cookie(w.fac.id));
    const s = sessions()[0]!;
    const id = String(s.id);
    const post = (fields: Record<string, string>) => run(editAction, formRequest(`/facilitate/cohorts/berlin/sessions/${id}`, fields, { cookie: w.cookie(w.fac.id) }), { slug: "berlin", sessionId: id }) as Promise<Response>;
    const loaded = (await run(editLoader, getRequest(`/facilitate/cohorts/berlin/sessions/${id}`, { cookie: w.cookie(w.fac.id) }), { slug: "berlin", sessionId: id })) as { values: Record<string, string>; canRecord: boolean; confirmCancel: boolean };
    expect(loaded.values).toMatchObject({ date: "2026-03-29", time: "18:00", durationMinutes: "60" });
    expect(loaded).toMatchObject({ canRecord: false, confirmCancel: false });

    expect((await post({ ...FIELDS, intent: "update", time: "19:30", durationMinutes: "90" })).headers.get("Location")).toBe("/facilitate/cohorts/berlin/sessions?done=saved");
    expect(sessions()[0]).toMatchObject({ startsAt: new Date("2026-03-29T17:30:00Z"), durationMinutes: 90, updatedAt: clock });
    const early = await post({ intent: "recording", recordingUrl: "https://video.example.com/r" });
    expect(early.status).toBe(400);
    expect(sessions()[0]!.recordingUrl).toBeNull();

    clock = new Date("2026-03-29T19:30:00Z"); // after it
    // The past start may stay as it is when other fields change.
    expect((await post({ ...FIELDS, intent: "update", time: "19:30", durationMinutes: "90", title: "Renamed" })).status).toBe(302);
    const http = await post({ intent: "recording", recordingUrl: "http://video.example.com/r" });
    expect(http.status).toBe(400);
    expect(await http.json()).toMatchObject({ recordingError: expect.stringMatching(/https:\/\//), recordingValue: "http://video.example.com/r" });
    expect((await post({ intent: "recording", recordingUrl: "https://video.example.com/r" })).headers.get("Location")).toBe("/facilitate/cohorts/berlin/sessions?done=recording");
    expect(sessions()[0]!.recordingUrl).toBe("https://video.example.com/r");

    const confirm = (await run(editLoader, getRequest(`/facilitate/cohorts/berlin/sessions/${id}?cancel=1`, { cookie: w.cookie(w.fac.id) }), { slug: "berlin", sessionId: id })) as { confirmCancel: boolean };
    expect(confirm.confirmCancel).toBe(true);
    expect((await post({ intent: "cancel" })).status).toBe(400);
    expect(sessions()).toHaveLength(1);
    expect((await post({ intent: "cancel", confirm: "yes" })).headers.get("Location")).toBe("/facilitate/cohorts/berlin/sessions?done=cancelled");
    expect(sessions()).toHaveLength(0);
  });
});

type HomeData = { live: { next: { title: string; date: string; time: string; zone: string; joinUrl: string | null; note: string | null; agenda: string }[]; last: unknown; calendarUrl: string } | null };

describe("who sees a cohort's sessions", () => {
  it("shows them on home and the cohort page to its own people, in their own zone, and to nobody else", async () => {
    const w = world();
    await schedule(w.cookie(w.fac.id));
    const home = async (seat: number, userId: number) => (await run(homeLoader, getRequest(`/learn/${seat}`, { cookie: w.cookie(userId) }), { enrollmentId: String(seat) })) as HomeData;
    const ana = await home(w.anaSeat.id, w.ana.id);
    // 16:00Z is 01:00 the next day in Tokyo.
    expect(ana.live!.next[0]).toMatchObject({ title: FIELDS.title, date: "Monday 30 March", time: "01:00–02:00", zone: "Asia/Tokyo time", joinUrl: null, note: "The link appears here 15 minutes before the start.", agenda: FIELDS.agenda });
    expect(ana.live!.calendarUrl).toBe(`http://localhost:3000/cohorts/berlin/my-calendar.ics?member=${memberParam(w.cohort.id, w.ana.id, token(w.ana.id))}`);
    const ben = await home(w.benSeat.id, w.ben.id);
    expect(ben.live!.next[0]).toMatchObject({ date: "Sunday 29 March", time: "18:00–19:00", zone: "Europe/Berlin time" });

    const page = async (cookie?: string) => JSON.stringify(await run(cohortLoader, getRequest("/cohorts/berlin", { cookie }), { slug: "berlin" }));
    for (const member of [w.ben.id, w.fac.id]) expect(await page(w.cookie(member))).toContain(MARKER);
    for (const stranger of [undefined, w.cookie(w.outsider.id), w.cookie(w.otherFac.id), w.cookie(w.carl.id)]) {
      const text = await page(stranger);
      expect(text).not.toContain(MARKER);
      expect(text).not.toContain("meet.example.com");
      expect(text).toContain('"live":null');
    }
    // Another cohort's participant has no home here either.
    expect(((await run(homeLoader, getRequest(`/learn/${w.anaSeat.id}`, { cookie: w.cookie(w.outsider.id) }), { enrollmentId: String(w.anaSeat.id) })) as Response).status).toBe(404);
    expect((await home(w.outsiderSeat.id, w.outsider.id)).live).toBeNull();

    // The video link from 15 minutes before the start.
    clock = new Date("2026-03-29T15:45:00Z");
    expect((await home(w.anaSeat.id, w.ana.id)).live!.next[0]!.joinUrl).toBe(FIELDS.videoUrl);
  });
});

describe("the personal calendar feed", () => {
  const feed = (member: string | null, slug = "berlin") => runResponse(feedLoader, getRequest(`/cohorts/${slug}/my-calendar.ics${member === null ? "" : `?member=${encodeURIComponent(member)}`}`), { slug });
  const parse = async (response: Response) => new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

  it("carries the lesson days and each session as a timed event at the right instant, across a DST change", async () => {
    const w = world();
    await schedule(w.cookie(w.fac.id)); // 18:00 Berlin on 29 March: 16:00Z (summer time)
    await schedule(w.cookie(w.fac.id), { ...FIELDS, title: "The day before", date: "2026-03-28" }); // 18:00 Berlin: 17:00Z (winter time)
    const response = await feed(memberParam(w.cohort.id, w.ana.id, token(w.ana.id)));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-cache");
    const events = await parse(response);
    expect(events.filter((e) => e.startDate.isDate)).toHaveLength(30);
    const timed = events.filter((e) => !e.startDate.isDate);
    expect(timed.map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      ["Live session: The day before", "2026-03-28T17:00:00.000Z", "2026-03-28T18:00:00.000Z"],
      [`Live session: ${FIELDS.title}`, "2026-03-29T16:00:00.000Z", "2026-03-29T17:00:00.000Z"],
    ]);
    expect(timed[1]!.description).toContain("Sunday 29 March, 18:00–19:00 (Europe/Berlin time).");
    expect(timed[1]!.component.getFirstPropertyValue("url")).toBe(FIELDS.videoUrl);
    // A facilitator has one too.
    expect((await feed(memberParam(w.cohort.id, w.fac.id, token(w.fac.id)))).status).toBe(200);
  });

  it("keeps each event's UID and bumps SEQUENCE and LAST-MODIFIED when the session is edited", async () => {
    const w = world();
    await schedule(w.cookie(w.fac.id));
    const member = memberParam(w.cohort.id, w.ben.id, token(w.ben.id));
    const before = (await parse(await feed(member))).find((e) => !e.startDate.isDate)!;
    clock = new Date("2026-03-21T09:00:00Z");
    const id = String(sessions()[0]!.id);
    await run(editAction, formRequest(`/facilitate/cohorts/berlin/sessions/${id}`, { ...FIELDS, intent: "update", time: "18:30" }, { cookie: w.cookie(w.fac.id) }), { slug: "berlin", sessionId: id });
    const after = (await parse(await feed(member))).find((e) => !e.startDate.isDate)!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.component.getFirstPropertyValue("last-modified")!.toString()).not.toBe(before.component.getFirstPropertyValue("last-modified")!.toString());
    expect(after.startDate.toJSDate().toISOString()).toBe("2026-03-29T16:30:00.000Z");
  });

  it("is a 404 for a wrong key, another cohort's key, someone who left, and without one; the public feed stays lesson days only", async () => {
    const w = world();
    await schedule(w.cookie(w.fac.id));
    const anaKey = memberParam(w.cohort.id, w.ana.id, token(w.ana.id));
    const wrong = `${w.ana.id}.${"0".repeat(32)}`;
    for (const member of [null, "", wrong, anaKey.toUpperCase(), `${w.ben.id}.${anaKey.split(".")[1]}`, memberParam(w.other.id, w.ana.id, token(w.ana.id)), memberParam(w.cohort.id, w.carl.id, token(w.carl.id)), memberParam(w.cohort.id, w.outsider.id, token(w.outsider.id))]) {
      expect((await feed(member)).status, String(member)).toBe(404);
    }
    expect((await feed(anaKey, "london")).status).toBe(404);
    expect((await feed(anaKey, "nowhere")).status).toBe(404);
    // Leaving the cohort ends the feed.
    t.db.update(enrollments).set({ status: "withdrawn" }).where(eq(enrollments.id, w.anaSeat.id)).run();
    expect((await feed(anaKey)).status).toBe(404);

    const text = await (await runResponse(publicFeedLoader, getRequest("/cohorts/berlin/calendar.ics"), { slug: "berlin" })).text();
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain("meet.example.com");
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent")).toHaveLength(30);
  });
});

describe("the demo cohort", () => {
  it("has one past session with its recording and one coming up, relative to the demo's today", () => {
    const at = new Date("2026-11-21T17:00:00Z");
    seedDemo(t.db, at);
    const demo = t.db.select().from(cohorts).where(eq(cohorts.slug, "demo")).get()!;
    const { next, last } = sessionsToShow(sessions().filter((s) => s.cohortId === demo.id), at);
    expect(next).toHaveLength(1);
    expect(next[0]!.startsAt).toEqual(new Date("2026-11-23T17:00:00Z")); // noon in New York, two days ahead
    expect(last!.startsAt).toEqual(new Date("2026-11-18T17:00:00Z"));
    expect(last!.recordingUrl).toMatch(/^https:\/\//);
    // Seeding again replaces them.
    seedDemo(t.db, at);
    expect(sessions()).toHaveLength(2);
  });
});
