import { upcomingCohorts, type CohortFacts } from "~/cohorts/upcoming";

const base: CohortFacts = { slug: "a", title: "A", startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily", capacity: 10, enrollmentOpen: true, taken: 3 };
const NOW = new Date("2026-11-21T20:00:00Z"); // day 12 of a cohort that started 10 November in New York

describe("the cohorts a visitor can join", () => {
  it("lists open cohorts that have not finished and have a seat, soonest first, with where each stands", () => {
    const list = upcomingCohorts(
      [
        { ...base, slug: "later", title: "Later", startsOn: "2027-01-04" },
        { ...base, slug: "running", title: "Running" },
        { ...base, slug: "closed", enrollmentOpen: false },
        { ...base, slug: "full", taken: 10 },
        { ...base, slug: "over", startsOn: "2026-09-01" },
        { ...base, slug: "broken", startsOn: "9999-12-20" },
      ],
      NOW,
    );
    expect(list.map((c) => c.slug)).toEqual(["running", "later"]);
    expect(list[0]).toMatchObject({ status: { kind: "running", day: 12 }, seatsLeft: 7, startsAt: "2026-11-10T05:00:00.000Z" });
    expect(list[1]).toMatchObject({ status: { kind: "starting" } });
  });

  it("is empty when nothing is open, and stops at the limit", () => {
    expect(upcomingCohorts([{ ...base, enrollmentOpen: false }], NOW)).toEqual([]);
    expect(upcomingCohorts(Array.from({ length: 9 }, (_, i) => ({ ...base, slug: `c${i}` })), NOW, 6)).toHaveLength(6);
  });
});
