import { digestGroups } from "~/facilitation/digest";
import { currentWeek, filterPeople, gridHref, gridWeeks, paging, sortPeople, weekHeading } from "~/facilitation/grid";
import type { ParticipantStanding } from "~/progress/standing";
import type { Standing } from "~/progress/vocabulary";

const daily = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };

const person = (name: string, standing: Standing, behind = 0, done = 10, lastActivity: Date | null = new Date("2026-11-20T12:00:00Z")) => ({
  name,
  lastActivity,
  standing: { standing, behind, done, idleDays: 0, joinedDay: 0 } satisfies ParticipantStanding,
});

describe("the facilitator's grid, a week at a time", () => {
  it("splits a daily course into weeks of seven (the fifth holds days 29 and 30)", () => {
    const weeks = gridWeeks(daily);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weeks[4]).toEqual([29, 30]);
  });

  it("splits a weekdays course into its calendar weeks: a Wednesday start has a three-day first week", () => {
    const weeks = gridWeeks({ startsOn: "2026-11-18", timeZone: "Europe/Berlin", schedule: "weekdays" });
    expect(weeks[0]).toEqual([1, 2, 3]); // Wed 18, Thu 19, Fri 20
    expect(weeks[1]).toEqual([4, 5, 6, 7, 8]);
    expect(weeks.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(weeks.at(-1)).toEqual([29, 30]); // ... Mon 28 and Tue 29 December
    // A Monday start: six weeks of five.
    expect(gridWeeks({ startsOn: "2026-11-16", timeZone: "Europe/Berlin", schedule: "weekdays" }).map((w) => w.length)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it("opens on the current week: week 1 before the start, the last week after the end", () => {
    const weeks = gridWeeks(daily);
    expect(currentWeek(weeks, 0)).toBe(1);
    expect(currentWeek(weeks, 12)).toBe(2);
    expect(currentWeek(weeks, 30)).toBe(5);
  });

  it("puts those needing attention first, most behind first, then the longest quiet, then by name", () => {
    const people = [
      person("Amara", "on-track"),
      person("Ben", "catching-up", 1),
      person("Cleo", "at-risk", 3),
      person("Dana", "catching-up", 4),
      person("Eli", "at-risk", 3, 5, new Date("2026-11-10T12:00:00Z")),
      person("Fay", "at-risk", 6),
    ];
    expect(sortPeople(people, "attention").map((p) => p.name)).toEqual(["Fay", "Eli", "Cleo", "Dana", "Ben", "Amara"]);
    expect(sortPeople(people, "name").map((p) => p.name)).toEqual(["Amara", "Ben", "Cleo", "Dana", "Eli", "Fay"]);
    expect(sortPeople(people, "progress")[0]!.name).toBe("Eli");
    expect(sortPeople(people, "activity")[0]!.name).toBe("Eli");
    // After the end: did not finish before finished with gaps before finished.
    const ended = [person("A", "finished"), person("B", "finished-with-gaps", 4), person("C", "did-not-finish", 20)];
    expect(sortPeople(ended, "attention").map((p) => p.name)).toEqual(["C", "B", "A"]);
  });

  it("filters by standing", () => {
    const people = [person("A", "on-track"), person("B", "at-risk", 2), person("C", "catching-up", 1)];
    expect(filterPeople(people, "at-risk").map((p) => p.name)).toEqual(["B"]);
    expect(filterPeople(people, "all")).toHaveLength(3);
  });

  it("pages fifty at a time, clamping pages that do not exist", () => {
    expect(paging(1000, 1)).toEqual({ page: 1, pages: 20, from: 0, to: 50, total: 1000 });
    expect(paging(1000, 20)).toMatchObject({ from: 950, to: 1000 });
    expect(paging(1000, 99)).toMatchObject({ page: 20 });
    expect(paging(0, 3)).toEqual({ page: 1, pages: 1, from: 0, to: 0, total: 0 });
    expect(paging(24, 0)).toMatchObject({ page: 1, to: 24 });
  });

  it("heads each week with its days and dates", () => {
    expect(weekHeading(2, { day: 8, date: "2026-11-17" }, { day: 14, date: "2026-11-23" })).toBe("Week 2: days 8–14, Tue 17 Nov to Mon 23 Nov");
    expect(weekHeading(7, { day: 30, date: "2026-12-29" }, { day: 30, date: "2026-12-29" })).toBe("Week 7: day 30, Tue 29 Dec");
  });

  it("links to a view, leaving defaults out", () => {
    expect(gridHref("demo", {})).toBe("/facilitate/cohorts/demo");
    expect(gridHref("demo", { week: 2, filter: "at-risk", sort: "attention", page: 1 })).toBe("/facilitate/cohorts/demo?week=2&filter=at-risk");
    expect(gridHref("demo", { sort: "name", page: 3 })).toBe("/facilitate/cohorts/demo?sort=name&page=3");
  });
});

describe("the weekly digest's sections", () => {
  const url = "https://tripod.example/p";
  it("while the course runs: at risk, catching up, on track, by name, with each person's facts", () => {
    const groups = digestGroups("running", [
      { name: "Zoe", url, standing: person("Zoe", "at-risk", 3).standing },
      { name: "Amir", url, standing: person("Amir", "on-track").standing },
    ]);
    expect(groups.map((g) => g.title)).toEqual(["At risk (1)", "Catching up (0)", "On track (1)"]);
    expect(groups[0]!.people[0]).toMatchObject({ name: "Zoe", note: "3 days to catch up, nothing saved for 0 days" });
  });

  it("after the end: the final standings, and nobody at risk", () => {
    const groups = digestGroups("ended", [
      { name: "A", url, standing: person("A", "finished", 0, 30).standing },
      { name: "B", url, standing: person("B", "did-not-finish", 20, 10).standing },
    ]);
    expect(groups.map((g) => g.title)).toEqual(["Finished (1)", "Finished with gaps (0)", "Did not finish (1)"]);
    expect(groups[2]!.people[0]!.note).toBe("10 of 30 days done");
  });
});
