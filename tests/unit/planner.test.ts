import { nudgeKey, planFor, planNudges, type NudgeFacts } from "~/nudges/planner";

const ny = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const, sendHour: 7, edition: "1" };
const range = (a: number, b: number) => new Set(Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i));

function facts(overrides: Partial<NudgeFacts> = {}): NudgeFacts {
  return {
    enrollmentId: 7,
    cohort: ny,
    timeZone: null,
    sendHour: null,
    dailyEmails: true,
    unsubscribed: false,
    completedDays: range(1, 11),
    lastDailyDay: 11,
    congratsPlanned: false,
    reportPlanned: false,
    ...overrides,
  };
}

describe("the daily email", () => {
  it("goes at 7:00 local on the day it opens, once", () => {
    // Day 12 = 21 November; 7:00 EST = 12:00 UTC.
    expect(planFor(facts(), new Date("2026-11-21T11:59:59Z"))).toEqual([]);
    const due = planFor(facts(), new Date("2026-11-21T12:00:00Z"));
    expect(due).toEqual([{ kind: "daily", enrollmentId: 7, day: 12, form: "lesson", missedDays: [], nextStep: 12 }]);
    expect(nudgeKey(due[0]!)).toBe("daily/7/12");
    expect(planFor(facts({ lastDailyDay: 12 }), new Date("2026-11-21T18:00:00Z"))).toEqual([]);
  });

  it("skips a day whose send hour passed before a late joiner enrolled: the next send hour is their first", () => {
    const joiner = facts({ completedDays: new Set(), lastDailyDay: 0, joinedAt: new Date("2026-11-21T15:00:00Z") });
    // Day 12's 7:00 EST (12:00 UTC) came before they joined at 15:00 UTC: nothing that afternoon.
    expect(planFor(joiner, new Date("2026-11-21T15:01:00Z"))).toEqual([]);
    // Day 13's send hour is their first email, in catch-up form (days 1-12 are open).
    expect(planFor(joiner, new Date("2026-11-22T12:00:00Z"))).toMatchObject([{ kind: "daily", day: 13, form: "catch-up", nextStep: 1 }]);
    // Someone who joined before the send hour gets that day's email as usual.
    expect(planFor(facts({ joinedAt: new Date("2026-11-21T11:00:00Z") }), new Date("2026-11-21T12:00:00Z"))).toMatchObject([{ kind: "daily", day: 12 }]);
  });

  it("follows the participant's own zone and hour", () => {
    const kolkata = facts({ timeZone: "Asia/Kolkata", sendHour: 6 });
    // Day 12 unlocks 05:00 UTC on the 21st (10:30 in Kolkata); the next 06:00 there is 00:30 UTC on the 22nd.
    expect(planFor(kolkata, new Date("2026-11-22T00:29:00Z"))).toEqual([]);
    expect(planFor(kolkata, new Date("2026-11-22T00:30:00Z"))).toMatchObject([{ kind: "daily", day: 12 }]);
  });

  it("takes the catch-up form when two or more open days are incomplete", () => {
    const behind = planFor(facts({ completedDays: range(1, 9) }), new Date("2026-11-21T12:00:00Z"));
    expect(behind).toEqual([{ kind: "daily", enrollmentId: 7, day: 12, form: "catch-up", missedDays: [10, 11], nextStep: 10 }]);
  });

  it("after downtime sends only the newest day, in catch-up form, never a flood", () => {
    // The sender was down from day 9 to day 12; the participant is behind.
    const after = planFor(facts({ completedDays: range(1, 8), lastDailyDay: 8 }), new Date("2026-11-21T15:00:00Z"));
    expect(after).toEqual([{ kind: "daily", enrollmentId: 7, day: 12, form: "catch-up", missedDays: [9, 10, 11], nextStep: 9 }]);
  });

  it("after downtime holds a late catch-up for the person's waking hours, never at night", () => {
    // Honolulu (UTC-10), send hour 7, in the New York cohort; the sender was down for days.
    const honolulu = facts({ timeZone: "Pacific/Honolulu", sendHour: 7, completedDays: range(1, 8), lastDailyDay: 8 });
    // Back up at 02:00 in Honolulu on the 22nd (12:00Z): day 12's email is hours late, and it is night there.
    expect(planFor(honolulu, new Date("2026-11-22T12:00:00Z"))).toEqual([]);
    expect(planFor(honolulu, new Date("2026-11-22T16:59:00Z"))).toEqual([]);
    // 07:00 there: one email, the newest day (13 by now), in catch-up form.
    expect(planFor(honolulu, new Date("2026-11-22T17:00:00Z"))).toMatchObject([{ kind: "daily", day: 13, form: "catch-up" }]);
    // Back up in the afternoon there (15:00, 01:00Z on the 23rd): the late email goes at once.
    expect(planFor(honolulu, new Date("2026-11-23T01:00:00Z"))).toMatchObject([{ kind: "daily", day: 13, form: "catch-up" }]);
    // 23:00 there: quiet hours, it waits.
    expect(planFor(honolulu, new Date("2026-11-23T09:00:00Z"))).toEqual([]);
  });

  it("skips a day already done, and sends nothing with daily emails off or after unsubscribing", () => {
    expect(planFor(facts({ completedDays: range(1, 12) }), new Date("2026-11-21T12:00:00Z"))).toEqual([]);
    expect(planFor(facts({ dailyEmails: false }), new Date("2026-11-21T12:00:00Z"))).toEqual([]);
    expect(planFor(facts({ unsubscribed: true }), new Date("2026-11-21T12:00:00Z"))).toEqual([]);
  });

  it("in a weekdays cohort sends nothing at the weekend and Monday's day on Monday", () => {
    // Started Friday 20 November 2026 in Berlin: day 1 Friday, day 2 Monday 23rd.
    const weekdays = facts({ cohort: { startsOn: "2026-11-20", timeZone: "Europe/Berlin", schedule: "weekdays", sendHour: 7, edition: "1" }, completedDays: range(1, 1), lastDailyDay: 1 });
    expect(planFor(weekdays, new Date("2026-11-21T09:00:00Z"))).toEqual([]);
    expect(planFor(weekdays, new Date("2026-11-22T20:00:00Z"))).toEqual([]);
    expect(planFor(weekdays, new Date("2026-11-23T06:00:00Z"))).toMatchObject([{ kind: "daily", day: 2, form: "lesson" }]);
  });

  it("handles the DST change: 7:00 stays 7:00 local", () => {
    const march = facts({ cohort: { ...ny, startsOn: "2026-03-01" }, completedDays: range(1, 7), lastDailyDay: 7 });
    // Day 8 is 8 March, the day clocks go forward: 7:00 EDT = 11:00 UTC.
    expect(planFor(march, new Date("2026-03-08T10:59:00Z"))).toEqual([]);
    expect(planFor(march, new Date("2026-03-08T11:00:00Z"))).toMatchObject([{ day: 8 }]);
  });
});

describe("the end of the course", () => {
  // Day 30 = 9 December; the course ends at midnight 10 December (05:00 UTC); the report goes at 7:00 EST (12:00 UTC).
  it("sends the congratulation once day 30 is done, and no more daily emails after the end", () => {
    const done = facts({ completedDays: range(1, 30), lastDailyDay: 30 });
    expect(planFor(done, new Date("2026-12-09T20:00:00Z"))).toEqual([{ kind: "congrats", enrollmentId: 7 }]);
    expect(planFor({ ...done, congratsPlanned: true }, new Date("2026-12-10T06:00:00Z"))).toEqual([]);
  });

  it("sends the final report at the first send hour after the end, even with daily emails off", () => {
    const ended = facts({ completedDays: range(1, 25), lastDailyDay: 30, dailyEmails: false });
    expect(planFor(ended, new Date("2026-12-10T11:59:00Z"))).toEqual([]);
    expect(planFor(ended, new Date("2026-12-10T12:00:00Z"))).toEqual([{ kind: "report", enrollmentId: 7 }]);
    expect(planFor({ ...ended, reportPlanned: true }, new Date("2027-01-01T00:00:00Z"))).toEqual([]);
    expect(planFor({ ...ended, unsubscribed: true }, new Date("2027-01-01T00:00:00Z"))).toEqual([]);
  });

  it("sends no daily email after the course, even for a day never emailed", () => {
    expect(planFor(facts({ completedDays: range(1, 20), lastDailyDay: 20, reportPlanned: true }), new Date("2026-12-20T12:00:00Z"))).toEqual([]);
  });
});

describe("planning many enrollments", () => {
  it("plans each one independently", () => {
    const many = [facts({ enrollmentId: 1 }), facts({ enrollmentId: 2, completedDays: range(1, 12) }), facts({ enrollmentId: 3, completedDays: range(1, 5) })];
    expect(planNudges(many, new Date("2026-11-21T12:00:00Z")).map(nudgeKey)).toEqual(["daily/1/12", "daily/3/12"]);
  });
});

describe("pacing provider calls", () => {
  it("spaces calls evenly at the rate, without waiting for the first", async () => {
    const { pacer } = await import("~/email/deliver.server");
    let now = 1_000;
    const waits: number[] = [];
    const pace = pacer(4, () => now, async (ms) => {
      waits.push(ms);
      now += ms;
    });
    for (let i = 0; i < 4; i++) await pace();
    expect(waits.map(Math.round)).toEqual([258, 258, 258]); // 250 ms and a 3% margin
    now += 1_000; // a pause longer than the interval: no wait
    await pace();
    expect(waits).toHaveLength(3);
    const unpaced = pacer(0, () => now, async () => void waits.push(-1));
    await unpaced();
    await unpaced();
    expect(waits).toHaveLength(3);
  });
});
