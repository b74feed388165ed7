import { buildJourney, levelByDay, type DayMeta, type DayProgressFacts } from "~/progress/journey";
import { OUTLINE_PILLARS } from "../support/content-fixtures";

const cohort = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };
const days: DayMeta[] = OUTLINE_PILLARS.map((pillar, i) => ({ day: i + 1, pillar, title: `Day ${i + 1}` }));
const done = (...list: number[]) => new Map<number, DayProgressFacts>(list.map((d) => [d, { completed: true, started: true }]));
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
// 21 November 2026, 15:00 in New York: day 12 is the newest open day.
const DAY12 = new Date("2026-11-21T20:00:00Z");

describe("a participant's journey", () => {
  it("before the start: everything locked, the next step is the start", () => {
    const j = buildJourney(cohort, days, new Map(), new Date("2026-11-09T12:00:00Z"));
    expect(j.phase).toBe("before");
    expect(j.cards.every((c) => c.state === "not-open")).toBe(true);
    expect(j.next).toEqual({ kind: "not-started", startsAt: new Date("2026-11-10T05:00:00Z") });
  });

  it("days 1-9 done, 10-11 to catch up, 12 today, 13+ not open yet", () => {
    const j = buildJourney(cohort, days, done(...range(1, 9)), DAY12);
    expect(j.cards.slice(8, 13).map((c) => c.state)).toEqual(["done", "to-catch-up", "to-catch-up", "today", "not-open"]);
    expect(j.catchUp.map((c) => c.day)).toEqual([10, 11]);
    expect(j.next).toEqual({ kind: "today", day: 12 });
    expect(j.streak).toBe(0);
    expect(j.completed).toBe(9);
  });

  it("counts the streak back from today, or from yesterday while today is open", () => {
    expect(buildJourney(cohort, days, done(...range(1, 12)), DAY12).streak).toBe(12);
    expect(buildJourney(cohort, days, done(...range(5, 11)), DAY12).streak).toBe(7);
    expect(buildJourney(cohort, days, done(1, 2, 3, 10, 12), DAY12).streak).toBe(1);
  });

  it("sends someone up to date on today to the oldest missed day, then to waiting", () => {
    expect(buildJourney(cohort, days, done(...range(1, 8), 12), DAY12).next).toEqual({ kind: "catch-up", day: 9, behind: 3 });
    expect(buildJourney(cohort, days, done(...range(1, 12)), DAY12).next).toEqual({ kind: "up-to-date", nextDay: 13, unlocksAt: new Date("2026-11-22T05:00:00Z") });
  });

  it("counts integration days toward every pillar", () => {
    const j = buildJourney(cohort, days, done(...range(1, 12)), DAY12);
    // Days 1-12: product 2,5,9,12; process 3,6,10; people 4,8,11; integration 1,7.
    expect(j.pillars).toEqual([
      { pillar: "product", done: 6, unlocked: 6, total: 14 },
      { pillar: "process", done: 5, unlocked: 5, total: 14 },
      { pillar: "people", done: 5, unlocked: 5, total: 14 },
    ]);
  });

  it("after the course ends, nothing is today's: unfinished days are to catch up, and still reachable", () => {
    const j = buildJourney(cohort, days, done(...range(1, 28)), new Date("2027-01-15T12:00:00Z"));
    expect(j.phase).toBe("ended");
    expect(j.cards.slice(27).map((c) => c.state)).toEqual(["done", "to-catch-up", "to-catch-up"]);
    expect(j.next).toEqual({ kind: "catch-up", day: 29, behind: 2 });
    expect(buildJourney(cohort, days, done(...range(1, 30)), new Date("2027-01-15T12:00:00Z")).next).toEqual({ kind: "finished" });
  });

  it("on a weekend of a weekdays cohort, Friday's day stays today's", () => {
    const weekdays = { startsOn: "2026-11-16", timeZone: "Europe/Berlin", schedule: "weekdays" as const };
    const j = buildJourney(weekdays, days, done(1, 2, 3, 4), new Date("2026-11-21T12:00:00Z"));
    expect(j.newestDay).toBe(5);
    expect(j.next).toEqual({ kind: "today", day: 5 });
  });

  it("a late joiner (joined on day 12) starts with day 1, sees earlier days calmly, with a plan to be level", () => {
    const joined = new Date("2026-11-21T15:00:00Z");
    const j = buildJourney(cohort, days, new Map(), DAY12, { enrolledAt: joined, timeZone: null });
    expect(j.joinedDay).toBe(12);
    expect(j.cards.slice(0, 11).every((c) => c.state === "own-pace")).toBe(true);
    expect(j.cards[11]!.state).toBe("today");
    // Twelve days to do; two a day while one opens each day: level on day 22.
    expect(j.next).toEqual({ kind: "late-start", day: 1, joinedDay: 12, behind: 12, levelByDay: 22 });
    // Once days 1-11 are done, it is an ordinary day again.
    expect(buildJourney(cohort, days, done(...range(1, 11)), DAY12, { enrolledAt: joined, timeZone: null }).next).toEqual({ kind: "today", day: 12 });
    // Someone there from the start never sees "own pace".
    expect(buildJourney(cohort, days, new Map(), DAY12, { enrolledAt: new Date("2026-11-01T12:00:00Z"), timeZone: null }).cards.some((c) => c.state === "own-pace")).toBe(false);
  });

  it("shows a day with saved work as in progress, and today's work in progress still makes it today's step", () => {
    const progress = new Map<number, DayProgressFacts>([...done(...range(1, 10)), [11, { completed: false, started: true }], [12, { completed: false, started: true }]]);
    const j = buildJourney(cohort, days, progress, DAY12);
    expect(j.cards.slice(9, 13).map((c) => c.state)).toEqual(["done", "in-progress", "in-progress", "not-open"]);
    expect(j.next).toEqual({ kind: "today", day: 12 });
    expect(j.catchUp.map((c) => c.day)).toEqual([11]);
    expect(j.streak).toBe(0); // day 11 is not done
  });

  it("says where the person stands, in the shared words, when it knows who they are", () => {
    const at = (iso: string) => new Date(iso);
    const progress = new Map<number, DayProgressFacts>(range(1, 10).map((d) => [d, { completed: true, started: true, updatedAt: at("2026-11-20T23:00:00Z") }]));
    const person = { enrolledAt: at("2026-11-01T12:00:00Z"), timeZone: null };
    // 16:00 on day 12, days 11 and 12 not done, active yesterday: one day behind (today is not over).
    expect(buildJourney(cohort, days, progress, DAY12, person).standing).toMatchObject({ standing: "catching-up", behind: 1, idleDays: 1 });
    expect(buildJourney(cohort, days, progress, DAY12).standing).toBeNull();
  });

  it("works out when a late joiner is level, or that it is after day 30", () => {
    expect(levelByDay(12, 12)).toBe(22);
    expect(levelByDay(12, 1)).toBe(12);
    expect(levelByDay(25, 20)).toBeNull();
  });
});
