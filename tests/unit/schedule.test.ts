import {
  courseDates,
  courseEnd,
  dateOfDay,
  isDayOpen,
  nextSendInstant,
  openDays,
  positionAt,
  sendInstantFor,
  unlockInstant,
  type CohortCalendar,
} from "~/cohorts/schedule";

const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

describe("a daily cohort in New York across the March DST change", () => {
  const cohort: CohortCalendar = { startsOn: "2026-03-01", timeZone: "America/New_York", schedule: "daily" };
  const ny = { timeZone: "America/New_York", sendHour: 7 };

  it("unlocks each day at local midnight, before and after clocks go forward", () => {
    expect(iso(unlockInstant(cohort, 1))).toBe("2026-03-01T05:00:00.000Z");
    expect(iso(unlockInstant(cohort, 8))).toBe("2026-03-08T05:00:00.000Z"); // midnight is still EST
    expect(iso(unlockInstant(cohort, 9))).toBe("2026-03-09T04:00:00.000Z"); // EDT from now on
  });

  it("sends at 7:00 local on both sides of the change", () => {
    expect(iso(sendInstantFor(cohort, 7, ny))).toBe("2026-03-07T12:00:00.000Z");
    expect(iso(sendInstantFor(cohort, 8, ny))).toBe("2026-03-08T11:00:00.000Z");
  });

  it("moves a send hour inside the DST gap forward", () => {
    // 02:00 on 8 March does not exist in New York; the first moment after the gap is 03:00 EDT.
    expect(iso(sendInstantFor(cohort, 8, { timeZone: "America/New_York", sendHour: 2 }))).toBe("2026-03-08T07:00:00.000Z");
  });
});

describe("a daily cohort in New York across the November DST change", () => {
  const cohort: CohortCalendar = { startsOn: "2026-10-25", timeZone: "America/New_York", schedule: "daily" };

  it("unlocks at local midnight and sends at 7:00 local as clocks go back", () => {
    expect(dateOfDay(cohort, 8)).toBe("2026-11-01");
    expect(iso(unlockInstant(cohort, 8))).toBe("2026-11-01T04:00:00.000Z");
    expect(iso(unlockInstant(cohort, 9))).toBe("2026-11-02T05:00:00.000Z");
    expect(iso(sendInstantFor(cohort, 7, { timeZone: "America/New_York", sendHour: 7 }))).toBe("2026-10-31T11:00:00.000Z");
    expect(iso(sendInstantFor(cohort, 8, { timeZone: "America/New_York", sendHour: 7 }))).toBe("2026-11-01T12:00:00.000Z");
  });

  it("sends the repeated 1 am hour once, at its first occurrence", () => {
    expect(iso(sendInstantFor(cohort, 8, { timeZone: "America/New_York", sendHour: 1 }))).toBe("2026-11-01T05:00:00.000Z");
  });
});

describe("Pacific/Auckland", () => {
  const cohort: CohortCalendar = { startsOn: "2026-03-30", timeZone: "Pacific/Auckland", schedule: "daily" };

  it("follows New Zealand's April change from +13 to +12", () => {
    expect(iso(unlockInstant(cohort, 1))).toBe("2026-03-29T11:00:00.000Z");
    expect(iso(unlockInstant(cohort, 7))).toBe("2026-04-04T11:00:00.000Z"); // 5 April, still NZDT at midnight
    expect(iso(unlockInstant(cohort, 8))).toBe("2026-04-05T12:00:00.000Z"); // NZST
    expect(iso(sendInstantFor(cohort, 7, { timeZone: "Pacific/Auckland", sendHour: 7 }))).toBe("2026-04-04T19:00:00.000Z");
  });
});

describe("Asia/Kolkata (+05:30)", () => {
  const cohort: CohortCalendar = { startsOn: "2026-06-01", timeZone: "Asia/Kolkata", schedule: "daily" };

  it("handles a half-hour offset", () => {
    expect(iso(unlockInstant(cohort, 1))).toBe("2026-05-31T18:30:00.000Z");
    expect(iso(sendInstantFor(cohort, 1, { timeZone: "Asia/Kolkata", sendHour: 7 }))).toBe("2026-06-01T01:30:00.000Z");
    expect(positionAt(cohort, at("2026-05-31T18:29:59Z")).phase).toBe("before");
    expect(positionAt(cohort, at("2026-05-31T18:30:00Z"))).toEqual({ phase: "running", day: 1 });
  });
});

describe("a participant 13 hours ahead of their cohort", () => {
  // London is UTC+0 in January; Auckland is +13.
  const cohort: CohortCalendar = { startsOn: "2026-01-12", timeZone: "Europe/London", schedule: "daily" };
  const auckland = { timeZone: "Pacific/Auckland", sendHour: 7 };

  it("gets each day's email at their next 7:00 after the day opens in London", () => {
    expect(iso(unlockInstant(cohort, 1))).toBe("2026-01-12T00:00:00.000Z"); // 13:00 in Auckland
    expect(iso(sendInstantFor(cohort, 1, auckland))).toBe("2026-01-12T18:00:00.000Z"); // 13 Jan, 07:00 NZDT
  });

  it("and someone 10 hours behind gets it the same local morning", () => {
    expect(iso(sendInstantFor(cohort, 1, { timeZone: "Pacific/Honolulu", sendHour: 7 }))).toBe("2026-01-12T17:00:00.000Z");
  });
});

describe("a weekdays cohort", () => {
  // 20 November 2026 is a Friday.
  const cohort: CohortCalendar = { startsOn: "2026-11-20", timeZone: "Europe/Berlin", schedule: "weekdays" };

  it("skips Saturdays and Sundays", () => {
    const dates = courseDates(cohort);
    expect(dates.slice(0, 7)).toEqual(["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"]);
    expect(dates[29]).toBe("2026-12-31");
  });

  it("keeps Friday's day as the newest over the weekend", () => {
    expect(positionAt(cohort, at("2026-11-21T12:00:00Z"))).toEqual({ phase: "running", day: 1 });
    expect(positionAt(cohort, at("2026-11-22T22:59:59Z"))).toEqual({ phase: "running", day: 1 });
    expect(positionAt(cohort, at("2026-11-22T23:00:00Z"))).toEqual({ phase: "running", day: 2 }); // Monday 00:00 CET
    expect(isDayOpen(cohort, 2, at("2026-11-22T12:00:00Z"))).toBe(false);
  });

  it("starting on a Saturday begins on Monday", () => {
    expect(dateOfDay({ ...cohort, startsOn: "2026-11-21" }, 1)).toBe("2026-11-23");
  });

  it("sends nothing at the weekend: the email after Friday's is Monday's", () => {
    const fridaySend = sendInstantFor(cohort, 1, { timeZone: "Europe/Berlin", sendHour: 7 });
    expect(nextSendInstant(cohort, { timeZone: "Europe/Berlin", sendHour: 7 }, fridaySend)).toEqual({ day: 2, at: at("2026-11-23T06:00:00Z") });
  });
});

describe("the edges of the course", () => {
  const cohort: CohortCalendar = { startsOn: "2026-03-01", timeZone: "America/New_York", schedule: "daily" };

  it("has nothing open before the start", () => {
    const before = at("2026-03-01T04:59:59.999Z");
    expect(positionAt(cohort, before)).toEqual({ phase: "before", startsAt: at("2026-03-01T05:00:00Z") });
    expect(openDays(cohort, before)).toBe(0);
    expect(isDayOpen(cohort, 1, before)).toBe(false);
  });

  it("ends exactly when day 30's date ends", () => {
    expect(dateOfDay(cohort, 30)).toBe("2026-03-30");
    const end = courseEnd(cohort);
    expect(iso(end)).toBe("2026-03-31T04:00:00.000Z");
    expect(positionAt(cohort, new Date(end.getTime() - 1))).toEqual({ phase: "running", day: 30 });
    expect(positionAt(cohort, end)).toEqual({ phase: "ended", endedAt: end });
    expect(openDays(cohort, end)).toBe(30);
    expect(isDayOpen(cohort, 1, at("2027-01-01T00:00:00Z"))).toBe(true); // past days stay open
  });

  it("has no email left after day 30's", () => {
    const last = sendInstantFor(cohort, 30, { timeZone: "America/New_York", sendHour: 7 });
    expect(nextSendInstant(cohort, { timeZone: "America/New_York", sendHour: 7 }, last)).toBeNull();
  });

  it("refuses days outside 1-30", () => {
    expect(() => unlockInstant(cohort, 0)).toThrow(RangeError);
    expect(() => unlockInstant(cohort, 31)).toThrow(RangeError);
    expect(isDayOpen(cohort, 31, at("2027-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("a calendar that cannot be computed", () => {
  it("is named, not thrown: impossible dates, far years, unknown zones and schedules", async () => {
    const { calendarProblem } = await import("~/cohorts/schedule");
    const ok = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };
    expect(calendarProblem(ok)).toBeNull();
    expect(calendarProblem({ ...ok, startsOn: "9999-12-20" })).toMatch(/outside 2000-2199/);
    expect(calendarProblem({ ...ok, startsOn: "2026-02-30" })).toMatch(/not a calendar date/);
    expect(calendarProblem({ ...ok, startsOn: "tomorrow" })).toMatch(/not a calendar date/);
    expect(calendarProblem({ ...ok, timeZone: "Mars/Olympus_Mons" })).toMatch(/does not exist/);
    expect(calendarProblem({ ...ok, schedule: "fortnightly" as never })).toMatch(/unknown/);
  });
});

describe("a 23-hour day never swallows a day's email", () => {
  it("Tongatapu at noon in a London cohort: day 15 (29 March, clocks go forward) gets its own send instant before day 16's", async () => {
    const { sendInstantFor, unlockInstant } = await import("~/cohorts/schedule");
    const { planFor } = await import("~/nudges/planner");
    const cohort = { startsOn: "2026-03-15", timeZone: "Europe/London", schedule: "daily" as const };
    const tonga = { timeZone: "Pacific/Tongatapu", sendHour: 12 };
    const day15 = sendInstantFor(cohort, 15, tonga);
    const day16 = sendInstantFor(cohort, 16, tonga);
    expect(day15.getTime()).toBeLessThan(day16.getTime());
    expect(day15.getTime()).toBeGreaterThanOrEqual(unlockInstant(cohort, 15).getTime());
    expect(day16.toISOString()).toBe("2026-03-29T23:00:00.000Z"); // noon on the 30th in Tonga, as day 16 unlocks
    // Through the planner, minute by minute across both: day 15, then day 16, each once.
    const facts = { enrollmentId: 1, cohort: { ...cohort, sendHour: 7, edition: "1" }, timeZone: tonga.timeZone, sendHour: 12, dailyEmails: true, unsubscribed: false, completedDays: new Set(Array.from({ length: 14 }, (_, i) => i + 1)), lastDailyDay: 14, congratsPlanned: false, reportPlanned: false };
    const sent: number[] = [];
    for (let t = day15.getTime() - 3_600_000; t <= day16.getTime() + 3_600_000; t += 60_000) {
      for (const n of planFor(facts, new Date(t))) if (n.kind === "daily") {
        sent.push(n.day);
        facts.lastDailyDay = n.day;
      }
    }
    expect(sent).toEqual([15, 16]);
  });
});
