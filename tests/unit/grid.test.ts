import { cells, risk, sortRows } from "~/facilitation/grid";

const cohort = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };
const on = (date: string) => new Date(`${date}T15:00:00Z`); // mid-morning in New York

describe("the facilitator's grid", () => {
  it("tells done from late, open, missed and locked", () => {
    const completed = new Map([
      [1, on("2026-11-10")], // on its own date
      [2, on("2026-11-13")], // three days late
    ]);
    const row = cells(cohort, 4, false, completed);
    expect(row.slice(0, 6)).toEqual(["done", "late", "missed", "open", "locked", "locked"]);
    expect(row).toHaveLength(30);
  });

  it("after the course ends, nothing is open", () => {
    expect(cells(cohort, 30, true, new Map()).slice(28)).toEqual(["missed", "missed"]);
  });

  it("flags two or more open days incomplete, or three idle days", () => {
    const now = new Date("2026-11-21T20:00:00Z");
    const enrolledAt = new Date("2026-11-01T12:00:00Z");
    const through = (n: number) => new Map(Array.from({ length: n }, (_, i) => [i + 1, on("2026-11-20")] as [number, Date]));
    expect(risk({ completedAt: through(11), lastActivity: new Date("2026-11-21T10:00:00Z"), enrolledAt, joinedDay: 0 }, 12, now)).toEqual({ atRisk: false, openIncomplete: 1, idleDays: 0 });
    expect(risk({ completedAt: through(10), lastActivity: new Date("2026-11-21T10:00:00Z"), enrolledAt, joinedDay: 0 }, 12, now)).toMatchObject({ atRisk: true, openIncomplete: 2 });
    expect(risk({ completedAt: through(12), lastActivity: new Date("2026-11-18T19:00:00Z"), enrolledAt, joinedDay: 0 }, 12, now)).toMatchObject({ atRisk: true, idleDays: 3 });
    expect(risk({ completedAt: new Map(), lastActivity: null, enrolledAt, joinedDay: 0 }, 0, now)).toEqual({ atRisk: false, openIncomplete: 0, idleDays: null });
  });

  it("counts a late joiner's risk from the day they joined", () => {
    const now = new Date("2026-11-21T20:00:00Z"); // day 12
    const joined = new Date("2026-11-21T15:00:00Z");
    // Joined today on day 12 with nothing done: one day owed (today), not at risk.
    expect(risk({ completedAt: new Map(), lastActivity: null, enrolledAt: joined, joinedDay: 12 }, 12, now)).toMatchObject({ atRisk: false, openIncomplete: 12 });
    // Two days later (day 14), one day done: three owed, one paid, two behind: at risk.
    const later = new Date("2026-11-23T20:00:00Z");
    const one = new Map([[1, later]]);
    expect(risk({ completedAt: one, lastActivity: later, enrolledAt: joined, joinedDay: 12 }, 14, later)).toMatchObject({ atRisk: true });
    // Keeping pace from day 1 (three days done by day 14): not at risk, though days 4-14 are open.
    const three = new Map([[1, later], [2, later], [3, later]]);
    expect(risk({ completedAt: three, lastActivity: later, enrolledAt: joined, joinedDay: 12 }, 14, later)).toMatchObject({ atRisk: false, openIncomplete: 11 });
  });

  it("sorts by name, by progress and by last activity", () => {
    const rows = [
      { name: "Cleo", done: 5, lastActivity: new Date("2026-11-20") },
      { name: "Abe", done: 9, lastActivity: null },
      { name: "Bo", done: 5, lastActivity: new Date("2026-11-10") },
    ];
    expect(sortRows(rows, "name").map((r) => r.name)).toEqual(["Abe", "Bo", "Cleo"]);
    expect(sortRows(rows, "progress").map((r) => r.name)).toEqual(["Bo", "Cleo", "Abe"]);
    expect(sortRows(rows, "activity").map((r) => r.name)).toEqual(["Abe", "Bo", "Cleo"]);
  });
});
