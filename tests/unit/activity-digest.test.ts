import { activityDigestDue, activityKey, activitySubject, preferenceOf } from "~/community/activity-digest";
import { addDays, instantAt, localDateOf } from "~/time/local-date";

const at = (iso: string) => new Date(iso);

describe("the daily activity email's hour", () => {
  it("is due from the person's send hour in their zone, for that local date, with what came before the hour", () => {
    const ny = { timeZone: "America/New_York", sendHour: 7 };
    expect(activityDigestDue(ny, at("2026-11-21T11:59:59Z"))).toBeNull();
    expect(activityDigestDue(ny, at("2026-11-21T12:00:00Z"))).toEqual({ date: "2026-11-21", cutoff: at("2026-11-21T12:00:00Z") });
    // Later the same day it is the same date's digest (one key a day), with the same cut-off.
    expect(activityDigestDue(ny, at("2026-11-21T16:30:00Z"))).toEqual({ date: "2026-11-21", cutoff: at("2026-11-21T12:00:00Z") });
    expect(activityKey(42, "2026-11-21")).toBe("activity/42/2026-11-21");
  });

  it("reads the hour on the person's own clock: Kolkata at +5:30, Auckland a day ahead of Honolulu", () => {
    expect(activityDigestDue({ timeZone: "Asia/Kolkata", sendHour: 7 }, at("2026-11-21T01:29:00Z"))).toBeNull();
    expect(activityDigestDue({ timeZone: "Asia/Kolkata", sendHour: 7 }, at("2026-11-21T01:30:00Z"))?.date).toBe("2026-11-21");
    const instant = at("2026-11-21T20:00:00Z");
    expect(activityDigestDue({ timeZone: "Pacific/Auckland", sendHour: 8 }, instant)?.date).toBe("2026-11-22");
    expect(activityDigestDue({ timeZone: "Pacific/Honolulu", sendHour: 8 }, instant)?.date).toBe("2026-11-21");
  });

  it("in a DST gap goes at the first instant after it, and when clocks go back at the first 01:00", () => {
    // New York, 8 March 2026: 02:00 does not exist; clocks jump to 03:00 EDT (07:00Z).
    const gap = { timeZone: "America/New_York", sendHour: 2 };
    expect(activityDigestDue(gap, at("2026-03-08T06:59:00Z"))).toBeNull();
    expect(activityDigestDue(gap, at("2026-03-08T07:00:00Z"))).toEqual({ date: "2026-03-08", cutoff: at("2026-03-08T07:00:00Z") });
    // 1 November 2026: 01:00 happens twice; the first (EDT, 05:00Z) counts and the second is the same date's.
    const overlap = { timeZone: "America/New_York", sendHour: 1 };
    expect(activityDigestDue(overlap, at("2026-11-01T04:59:00Z"))).toBeNull();
    expect(activityDigestDue(overlap, at("2026-11-01T05:00:00Z"))).toEqual({ date: "2026-11-01", cutoff: at("2026-11-01T05:00:00Z") });
    expect(activityDigestDue(overlap, at("2026-11-01T06:00:00Z"))).toEqual({ date: "2026-11-01", cutoff: at("2026-11-01T05:00:00Z") });
  });

  it("after an outage waits for waking hours instead of sending at night", () => {
    const ny = { timeZone: "America/New_York", sendHour: 7 };
    expect(activityDigestDue(ny, at("2026-11-21T20:00:00Z"))?.date).toBe("2026-11-21"); // 15:00 local, late but awake
    expect(activityDigestDue(ny, at("2026-11-22T04:30:00Z"))).toBeNull(); // 23:30 local
    expect(activityDigestDue(ny, at("2026-11-22T11:00:00Z"))).toBeNull(); // 06:00 the next morning, before the hour
  });

  it("has a subject that is the one line, or the count of each kind", () => {
    const reply = { kind: "reply", text: "Amara Okafor replied to your answer on day 4" };
    const reaction = { kind: "reaction", text: "Sam Ortiz found your answer on day 4 helpful" };
    expect(activitySubject([reply])).toBe("Amara Okafor replied to your answer on day 4");
    expect(activitySubject([reply, reply, reaction])).toBe("2 replies and 1 reaction on your posts");
    expect(activitySubject([reaction, reaction])).toBe("2 reactions on your posts");
    expect(activitySubject([reply, reply])).toBe("2 replies on your posts");
  });

  it("takes the person's own zone and hour over the cohort's", () => {
    const cohort = { timeZone: "America/New_York", sendHour: 7 };
    expect(preferenceOf({ timeZone: null, sendHour: null }, cohort)).toEqual(cohort);
    expect(preferenceOf({ timeZone: "Europe/Paris", sendHour: null }, cohort)).toEqual({ timeZone: "Europe/Paris", sendHour: 7 });
    expect(preferenceOf({ timeZone: null, sendHour: 18 }, cohort)).toEqual({ timeZone: "America/New_York", sendHour: 18 });
  });

  // Ticks every five minutes through DST changes in zones with one-hour, half-hour and 45-minute
  // offsets: every local date gets its digest once, at its send hour, and none is skipped or doubled.
  const ZONES: [string, string][] = [
    ["America/New_York", "2026-03-06"],
    ["America/New_York", "2026-10-30"],
    ["Europe/London", "2026-03-27"],
    ["Europe/London", "2026-10-23"],
    ["Australia/Lord_Howe", "2026-04-03"],
    ["Australia/Lord_Howe", "2026-10-02"],
    ["Pacific/Chatham", "2026-04-03"],
    ["Pacific/Chatham", "2026-09-25"],
    ["Asia/Kolkata", "2026-03-27"],
  ];
  it.each(ZONES)("one a day at the send hour through DST in %s from %s", (timeZone, from) => {
    for (const sendHour of [0, 1, 2, 3, 7, 23]) {
      const first = new Map<string, number>();
      const start = instantAt(from, 0, timeZone).getTime();
      const end = instantAt(addDays(from, 5), 0, timeZone).getTime();
      for (let t = start; t < end; t += 5 * 60_000) {
        const due = activityDigestDue({ timeZone, sendHour }, new Date(t));
        if (due && !first.has(due.date)) first.set(due.date, t);
        if (due) expect(localDateOf(new Date(t), timeZone)).toBe(due.date);
      }
      const dates = [...first.keys()];
      expect(dates, `${timeZone} at ${sendHour}:00`).toEqual(Array.from({ length: 5 }, (_, i) => addDays(from, i)));
      for (const [date, t] of first) {
        // The first tick at or after the local send hour (ticks are five minutes apart).
        const expected = instantAt(date, sendHour, timeZone).getTime();
        expect(t - expected, `${timeZone} ${date} ${sendHour}:00`).toBeGreaterThanOrEqual(0);
        expect(t - expected).toBeLessThan(5 * 60_000);
      }
    }
  });
});
