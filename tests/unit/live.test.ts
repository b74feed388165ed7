import { createHash } from "node:crypto";
import ICAL from "ical.js";
import { buildCalendar } from "~/cohorts/ical";
import { calendarKey, calendarKeyMatches, memberParam, parseMemberParam } from "~/community/calendar-key.server";
import { describeDuration, describeWhen, localStartOf, phaseAt, reminderDue, reminderKey, resolveLocalStart, sessionCard, sessionsToShow, viewerZone } from "~/community/live";
import { isHttpsUrl, recordingSchema, sessionInput, sessionSchema } from "~/community/live-form";
import { liveSessionEvent, sequenceOf } from "~/community/live-ics";
import { consentVerdict } from "~/email/consent";

const at = (iso: string) => new Date(iso);
const ok = (r: ReturnType<typeof resolveLocalStart>) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe("a local start in the cohort's zone", () => {
  it("is the instant on that zone's clocks, either side of a DST change", () => {
    // Berlin moves to summer time on 29 March 2026: 18:00 is 17:00Z the day before, 16:00Z that day.
    expect(ok(resolveLocalStart("2026-03-28", "18:00", "Europe/Berlin")).instant.toISOString()).toBe("2026-03-28T17:00:00.000Z");
    expect(ok(resolveLocalStart("2026-03-29", "18:00", "Europe/Berlin")).instant.toISOString()).toBe("2026-03-29T16:00:00.000Z");
    expect(ok(resolveLocalStart("2026-11-23", "18:30", "America/New_York")).instant.toISOString()).toBe("2026-11-23T23:30:00.000Z");
    expect(ok(resolveLocalStart("2026-06-01", "09:00", "Asia/Kolkata")).instant.toISOString()).toBe("2026-06-01T03:30:00.000Z");
    expect(resolveLocalStart("2026-03-29", "18:00", "Europe/Berlin")).toMatchObject({ ambiguous: false });
    // A browser's time field may send seconds.
    expect(ok(resolveLocalStart("2026-03-29", "18:00:00", "Europe/Berlin")).instant.toISOString()).toBe("2026-03-29T16:00:00.000Z");
  });

  it("refuses a time the clocks jump over, saying which jump", () => {
    const berlin = resolveLocalStart("2026-03-29", "02:30", "Europe/Berlin");
    expect(berlin).toEqual({ ok: false, message: "02:30 does not exist on that date in Europe/Berlin: the clocks jump from 02:00 to 03:00 that night. Pick a time before 02:00 or from 03:00." });
    expect(resolveLocalStart("2026-03-08", "02:00", "America/New_York")).toMatchObject({ ok: false, message: expect.stringContaining("from 02:00 to 03:00") });
    // Lord Howe Island moves by half an hour.
    expect(resolveLocalStart("2026-10-04", "02:15", "Australia/Lord_Howe")).toMatchObject({ ok: false, message: expect.stringContaining("from 02:00 to 02:30") });
    expect(ok(resolveLocalStart("2026-10-04", "02:30", "Australia/Lord_Howe")).instant.toISOString()).toBe("2026-10-03T15:30:00.000Z");
    // The minute just before the jump exists.
    expect(ok(resolveLocalStart("2026-03-29", "01:59", "Europe/Berlin")).instant.toISOString()).toBe("2026-03-29T00:59:00.000Z");
  });

  it("takes the earlier of the two when the clocks go back and the time happens twice", () => {
    const berlin = ok(resolveLocalStart("2026-10-25", "02:30", "Europe/Berlin"));
    expect(berlin.instant.toISOString()).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST, not 02:30 CET (01:30Z)
    expect(berlin.ambiguous).toBe(true);
    const newYork = ok(resolveLocalStart("2026-11-01", "01:30", "America/New_York"));
    expect(newYork.instant.toISOString()).toBe("2026-11-01T05:30:00.000Z"); // EDT
    expect(newYork.ambiguous).toBe(true);
  });

  it("rejects dates and times that are not", () => {
    expect(resolveLocalStart("2026-02-30", "18:00", "Europe/Berlin").ok).toBe(false);
    expect(resolveLocalStart("2026-02-10", "24:00", "Europe/Berlin").ok).toBe(false);
    expect(resolveLocalStart("2026-02-10", "6pm", "Europe/Berlin").ok).toBe(false);
  });

  it("reads back into the form's date and time", () => {
    expect(localStartOf(at("2026-03-29T16:00:00Z"), "Europe/Berlin")).toEqual({ date: "2026-03-29", time: "18:00" });
    expect(localStartOf(at("2026-11-24T04:30:00Z"), "America/New_York")).toEqual({ date: "2026-11-23", time: "23:30" });
  });
});

describe("a session's phase and what a viewer sees", () => {
  const session = { id: 7, title: "Ask me anything", startsAt: at("2026-11-23T23:00:00Z"), durationMinutes: 60, videoUrl: "https://meet.example.com/abc", agenda: "One\nTwo", recordingUrl: null as string | null };
  const minutes = (n: number) => new Date(session.startsAt.getTime() + n * 60_000);

  it("is upcoming, opening from 15 minutes before, live from the start, ended at the end", () => {
    expect(phaseAt(session, minutes(-16))).toBe("upcoming");
    expect(phaseAt(session, new Date(minutes(-15).getTime() - 1))).toBe("upcoming");
    expect(phaseAt(session, minutes(-15))).toBe("opening");
    expect(phaseAt(session, minutes(0))).toBe("live");
    expect(phaseAt(session, new Date(minutes(60).getTime() - 1))).toBe("live");
    expect(phaseAt(session, minutes(60))).toBe("ended");
  });

  it("shows the video link only from 15 minutes before until the end, and the recording after", () => {
    expect(sessionCard(session, minutes(-16), "Europe/Berlin")).toMatchObject({ joinUrl: null, note: "The link appears here 15 minutes before the start.", recordingUrl: null });
    expect(sessionCard(session, minutes(-15), "Europe/Berlin")).toMatchObject({ joinUrl: "https://meet.example.com/abc", note: null });
    expect(sessionCard(session, minutes(30), "Europe/Berlin")).toMatchObject({ phase: "live", joinUrl: "https://meet.example.com/abc" });
    expect(sessionCard(session, minutes(61), "Europe/Berlin")).toMatchObject({ joinUrl: null, note: "No recording has been added yet.", recordingUrl: null });
    expect(sessionCard({ ...session, recordingUrl: "https://video.example.com/r" }, minutes(61), "Europe/Berlin")).toMatchObject({ joinUrl: null, note: null, recordingUrl: "https://video.example.com/r" });
    // Before it ends, a recording link is not offered even if one is set.
    expect(sessionCard({ ...session, recordingUrl: "https://video.example.com/r" }, minutes(-30), "Europe/Berlin").recordingUrl).toBeNull();
  });

  it("says when in the viewer's zone, naming the zone", () => {
    const now = at("2026-11-20T12:00:00Z");
    expect(describeWhen(session, "America/New_York", now)).toEqual({ date: "Monday 23 November", start: "18:00", time: "18:00–19:00", zone: "America/New York time", text: "Monday 23 November, 18:00–19:00 (America/New York time)" });
    expect(describeWhen(session, "Asia/Tokyo", now).text).toBe("Tuesday 24 November, 08:00–09:00 (Asia/Tokyo time)");
    expect(describeWhen(session, "Asia/Tokyo", at("2025-12-01T00:00:00Z")).date).toBe("Tuesday 24 November 2026");
    // The clocks go back during it: each end says which time it is on.
    expect(describeWhen({ startsAt: at("2026-10-25T00:30:00Z"), durationMinutes: 60 }, "Europe/Berlin", now).time).toBe("02:30 CEST–02:30 CET");
    expect(viewerZone("Asia/Tokyo", "America/New_York")).toBe("Asia/Tokyo");
    expect(viewerZone(null, "America/New_York")).toBe("America/New_York");
    expect([describeDuration(45), describeDuration(60), describeDuration(90), describeDuration(121)]).toEqual(["45 minutes", "1 hour", "1 hour 30 minutes", "2 hours 1 minute"]);
  });

  it("picks the next sessions not yet over and the latest one that ended", () => {
    const s = (id: number, iso: string) => ({ ...session, id, startsAt: at(iso) });
    const list = [s(1, "2026-11-10T23:00:00Z"), s(2, "2026-11-17T23:00:00Z"), s(5, "2026-12-08T23:00:00Z"), s(3, "2026-11-23T23:00:00Z"), s(4, "2026-12-01T23:00:00Z")];
    const shown = sessionsToShow(list, at("2026-11-23T23:30:00Z"));
    expect(shown.next.map((x) => x.id)).toEqual([3, 4]);
    expect(shown.last?.id).toBe(2);
    expect(sessionsToShow([], at("2026-11-23T23:30:00Z"))).toEqual({ next: [], last: null });
  });

  it("has its reminder due within the hour before the start, once per person and start", () => {
    expect(reminderDue(session, minutes(-61))).toBe(false);
    expect(reminderDue(session, minutes(-60))).toBe(true);
    expect(reminderDue(session, minutes(-1))).toBe(true);
    expect(reminderDue(session, minutes(0))).toBe(false);
    expect(reminderKey(7, session.startsAt, 42)).toBe(`live-reminder/7/${session.startsAt.getTime()}/42`);
  });
});

describe("the session form", () => {
  const fields = { title: "  Ask   me anything ", date: "2026-03-29", time: "18:00", durationMinutes: "60", videoUrl: "https://meet.example.com/abc", agenda: "Line one\r\nLine two\u0000" };
  const now = at("2026-03-01T12:00:00Z");

  it("checks each field with a message and turns the start into an instant", () => {
    const parsed = sessionSchema.parse(fields);
    expect(parsed).toMatchObject({ title: "Ask me anything", durationMinutes: 60, agenda: "Line one\nLine two" });
    const input = sessionInput(parsed, "Europe/Berlin", now);
    expect(input).toMatchObject({ ok: true, value: { startsAt: at("2026-03-29T16:00:00Z"), title: "Ask me anything" } });
    const bad = sessionSchema.safeParse({ ...fields, title: " ", durationMinutes: "4", videoUrl: "http://meet.example.com", agenda: "x".repeat(2001) });
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toEqual({
      title: "Give the session a title.",
      durationMinutes: "A session lasts at least 5 minutes.",
      videoUrl: "Paste a full link that starts with https://, like https://meet.example.com/abc.",
      agenda: "Keep the agenda to 2,000 characters.",
    });
    expect(sessionSchema.safeParse({ ...fields, title: "x".repeat(121) }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...fields, title: "x".repeat(120) }).success).toBe(true);
    expect(sessionSchema.safeParse({ ...fields, durationMinutes: "481" }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...fields, durationMinutes: "480" }).success).toBe(true);
  });

  it("refuses a start in the DST gap on the time field, and a start in the past unless it is the session's own", () => {
    expect(sessionInput(sessionSchema.parse({ ...fields, time: "02:30" }), "Europe/Berlin", now)).toMatchObject({ ok: false, errors: { time: expect.stringContaining("does not exist") } });
    const past = sessionSchema.parse({ ...fields, date: "2026-02-27" });
    expect(sessionInput(past, "Europe/Berlin", now)).toMatchObject({ ok: false, errors: { date: "Pick a start in the future: it is now 2026-03-01 13:00 in Europe/Berlin." } });
    expect(sessionInput(past, "Europe/Berlin", now, at("2026-02-27T17:00:00Z")).ok).toBe(true);
    expect(sessionInput(sessionSchema.parse({ ...fields, date: "2029-03-29" }), "Europe/Berlin", now)).toMatchObject({ ok: false, errors: { date: "Pick a start within the next two years." } });
  });

  it("takes https links only", () => {
    expect(isHttpsUrl("https://meet.example.com/j/123?pwd=a,b")).toBe(true);
    for (const bad of ["http://meet.example.com", "javascript:alert(1)", "https://", "meet.example.com", "https://exa mple.com", "https://user:pw@example.com", "https://example.com/\nX", "data:text/html,x"]) expect(isHttpsUrl(bad), bad).toBe(false);
    expect(recordingSchema.parse({ recordingUrl: " " })).toEqual({ recordingUrl: null });
    expect(recordingSchema.parse({ recordingUrl: "https://video.example.com/r" })).toEqual({ recordingUrl: "https://video.example.com/r" });
    expect(recordingSchema.safeParse({ recordingUrl: "ftp://video.example.com/r" }).success).toBe(false);
  });
});

describe("a session in the personal calendar", () => {
  const cohort = { slug: "berlin", title: "Berlin, spring", timeZone: "Europe/Berlin", startsOn: "2026-03-16", schedule: "daily" as const };
  const base = {
    id: 9,
    title: "Live Q&A; bring questions, please",
    startsAt: at("2026-03-29T16:00:00Z"),
    durationMinutes: 90,
    videoUrl: "https://meet.example.com/j/1?pwd=a,b",
    agenda: "1. Welcome\n2. Questions",
    recordingUrl: null,
    createdAt: at("2026-03-01T10:00:00Z"),
    updatedAt: null,
  };

  it("is a timed event in UTC with its end, a stable UID, the link and the zone in words", () => {
    const lines = liveSessionEvent(base, cohort, "https://tripod.example.org", at("2026-03-02T00:00:00Z"));
    expect(lines).toContain("UID:tripod-live-9@tripod.example.org");
    expect(lines).toContain("DTSTART:20260329T160000Z");
    expect(lines).toContain("DTEND:20260329T173000Z");
    expect(lines).toContain("SEQUENCE:0");
    expect(lines).toContain("LAST-MODIFIED:20260301T100000Z");
    expect(lines).toContain("URL:https://meet.example.com/j/1?pwd=a,b");
    expect(lines).toContain("SUMMARY:Live session: Live Q&A\\; bring questions\\, please");

    const text = buildCalendar(cohort, [], "https://tripod.example.org", at("2026-03-02T00:00:00Z"), { name: "Tripod: mine", events: lines });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-29T16:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-03-29T17:30:00.000Z");
    expect(event.summary).toBe("Live session: Live Q&A; bring questions, please");
    expect(event.description).toBe(
      "Sunday 29 March, 18:00–19:30 (Europe/Berlin time).\n\nJoin: https://meet.example.com/j/1?pwd=a,b\n\nAgenda:\n1. Welcome\n2. Questions\n\nBerlin, spring: https://tripod.example.org/cohorts/berlin",
    );
    expect(event.location).toBe("https://meet.example.com/j/1?pwd=a,b");
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it("bumps SEQUENCE and LAST-MODIFIED when edited", () => {
    const edited = { ...base, updatedAt: at("2026-03-05T08:00:00Z"), recordingUrl: "https://video.example.com/r" };
    expect(sequenceOf(base)).toBe(0);
    expect(sequenceOf(edited)).toBeGreaterThan(0);
    expect(sequenceOf({ ...edited, updatedAt: at("2026-03-05T08:00:05Z") })).toBeGreaterThan(sequenceOf(edited));
    const lines = liveSessionEvent(edited, cohort, "https://tripod.example.org", at("2026-03-06T00:00:00Z"));
    expect(lines).toContain("LAST-MODIFIED:20260305T080000Z");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toContain("Recording: https://video.example.com/r");
  });
});

describe("the personal feed's key", () => {
  const token = "a".repeat(40);

  it("is the first 32 hex characters of SHA-256 of calendar:<cohort>:<token>", () => {
    const expected = createHash("sha256").update(`calendar:3:${token}`).digest("hex").slice(0, 32);
    expect(calendarKey(3, token)).toBe(expected);
    expect(memberParam(3, 12, token)).toBe(`12.${expected}`);
    expect(calendarKey(4, token)).not.toBe(expected);
  });

  it("parses the member parameter strictly and compares keys", () => {
    expect(parseMemberParam(`12.${calendarKey(3, token)}`)).toEqual({ userId: 12, key: calendarKey(3, token) });
    for (const bad of [null, "", "12", "12.", `0.${"a".repeat(32)}`, `12.${"A".repeat(32)}`, `12.${"a".repeat(31)}`, `12.${"a".repeat(33)}`, `-1.${"a".repeat(32)}`]) expect(parseMemberParam(bad), String(bad)).toBeNull();
    expect(calendarKeyMatches(3, token, calendarKey(3, token))).toBe(true);
    expect(calendarKeyMatches(4, token, calendarKey(3, token))).toBe(false);
    expect(calendarKeyMatches(3, "b".repeat(40), calendarKey(3, token))).toBe(false);
    expect(calendarKeyMatches(3, null, calendarKey(3, ""))).toBe(false);
  });
});

describe("consent for a reminder", () => {
  const facts = { unsubscribed: false, dailyEmails: true, digestEmails: true, activityEmails: true, enrollmentStatus: "active" };

  it("is course email: stopped by unsubscribing from all of it or by leaving, not by pausing the daily lesson", () => {
    expect(consentVerdict("live-reminder", facts)).toEqual({ send: true });
    expect(consentVerdict("live-reminder", { ...facts, dailyEmails: false })).toEqual({ send: true });
    expect(consentVerdict("live-reminder", { ...facts, enrollmentStatus: null })).toEqual({ send: true }); // a facilitator's
    expect(consentVerdict("live-reminder", { ...facts, unsubscribed: true }).send).toBe(false);
    expect(consentVerdict("live-reminder", { ...facts, enrollmentStatus: "withdrawn" }).send).toBe(false);
  });
});
