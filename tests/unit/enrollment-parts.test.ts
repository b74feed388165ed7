import { joiningNow, standingAt, standingHeadline } from "~/cohorts/standing";
import { describeEffort, typicalMinutes } from "~/course/effort";
import { decide, RateLimiter } from "~/util/rate-limit";

const ny = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };

describe("where a cohort stands", () => {
  it("before the start: in how many days, in the cohort's zone", () => {
    // 7 November, 23:30 in New York is already the 8th in UTC: still 3 days to go there.
    const s = standingAt(ny, new Date("2026-11-08T04:30:00Z"));
    expect(s).toEqual({ phase: "before", startsOn: "Tuesday 10 November 2026", inDays: 3 });
    expect(standingHeadline(s)).toBe("Starts in 3 days, on Tuesday 10 November 2026.");
    expect(standingHeadline(standingAt(ny, new Date("2026-11-09T12:00:00Z")))).toBe("Starts tomorrow, on Tuesday 10 November 2026.");
    expect(joiningNow(s)).toBe("Day 1 opens on Tuesday 10 November 2026; everyone starts together.");
  });

  it("running: which day, and a late joiner starts with day 1", () => {
    const s = standingAt(ny, new Date("2026-11-21T15:00:00Z"));
    expect(standingHeadline(s)).toBe("Started Tuesday 10 November 2026; today is day 12 of 30.");
    expect(joiningNow(s)).toMatch(/^The cohort is on day 12 of 30\. You start with day 1 today/);
    expect(joiningNow(standingAt(ny, new Date("2026-11-10T15:00:00Z")))).toBe("Day 1 is open today, so you start with everyone else.");
  });

  it("finished", () => {
    expect(standingHeadline(standingAt(ny, new Date("2026-12-20T12:00:00Z")))).toBe("Finished on Wednesday 9 December 2026.");
  });
});

describe("what a day asks", () => {
  it("is the median of the lessons' minutes, with the range", () => {
    expect(typicalMinutes([{ minutes: 30 }, { minutes: 20 }, { minutes: 25 }, { minutes: 25 }])).toEqual({ min: 20, max: 30, median: 25 });
    expect(describeEffort({ min: 20, max: 30, median: 25 })).toBe("about 25 minutes (20 to 30)");
    expect(describeEffort(typicalMinutes([{ minutes: 15 }]))).toBe("about 15 minutes");
  });
});

describe("the per-client limit", () => {
  const rule = { limit: 5, windowMs: 3_600_000 };
  it("allows 5 in an hour, then says when the oldest leaves the window", () => {
    const times = [0, 10, 20, 30, 40];
    const refused = decide(times, 1000, rule);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 3_600_000 - 1000, recent: times });
    expect(decide(times, 3_600_000, rule).allowed).toBe(true);
  });

  it("keeps keys apart and does not count refusals", () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000 });
    const at = (ms: number) => new Date(ms);
    expect(limiter.hit("a", at(0)).allowed).toBe(true);
    expect(limiter.hit("a", at(1)).allowed).toBe(true);
    expect(limiter.hit("a", at(2)).allowed).toBe(false);
    expect(limiter.hit("b", at(2)).allowed).toBe(true);
    expect(limiter.hit("a", at(1000)).allowed).toBe(true);
  });
});
