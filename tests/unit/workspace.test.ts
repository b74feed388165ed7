import { cohortCard, nextStep, type CohortFacts } from "~/facilitation/workspace";

const running: CohortFacts = {
  slug: "spring",
  standing: { phase: "running", startedOn: "Tuesday 10 November 2026", day: 12 },
  problem: null,
  active: 24,
  waitlisted: 0,
  capacity: 40,
  atRisk: 5,
  completionRate: 72,
};

describe("a cohort's card on the facilitator's home", () => {
  it("says where a running cohort stands, how full it is and who needs attention", () => {
    expect(cohortCard(running)).toEqual({
      status: "Day 12 of 30",
      when: "Started Tuesday 10 November 2026.",
      seats: "24 of 40 seats taken",
      attention: "5 need attention",
      next: { label: "See who needs attention", href: "/facilitate/cohorts/spring?filter=at-risk", why: expect.any(String) },
    });
    expect(cohortCard({ ...running, atRisk: 1, waitlisted: 2 })).toMatchObject({ attention: "1 needs attention", seats: "24 of 40 seats taken, 2 on the waitlist" });
    expect(cohortCard({ ...running, atRisk: 0 })).toMatchObject({ attention: "Nobody needs attention", next: { label: "Open the cohort", href: "/facilitate/cohorts/spring" } });
  });

  it("suggests the one next thing: fix dates, invite people, see who needs attention, or read the report", () => {
    const before = { ...running, standing: { phase: "before", startsOn: "Tuesday 10 November 2026", inDays: 5 } as const, atRisk: 0 };
    expect(cohortCard({ ...before, active: 0 })).toMatchObject({ status: "Not started", when: "Day 1 is Tuesday 10 November 2026, in 5 days.", attention: null, next: { label: "Invite people", href: "/facilitate/cohorts/spring/invite" } });
    expect(nextStep({ ...before, active: 40 }).label).toBe("Open the cohort");
    expect(nextStep({ ...running, active: 0, atRisk: 0 }).label).toBe("Invite people");
    expect(cohortCard({ ...running, standing: { phase: "ended", endedOn: "Wednesday 9 December 2026" } })).toMatchObject({ status: "Finished", attention: null, next: { label: "Read the cohort report", href: "/facilitate/cohorts/spring/report" } });
    expect(cohortCard({ ...running, standing: null, problem: "day 1 is not a date", atRisk: null })).toMatchObject({ status: "Dates need fixing", next: { label: "Fix the dates", href: "/facilitate/cohorts/spring/settings" } });
  });
});
