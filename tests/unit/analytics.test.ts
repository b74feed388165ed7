import type { CohortCalendar } from "~/cohorts/schedule";
import type { DayPillar } from "~/course/pillars";
import { cohortAnalytics, courseWeeks, quantile, type AnalyticsParticipant, type AnalyticsRow } from "~/facilitation/analytics";
import { completionSentence, paceSentence, ratingsSentence, weeksSentence } from "~/facilitation/analytics-words";

/** Day 1 and every fifth day integrate; the rest cycle product, process, people. */
const PILLARS: DayPillar[] = Array.from({ length: 30 }, (_, i) => (i === 0 || (i + 1) % 5 === 0 ? "all" : (["product", "process", "people"] as const)[i % 3]!));
const at = (s: string) => new Date(s);
const person = (enrollmentId: number, joinedAt = at("2026-01-01T00:00:00Z"), leftAt: Date | null = null): AnalyticsParticipant => ({ enrollmentId, joinedAt, leftAt });
const done = (enrollmentId: number, day: number, completedAt: Date, rating: number | null = null): AnalyticsRow => ({ enrollmentId, day, rating, completedAt, updatedAt: completedAt });
const draft = (enrollmentId: number, day: number, updatedAt: Date, rating: number | null = null): AnalyticsRow => ({ enrollmentId, day, rating, completedAt: null, updatedAt });

const newYork: CohortCalendar = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" };
/** Completed at 15:00 UTC (10:00 in New York) on day `day`'s date of the New York cohort. */
const nyDay = (day: number, hour = 15) => at(`2026-11-${String(9 + day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`);

describe("completion by day and drop-off", () => {
  // 2026-11-21T20:00Z is day 12 in New York.
  const now = at("2026-11-21T20:00:00Z");

  it("counts who finished each open day and names the largest falls over the settled days", () => {
    const people = [1, 2, 3, 4, 5].map((id) => person(id));
    // Everyone does days 1-3; three go on to day 4 and 5; one to day 6; four do today's day 12 (not a fall).
    const rows = [
      ...people.flatMap((p) => [1, 2, 3].map((d) => done(p.enrollmentId, d, nyDay(d)))),
      ...[1, 2, 3].flatMap((id) => [4, 5].map((d) => done(id, d, nyDay(d)))),
      done(1, 6, nyDay(6)),
    ];
    const a = cohortAnalytics(newYork, PILLARS, people, rows, now);
    expect(a).toMatchObject({ phase: "running", newestDay: 12, settledThrough: 11, participants: 5, leavers: 0 });
    expect(a.completion.slice(0, 7).map((c) => c.completed)).toEqual([5, 5, 5, 3, 3, 1, 0]);
    expect(a.completion[11]).toMatchObject({ day: 12, open: true, completed: 0, share: 0 });
    expect(a.completion[12]).toMatchObject({ day: 13, open: false });
    expect(a.completion[0]!.pillar).toBe("all");
    expect(a.completion[3]!.share).toBeCloseTo(0.6);
    expect(a.dropOffs).toEqual([
      { day: 4, before: 5, after: 3, fall: 2 },
      { day: 6, before: 3, after: 1, fall: 2 },
      { day: 7, before: 1, after: 0, fall: 1 },
    ]);
    expect(completionSentence(a, null)).toBe("Most drop-off came on day 4: 5 finished day 3, 3 finished day 4. Of 5 participants, 5 finished day 1 and 0 finished day 11.");
  });

  it("does not call today's day a drop-off while it is still being done", () => {
    const people = [person(1), person(2)];
    const rows = [1, 2].flatMap((id) => Array.from({ length: 11 }, (_, i) => done(id, i + 1, nyDay(i + 1))));
    const a = cohortAnalytics(newYork, PILLARS, people, rows, now);
    expect(a.completion[11]!.completed).toBe(0);
    expect(a.dropOffs).toEqual([]);
    expect(completionSentence(a, null)).toBe("No day had fewer finishers than the day before. Of 2 participants, 2 finished day 1 and 2 finished day 11.");
  });

  it("after the course, day 30 counts as settled", () => {
    const later = at("2026-12-20T12:00:00Z");
    const rows = Array.from({ length: 29 }, (_, i) => done(1, i + 1, nyDay(1)));
    const a = cohortAnalytics(newYork, PILLARS, [person(1)], rows, later);
    expect(a).toMatchObject({ phase: "ended", newestDay: 30, settledThrough: 30 });
    expect(a.dropOffs).toEqual([{ day: 30, before: 1, after: 0, fall: 1 }]);
  });

  it("compares a share on the same day in the sentence", () => {
    const mine = cohortAnalytics(newYork, PILLARS, [person(1), person(2)], [done(1, 1, nyDay(1)), done(2, 1, nyDay(1)), done(1, 2, nyDay(2))], now);
    const theirs = cohortAnalytics({ ...newYork, startsOn: "2026-11-19" }, PILLARS, [person(7), person(8), person(9), person(10)], [done(7, 1, at("2026-11-19T15:00:00Z")), done(7, 2, at("2026-11-20T15:00:00Z"))], now);
    // Theirs is on day 3: its settled days are 1-2, so the comparison is on day 2.
    expect(completionSentence(mine, { title: "Winter", figures: theirs })).toContain("Day 2 was finished by 50% here and 25% in Winter.");
  });
});

describe("time from unlock to completion", () => {
  it("counts real hours across the November clock change in New York", () => {
    const cohort: CohortCalendar = { startsOn: "2026-10-25", timeZone: "America/New_York", schedule: "daily" };
    // Day 7 (31 Oct, EDT) unlocks at 04:00Z; day 8 (1 Nov, clocks go back) unlocks at 04:00Z and lasts 25 hours.
    const rows = [done(1, 7, at("2026-10-31T16:00:00Z")), done(1, 8, at("2026-11-01T17:00:00Z")), done(1, 9, at("2026-11-02T17:00:00Z"))];
    const a = cohortAnalytics(cohort, PILLARS, [person(1)], rows, at("2026-11-03T12:00:00Z"));
    expect(a.pace.slice(6, 9).map((p) => p.medianHours)).toEqual([12, 13, 12]); // noon local each time
  });

  it("counts real hours across the March clock change in Berlin", () => {
    const cohort: CohortCalendar = { startsOn: "2026-03-25", timeZone: "Europe/Berlin", schedule: "daily" };
    // 29 March (day 5) has 23 hours: midnight is +01:00, noon is +02:00.
    const a = cohortAnalytics(cohort, PILLARS, [person(1)], [done(1, 5, at("2026-03-29T10:00:00Z"))], at("2026-03-30T12:00:00Z"));
    expect(a.pace[4]!.medianHours).toBe(11);
  });

  it("in a weekdays cohort, Monday's day unlocks on Monday, not the day after Friday's", () => {
    const cohort: CohortCalendar = { startsOn: "2026-11-20", timeZone: "Europe/Berlin", schedule: "weekdays" };
    // Day 1 is Friday 20 November; day 2 is Monday 23 November, unlocked at 2026-11-22T23:00Z.
    const a = cohortAnalytics(cohort, PILLARS, [person(1)], [done(1, 2, at("2026-11-23T08:00:00Z"))], at("2026-11-23T12:00:00Z"));
    expect(a.newestDay).toBe(2);
    expect(a.pace[1]!.medianHours).toBe(9);
  });

  it("for a late joiner, the days already open start when they joined", () => {
    const joined = at("2026-11-14T18:00:00Z"); // day 5
    const a = cohortAnalytics(newYork, PILLARS, [person(1, joined)], [done(1, 1, at("2026-11-14T20:30:00Z")), done(1, 6, at("2026-11-15T07:00:00Z"))], at("2026-11-16T12:00:00Z"));
    expect(a.pace[0]!.medianHours).toBe(2.5);
    expect(a.pace[5]!.medianHours).toBe(2); // day 6 opened after they joined: its own unlock, 05:00Z
  });

  it("gives the median and 75th percentile, interpolating between ranks", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
    const unlock = Date.parse("2026-11-10T05:00:00Z");
    const rows = [1, 2, 3, 4].map((id) => done(id, 1, new Date(unlock + id * 3_600_000)));
    const a = cohortAnalytics(newYork, PILLARS, [1, 2, 3, 4].map((id) => person(id)), rows, at("2026-11-11T12:00:00Z"));
    expect(a.pace[0]).toMatchObject({ completions: 4, medianHours: 2.5, p75Hours: 3.3 });
    expect(a.pace50).toBe(2.5);
    expect(paceSentence(a, null)).toBe("Half of all completed days were done within 2.5 hours of opening. The slowest was day 1: median 2.5 hours, and a quarter took longer than 3.3 hours.");
  });
});

describe("active participants per week", () => {
  it("buckets activity by the cohort's local weeks from day 1, and counts who was enrolled", () => {
    const now = at("2026-11-21T20:00:00Z"); // day 12: week 2 (17-23 Nov) is under way
    const people = [person(1), person(2), person(3, at("2026-11-18T12:00:00Z")), person(4, at("2026-11-01T00:00:00Z"), at("2026-11-15T12:00:00Z"))];
    const rows = [
      done(1, 1, nyDay(1)),
      // 04:30Z on 17 November is still 16 November (week 1) in New York.
      { ...done(2, 1, nyDay(1)), updatedAt: at("2026-11-17T04:30:00Z") },
      draft(3, 1, at("2026-11-19T12:00:00Z")),
      done(4, 2, nyDay(2)),
    ];
    const a = cohortAnalytics(newYork, PILLARS, people, rows, now);
    expect(a.weeks).toEqual([
      { week: 1, from: "2026-11-10", to: "2026-11-16", active: 3, enrolled: 3, share: 1, current: false },
      { week: 2, from: "2026-11-17", to: "2026-11-23", active: 1, enrolled: 3, share: 1 / 3, current: true },
    ]);
    expect(a.activeAfterEnd).toBeNull();
    expect(a.leavers).toBe(1);
    expect(weeksSentence(a, null)).toBe("Week 1 had the most active participants: 3 of 3 enrolled (100%). Week 2, so far: 1 of 3.");
  });

  it("has five weeks for a daily cohort (the last of two days) and six for a weekdays one", () => {
    const end = at("2027-03-01T12:00:00Z");
    const daily = courseWeeks(newYork, end);
    expect(daily).toHaveLength(5);
    expect(daily[4]).toMatchObject({ from: "2026-12-08", to: "2026-12-09" });
    expect(daily[4]!.end.toISOString()).toBe("2026-12-10T05:00:00.000Z");
    const weekdays = courseWeeks({ startsOn: "2026-11-21", timeZone: "Europe/Berlin", schedule: "weekdays" }, end);
    // Saturday start: day 1 is Monday 23 November, day 30 Friday 1 January.
    expect(weekdays).toHaveLength(6);
    expect(weekdays[0]).toMatchObject({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekdays[5]).toMatchObject({ from: "2026-12-28", to: "2027-01-01" });
  });

  it("after the course, counts who came back to catch up", () => {
    const a = cohortAnalytics(newYork, PILLARS, [person(1), person(2)], [done(1, 29, at("2026-12-15T12:00:00Z")), done(2, 1, nyDay(1))], at("2026-12-20T12:00:00Z"));
    expect(a.activeAfterEnd).toBe(1);
    expect(a.weeks.every((w) => !w.current)).toBe(true);
    expect(weeksSentence(a, null)).toContain("After the course ended, 1 was still active.");
  });
});

describe("self-ratings", () => {
  it("counts completed days' ratings, private ones included, never a draft's; integration days count for every pillar", () => {
    const now = at("2026-11-21T20:00:00Z");
    const rows = [
      done(1, 1, nyDay(1), 5), // integration
      done(1, 2, nyDay(2), 4), // process
      done(2, 2, nyDay(2), 2), // process (say it was private: the rating still counts)
      done(1, 3, nyDay(3), 3), // people
      draft(2, 3, nyDay(3), 1), // a draft's rating: never
      done(2, 4, nyDay(4), null), // product, unrated
    ];
    const a = cohortAnalytics(newYork, PILLARS, [person(1), person(2)], rows, now);
    expect(a.ratingsByDay.slice(0, 4)).toEqual([
      { day: 1, pillar: "all", count: 1, mean: 5 },
      { day: 2, pillar: "process", count: 2, mean: 3 },
      { day: 3, pillar: "people", count: 1, mean: 3 },
      { day: 4, pillar: "product", count: 0, mean: null },
    ]);
    expect(a.ratingsByPillar).toEqual([
      { pillar: "product", count: 1, mean: 5 },
      { pillar: "process", count: 3, mean: 3.67 },
      { pillar: "people", count: 2, mean: 4 },
    ]);
    expect(a.ratingsOverall).toEqual({ count: 4, mean: 3.5 });
    expect(ratingsSentence(a, null)).toBe("The average self-rating is 3.5 of 5, from 4 ratings of completed days. Highest for Product (5.0), lowest for Process (3.7).");
  });
});

describe("edges", () => {
  it("an empty cohort: zeros, no shares, and sentences that say so", () => {
    const a = cohortAnalytics(newYork, PILLARS, [], [], at("2026-11-21T20:00:00Z"));
    expect(a.participants).toBe(0);
    expect(a.completion.every((c) => c.completed === 0 && c.share === null)).toBe(true);
    expect(a.weeks.map((w) => [w.active, w.enrolled, w.share])).toEqual([
      [0, 0, null],
      [0, 0, null],
    ]);
    expect(a).toMatchObject({ dropOffs: [], pace50: null, ratingsOverall: { count: 0, mean: null } });
    expect(completionSentence(a, null)).toBe("Nobody has taken part yet.");
    expect(weeksSentence(a, null)).toBe("Nobody has taken part yet.");
    expect(paceSentence(a, null)).toBe("No day has been completed yet.");
    expect(ratingsSentence(a, null)).toBe("No completed day has a rating yet.");
  });

  it("a cohort not started: nothing open, no weeks", () => {
    const a = cohortAnalytics(newYork, PILLARS, [person(1)], [], at("2026-11-09T12:00:00Z"));
    expect(a).toMatchObject({ phase: "before", newestDay: 0, settledThrough: 0, weeks: [], activeAfterEnd: null });
    expect(a.completion.some((c) => c.open)).toBe(false);
    expect(completionSentence(a, null)).toBe("No day has opened yet.");
    expect(weeksSentence(a, null)).toBe("No week of the course has begun yet.");
  });

  it("one participant on day 1: figures so far, no drop-off", () => {
    const a = cohortAnalytics(newYork, PILLARS, [person(1)], [done(1, 1, at("2026-11-10T14:00:00Z"), 4)], at("2026-11-10T20:00:00Z"));
    expect(a).toMatchObject({ newestDay: 1, settledThrough: 0, dropOffs: [], pace50: 9 });
    expect(a.completion[0]).toMatchObject({ completed: 1, share: 1 });
    expect(completionSentence(a, null)).toBe("1 of 1 participants finished day 1 so far.");
  });

  it("ignores rows of people who are not counted (a removed enrollment's work)", () => {
    const a = cohortAnalytics(newYork, PILLARS, [person(1)], [done(1, 1, nyDay(1), 4), done(99, 1, nyDay(1), 1)], at("2026-11-21T20:00:00Z"));
    expect(a.completion[0]!.completed).toBe(1);
    expect(a.ratingsOverall).toEqual({ count: 1, mean: 4 });
  });
});
