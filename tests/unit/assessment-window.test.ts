import { assessmentEditable, assessmentNote, finalAssessmentDeadline, finalAssessmentLastDate, finalStatus } from "~/progress/assessment-window";
import { confidenceSource, growthLine, isEmptyReport, scoreMakeup } from "~/balance/wording";
import type { PillarScore, BalanceReport } from "~/balance/scoring";
import type { CohortCalendar } from "~/cohorts/schedule";

// Day 30 of a daily cohort starting 2026-11-10 is 2026-12-09; the course ends at 00:00 on the 10th (New York).
const cohort: CohortCalendar = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" };

describe("when assessments can be taken or changed", () => {
  it("keeps the final assessment open until the end of the 30th day after the course, in the cohort's zone", () => {
    expect(finalAssessmentLastDate(cohort)).toBe("2027-01-08");
    expect(finalAssessmentDeadline(cohort).toISOString()).toBe("2027-01-09T05:00:00.000Z");
    expect(assessmentEditable("final", cohort, { day1Completed: true }, new Date("2027-01-09T04:59:59Z"))).toBe(true);
    expect(assessmentEditable("final", cohort, { day1Completed: true }, new Date("2027-01-09T05:00:00Z"))).toBe(false);
  });

  it("fixes the baseline once day 1 is completed, whatever the date", () => {
    const during = new Date("2026-11-12T12:00:00Z");
    expect(assessmentEditable("baseline", cohort, { day1Completed: false }, during)).toBe(true);
    expect(assessmentEditable("baseline", cohort, { day1Completed: true }, during)).toBe(false);
    expect(assessmentEditable("baseline", cohort, { day1Completed: false }, new Date("2027-06-01T00:00:00Z"))).toBe(true);
  });

  it("names the final assessment's state: taken, later, open with its last date, closed", () => {
    expect(finalStatus(cohort, true, true, new Date("2027-05-01T00:00:00Z"))).toEqual({ kind: "taken" });
    expect(finalStatus(cohort, false, false, new Date("2026-11-20T00:00:00Z"))).toEqual({ kind: "later" });
    expect(finalStatus(cohort, false, true, new Date("2026-12-20T00:00:00Z"))).toEqual({ kind: "open", lastDate: "2027-01-08" });
    expect(finalStatus(cohort, false, true, new Date("2027-01-09T05:00:00Z"))).toEqual({ kind: "closed" });
  });

  it("explains a fixed or open assessment", () => {
    expect(assessmentNote("baseline", false, "x")).toBeNull();
    expect(assessmentNote("baseline", true, "x")).toMatch(/baseline is fixed/);
    expect(assessmentNote("final", false, "Friday, 8 January 2027")).toContain("until Friday, 8 January 2027");
    expect(assessmentNote("final", true, "Friday, 8 January 2027")).toContain("closed after Friday, 8 January 2027");
  });
});

const pillar = (over: Partial<PillarScore>): PillarScore => ({ pillar: "product", completed: 0, unlocked: 0, engagement: 0, confidence: null, score: 0, baselineMean: null, finalMean: null, growth: null, hindsightGrowth: null, ...over });
const report = (pillars: PillarScore[]): BalanceReport => ({ pillars, balance: 100, diagnosis: { kind: "balanced" } });

describe("wording a report from its facts", () => {
  it("calls a report with no day done and no assessment empty, and not one with either", () => {
    expect(isEmptyReport(report([pillar({ unlocked: 3 }), pillar({ pillar: "process" }), pillar({ pillar: "people" })]))).toBe(true);
    expect(isEmptyReport(report([pillar({ completed: 1, unlocked: 3, score: 17 }), pillar({ pillar: "process" }), pillar({ pillar: "people" })]))).toBe(false);
    expect(isEmptyReport(report([pillar({ confidence: 0 }), pillar({ pillar: "process", confidence: 0 }), pillar({ pillar: "people", confidence: 0 })]))).toBe(false);
  });

  it("says which assessment the scores use", () => {
    expect(scoreMakeup(confidenceSource(true, true))).toContain("half your own final assessment");
    expect(scoreMakeup(confidenceSource(true, false))).toContain("half your own day 1 assessment");
    expect(scoreMakeup(confidenceSource(false, false))).toContain("only the days you did");
    expect(scoreMakeup(confidenceSource(false, true))).toContain("final assessment");
  });

  it("promises growth only while the final assessment can still be taken", () => {
    const p = pillar({ baselineMean: 3 });
    expect(growthLine(pillar({ growth: 0.5 }), true, { kind: "taken" }, "")).toBe("Growth since day 1: +0.50");
    expect(growthLine(pillar({ growth: -0.25 }), true, { kind: "taken" }, "")).toBe("Growth since day 1: -0.25");
    expect(growthLine(p, true, { kind: "later" }, "")).toBe("Growth shows after the final assessment on day 30");
    expect(growthLine(p, true, { kind: "open", lastDate: "2027-01-08" }, "8 January")).toBe("Growth shows once you take the final assessment (day 30, by 8 January)");
    expect(growthLine(p, true, { kind: "closed" }, "")).toBe("No growth to show: the final assessment was not taken");
    expect(growthLine(pillar({}), false, { kind: "open", lastDate: "2027-01-08" }, "")).toMatch(/no day 1 assessment/);
  });
});
