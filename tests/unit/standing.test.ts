import { positionAt } from "~/cohorts/schedule";
import { courseClock } from "~/progress/course-clock";
import { AT_RISK_BEHIND_DAYS, AT_RISK_IDLE_DAYS, countsLine, countStandings, dayStateOf, FINISHED_WITH_GAPS_MIN_DAYS, standingNote, standingOf, type StandingFacts } from "~/progress/standing";
import { DAY_STATES, DAY_WORDS, STANDING_WORDS, STANDINGS } from "~/progress/vocabulary";

// Daily, New York, day 1 on Tuesday 10 November 2026: day 12 is Saturday 21 November.
const ny = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };
const at = (iso: string) => new Date(iso);
const ENROLLED = at("2026-11-05T15:00:00Z"); // before day 1
const facts = (done: number, lastActivity: string | null, more: Partial<StandingFacts> = {}): StandingFacts => ({
  done,
  lastActivity: lastActivity ? at(lastActivity) : null,
  enrolledAt: ENROLLED,
  timeZone: null,
  ...more,
});
const standing = (cohort: typeof ny | typeof weekdays, now: string, f: StandingFacts) => standingOf(courseClock(cohort, at(now)), f);
// Weekdays, Berlin, day 1 on Monday 16 November 2026: day 5 is Friday 20, day 6 Monday 23.
const weekdays = { startsOn: "2026-11-16", timeZone: "Europe/Berlin", schedule: "weekdays" as const };

describe("a participant's standing while the course runs", () => {
  it("at 16:00 on day 12, two days not done and active yesterday: catching up, not at risk (today is not over)", () => {
    // Days 1-10 done; day 11 is over, day 12 is today's. Saved work yesterday at 18:00.
    const p = standing(ny, "2026-11-21T21:00:00Z", facts(10, "2026-11-20T23:00:00Z"));
    expect(p).toMatchObject({ standing: "catching-up", behind: 1, idleDays: 1 });
    // Even two days truly behind (days 10 and 11 over and not done), someone active yesterday is catching up.
    expect(standing(ny, "2026-11-21T21:00:00Z", facts(9, "2026-11-20T23:00:00Z"))).toMatchObject({ standing: "catching-up", behind: 2, idleDays: 1 });
  });

  it("is on track with nothing owed, today's day included until it is over", () => {
    expect(standing(ny, "2026-11-21T21:00:00Z", facts(11, "2026-11-20T23:00:00Z"))).toMatchObject({ standing: "on-track", behind: 0 });
    expect(standing(ny, "2026-11-22T04:59:00Z", facts(11, "2026-11-20T23:00:00Z"))).toMatchObject({ standing: "on-track" }); // 23:59 in New York
    expect(standing(ny, "2026-11-22T05:00:00Z", facts(11, "2026-11-20T23:00:00Z"))).toMatchObject({ standing: "catching-up", behind: 1 }); // midnight: day 12 is over
  });

  it(`is at risk only when ${AT_RISK_BEHIND_DAYS}+ days behind AND nothing saved for ${AT_RISK_IDLE_DAYS} course days`, () => {
    const last = "2026-11-20T23:00:00Z"; // Friday 20 November, 18:00 in New York
    // Monday 23 (day 14) at noon: days 11-13 over, 10 done: 3 behind; course days begun since: 21, 22, 23.
    expect(standing(ny, "2026-11-23T17:00:00Z", facts(10, last))).toMatchObject({ standing: "at-risk", behind: 3, idleDays: 3 });
    // Sunday 22 at noon: 2 behind, idle 2: catching up.
    expect(standing(ny, "2026-11-22T17:00:00Z", facts(10, last))).toMatchObject({ standing: "catching-up", behind: 2, idleDays: 2 });
    // Long quiet but only one day behind: catching up, not at risk.
    expect(standing(ny, "2026-11-23T17:00:00Z", facts(12, last))).toMatchObject({ standing: "catching-up", behind: 1, idleDays: 3 });
    // Far behind but saved work today: catching up.
    expect(standing(ny, "2026-11-23T17:00:00Z", facts(2, "2026-11-23T15:00:00Z"))).toMatchObject({ standing: "catching-up", behind: 11, idleDays: 0 });
  });

  it("never active: quiet since joining, counting course days from day 1", () => {
    // Day 3 at noon: days 1-2 over, nothing done, three course days begun since they enrolled.
    expect(standing(ny, "2026-11-12T17:00:00Z", facts(0, null))).toMatchObject({ standing: "at-risk", behind: 2, idleDays: 3 });
    expect(standing(ny, "2026-11-11T17:00:00Z", facts(0, null))).toMatchObject({ standing: "catching-up", behind: 1, idleDays: 2 });
  });

  describe("in the participant's own time zone", () => {
    const done11 = (zone: string) => facts(11, "2026-11-21T15:00:00Z", { timeZone: zone });
    it("someone west of the cohort keeps today's day until their own midnight", () => {
      // 01:00 in New York on the 22nd is 22:00 on the 21st in Los Angeles: day 12 is not over for them.
      expect(standing(ny, "2026-11-22T06:00:00Z", done11("America/Los_Angeles"))).toMatchObject({ standing: "on-track", behind: 0 });
      expect(standing(ny, "2026-11-22T06:00:00Z", done11("America/New_York"))).toMatchObject({ standing: "catching-up", behind: 1 });
      expect(standing(ny, "2026-11-22T08:00:00Z", done11("America/Los_Angeles"))).toMatchObject({ standing: "catching-up", behind: 1 }); // midnight in LA
    });
    it("someone east of the cohort keeps it until the cohort's midnight (the day opened late for them)", () => {
      // 01:00 on the 22nd in Tokyo is 11:00 on the 21st in New York: day 12 has hours to go.
      expect(standing(ny, "2026-11-21T16:00:00Z", done11("Asia/Tokyo"))).toMatchObject({ standing: "on-track", behind: 0 });
    });
    it("counts quiet days on their own calendar", () => {
      // Saved at 23:30 in Tokyo on the 20th (14:30Z); at 12:00 Tokyo on the 21st that is yesterday for them.
      expect(standing(ny, "2026-11-21T03:00:00Z", facts(10, "2026-11-20T14:30:00Z", { timeZone: "Asia/Tokyo" })).idleDays).toBe(1);
      expect(standing(ny, "2026-11-21T03:00:00Z", facts(10, "2026-11-20T14:30:00Z")).idleDays).toBe(0); // same instant, New York: the same day
    });
  });

  describe("across daylight-saving changes", () => {
    it("a 25-hour day (New York, 1 November 2026) is over at its own midnight, not 24 hours after it began", () => {
      const fall = { startsOn: "2026-10-25", timeZone: "America/New_York", schedule: "daily" as const }; // day 8 = 1 November
      const f = facts(7, "2026-11-01T15:00:00Z", { enrolledAt: at("2026-10-20T12:00:00Z") });
      expect(standingOf(courseClock(fall, at("2026-11-02T04:30:00Z")), f)).toMatchObject({ standing: "on-track", behind: 0 }); // 23:30 EST, still the 1st
      expect(standingOf(courseClock(fall, at("2026-11-02T05:00:00Z")), f)).toMatchObject({ standing: "catching-up", behind: 1 }); // midnight EST
    });
    it("a 23-hour day (New York, 14 March 2027) is over at its own midnight", () => {
      const spring = { startsOn: "2027-03-10", timeZone: "America/New_York", schedule: "daily" as const }; // day 5 = 14 March
      const f = facts(4, "2027-03-14T15:00:00Z", { enrolledAt: at("2027-03-01T12:00:00Z") });
      expect(standingOf(courseClock(spring, at("2027-03-15T03:59:00Z")), f)).toMatchObject({ behind: 0 }); // 23:59 EDT
      expect(standingOf(courseClock(spring, at("2027-03-15T04:00:00Z")), f)).toMatchObject({ behind: 1 }); // midnight EDT
    });
    it("counts quiet days by the calendar, whatever the hours: three days begun in 48 hours over the 23-hour day", () => {
      const spring = { startsOn: "2027-03-01", timeZone: "America/New_York", schedule: "daily" as const };
      // Day 15 is 15 March. Last saved Friday 12 March 23:30 EST; now Monday 15 March 00:30 EDT, 48 hours later: 13, 14 and 15 have begun.
      const p = standingOf(courseClock(spring, at("2027-03-15T04:30:00Z")), facts(11, "2027-03-13T04:30:00Z", { enrolledAt: at("2027-02-20T12:00:00Z") }));
      expect(p).toMatchObject({ idleDays: 3, behind: 3, standing: "at-risk" });
    });
  });

  describe("on a weekdays schedule", () => {
    it("the weekend owes nothing and is not quiet time", () => {
      const lastThursday = "2026-11-19T17:00:00Z";
      // Saturday: day 5 (Friday) is over. Days 1-3 done: 2 behind; quiet since Thursday: only Friday begun.
      expect(standing(weekdays, "2026-11-21T11:00:00Z", facts(3, lastThursday, { enrolledAt: at("2026-11-10T12:00:00Z") }))).toMatchObject({ standing: "catching-up", behind: 2, idleDays: 1 });
      // Monday 10:00 (day 6 is today's): still 2 behind; Friday and Monday begun: 2 quiet course days.
      expect(standing(weekdays, "2026-11-23T09:00:00Z", facts(3, lastThursday, { enrolledAt: at("2026-11-10T12:00:00Z") }))).toMatchObject({ standing: "catching-up", behind: 2, idleDays: 2 });
      // Quiet since Wednesday: Thursday, Friday, Monday: at risk on Monday, not over the weekend.
      const wednesday = "2026-11-18T17:00:00Z";
      expect(standing(weekdays, "2026-11-22T11:00:00Z", facts(3, wednesday, { enrolledAt: at("2026-11-10T12:00:00Z") }))).toMatchObject({ standing: "catching-up", idleDays: 2 });
      expect(standing(weekdays, "2026-11-23T09:00:00Z", facts(3, wednesday, { enrolledAt: at("2026-11-10T12:00:00Z") }))).toMatchObject({ standing: "at-risk", idleDays: 3 });
    });
  });

  describe("a late joiner (enrolled on day 12, 15:00 in New York)", () => {
    const joined = at("2026-11-21T20:00:00Z");
    it("owes the days from the one they joined on, and any day done pays one off", () => {
      expect(standing(ny, "2026-11-21T21:00:00Z", facts(0, null, { enrolledAt: joined }))).toMatchObject({ standing: "on-track", joinedDay: 12, behind: 0 });
      // Day 14 at noon: days 12 and 13 over, nothing done, two course days begun since joining.
      expect(standing(ny, "2026-11-23T17:00:00Z", facts(0, null, { enrolledAt: joined }))).toMatchObject({ standing: "catching-up", behind: 2, idleDays: 2 });
      expect(standing(ny, "2026-11-24T17:00:00Z", facts(0, null, { enrolledAt: joined }))).toMatchObject({ standing: "at-risk", behind: 3, idleDays: 3 });
      // Working through days 1, 2, 3 by day 15: keeping pace.
      expect(standing(ny, "2026-11-24T17:00:00Z", facts(3, "2026-11-24T14:00:00Z", { enrolledAt: joined }))).toMatchObject({ standing: "on-track", behind: 0 });
    });
  });

  it("before day 1 nobody is behind; with all thirty done someone is finished", () => {
    expect(standing(ny, "2026-11-09T12:00:00Z", facts(0, null))).toMatchObject({ standing: "not-started", behind: 0, idleDays: null });
    expect(standing(ny, "2026-12-09T20:00:00Z", facts(30, "2026-12-09T19:00:00Z"))).toMatchObject({ standing: "finished" }); // on day 30
  });
});

describe("after the course ends (day 30 was 9 December)", () => {
  const after = "2026-12-20T12:00:00Z";
  it("the standing is final: finished, finished with gaps, did not finish; never at risk", () => {
    expect(standing(ny, after, facts(30, "2026-12-09T20:00:00Z")).standing).toBe("finished");
    expect(standing(ny, after, facts(FINISHED_WITH_GAPS_MIN_DAYS, "2026-11-30T20:00:00Z")).standing).toBe("finished-with-gaps");
    expect(standing(ny, after, facts(29, "2026-11-30T20:00:00Z"))).toMatchObject({ standing: "finished-with-gaps", behind: 1, idleDays: null });
    expect(standing(ny, after, facts(FINISHED_WITH_GAPS_MIN_DAYS - 1, "2026-11-20T20:00:00Z")).standing).toBe("did-not-finish");
    expect(standing(ny, after, facts(0, null)).standing).toBe("did-not-finish");
    // The moment it ends: midnight after day 30 in New York.
    expect(standing(ny, "2026-12-10T04:59:00Z", facts(25, "2026-11-20T20:00:00Z")).standing).toBe("at-risk");
    expect(standing(ny, "2026-12-10T05:00:00Z", facts(25, "2026-11-20T20:00:00Z")).standing).toBe("finished-with-gaps");
  });

  it("summarises the cohort truthfully", () => {
    const counts = countStandings([...Array(18).fill("finished"), ...Array(5).fill("finished-with-gaps"), ...Array(2).fill("did-not-finish")]);
    expect(countsLine(counts, "ended")).toBe("Course ended: 18 finished, 5 finished with gaps, 2 did not finish");
    expect(countsLine(countStandings(["at-risk", "catching-up", "catching-up", "on-track"]), "running")).toBe("1 at risk, 2 catching up, 1 on track");
    expect(countsLine(countStandings(["on-track", "finished"]), "running")).toBe("0 at risk, 0 catching up, 1 on track, 1 finished");
    expect(countsLine(countStandings(["not-started", "not-started"]), "before")).toBe("Not started: 2 enrolled");
  });
});

describe("a day's state, in the words both sides read", () => {
  const running = { newestDay: 12, ended: false, joinedDay: 0 };
  it("done, in progress, today, to catch up, own pace, not open yet; never 'missed'", () => {
    expect(dayStateOf(3, running, { completed: true, started: true })).toBe("done");
    expect(dayStateOf(13, running, undefined)).toBe("not-open");
    expect(dayStateOf(12, running, undefined)).toBe("today");
    expect(dayStateOf(12, running, { completed: false, started: true })).toBe("in-progress");
    expect(dayStateOf(11, running, undefined)).toBe("to-catch-up");
    expect(dayStateOf(4, { ...running, joinedDay: 12 }, undefined)).toBe("own-pace");
    expect(dayStateOf(12, { ...running, joinedDay: 12 }, undefined)).toBe("today");
    expect(dayStateOf(30, { newestDay: 30, ended: true, joinedDay: 0 }, undefined)).toBe("to-catch-up");
    for (const s of DAY_STATES) expect(DAY_WORDS[s].word).not.toMatch(/miss/i);
    expect(DAY_WORDS["to-catch-up"].word).toBe("to catch up");
  });

  it("every standing has a word and a short note of its facts", () => {
    for (const s of STANDINGS) expect(STANDING_WORDS[s].word.length).toBeGreaterThan(0);
    expect(standingNote({ standing: "at-risk", done: 8, behind: 3, idleDays: 4, joinedDay: 0 })).toBe("3 days to catch up, nothing saved for 4 days");
    expect(standingNote({ standing: "catching-up", done: 8, behind: 1, idleDays: 0, joinedDay: 0 })).toBe("1 day to catch up");
    expect(standingNote({ standing: "finished-with-gaps", done: 26, behind: 4, idleDays: null, joinedDay: 0 })).toBe("26 of 30 days done");
  });
});

describe("the course clock", () => {
  it("agrees with positionAt on the newest open day at any instant, weekends and DST included", () => {
    const cohorts = [ny, weekdays, { startsOn: "2026-10-25", timeZone: "America/New_York", schedule: "daily" as const }, { startsOn: "2027-03-10", timeZone: "Australia/Lord_Howe", schedule: "weekdays" as const }];
    for (const cohort of cohorts) {
      const start = Date.parse(`${cohort.startsOn}T00:00:00Z`) - 3 * 86_400_000;
      for (let t = start; t < start + 50 * 86_400_000; t += 5 * 3_600_000 + 17 * 60_000) {
        const position = positionAt(cohort, new Date(t));
        const expected = position.phase === "before" ? 0 : position.phase === "ended" ? 30 : position.day;
        const clock = courseClock(cohort, new Date(t));
        expect(clock.newestDay).toBe(expected);
        expect(clock.phase).toBe(position.phase);
        expect(clock.joinedDayAt(new Date(t))).toBe(expected);
      }
    }
  });
});
