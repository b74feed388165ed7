import { calendarChangeErrors, calendarFixedSince } from "~/cohorts/calendar-lock";

const cohort = { startsOn: "2026-11-10", timeZone: "Pacific/Auckland", schedule: "daily" as const };

describe("a cohort's calendar is fixed once day 1 opens", () => {
  it("is free until midnight of day 1 in the cohort's zone, fixed from then on, also after the end", () => {
    // Day 1 opens at 00:00 on 10 November in Auckland: 11:00 UTC on the 9th.
    expect(calendarFixedSince(cohort, new Date("2026-11-09T10:59:59Z"))).toBeNull();
    expect(calendarFixedSince(cohort, new Date("2026-11-09T11:00:00Z"))).toBe("2026-11-10");
    expect(calendarFixedSince(cohort, new Date("2027-06-01T00:00:00Z"))).toBe("2026-11-10");
  });

  it("refuses each calendar field a save would change, and nothing else", () => {
    const running = new Date("2026-11-20T00:00:00Z");
    expect(calendarChangeErrors(cohort, cohort, running)).toEqual({});
    const moved = calendarChangeErrors(cohort, { ...cohort, startsOn: "2027-01-04", schedule: "weekdays" }, running);
    expect(Object.keys(moved).sort()).toEqual(["schedule", "startsOn"]);
    expect(moved.startsOn).toMatch(/^Day 1 opened on .*10 November 2026, so this is fixed/);
    expect(calendarChangeErrors(cohort, { ...cohort, timeZone: "Europe/London" }, running)).toHaveProperty("timeZone");
    // Before day 1, anything goes.
    expect(calendarChangeErrors(cohort, { ...cohort, startsOn: "2027-01-04" }, new Date("2026-11-01T00:00:00Z"))).toEqual({});
  });

  it("leaves a calendar that cannot be computed editable, so it can be fixed", () => {
    const broken = { ...cohort, timeZone: "Mars/Olympus_Mons" };
    expect(calendarFixedSince(broken, new Date("2026-11-20T00:00:00Z"))).toBeNull();
    expect(calendarChangeErrors(broken, { ...broken, timeZone: "Europe/London" }, new Date("2026-11-20T00:00:00Z"))).toEqual({});
  });
});
