import type { DayPillar } from "~/course/pillars";
import { participantView, type WorkRow } from "~/facilitation/participant-view";

const cohort = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };
const days = Array.from({ length: 30 }, (_, i) => ({ day: i + 1, title: `Day ${i + 1} title`, pillar: "process" as DayPillar }));
const NOW = new Date("2026-11-21T20:00:00Z"); // day 12
const JOINED = new Date("2026-11-01T12:00:00Z");
/** Worked on at 15:00 UTC on day `day`'s own date. */
const on = (day: number) => new Date(Date.UTC(2026, 10, 9 + day, 15));
const work = (day: number, extra: Partial<WorkRow> = {}): WorkRow => ({ day, exerciseAnswer: `answer ${day}`, reflection: `reflection ${day}`, rating: 4, isPrivate: false, completedAt: on(day), updatedAt: on(day), ...extra });

describe("the facilitator's view of one participant", () => {
  it("offers only readable days for feedback, newest first; the rest by state, with no text", () => {
    const rows = [work(1), work(2, { isPrivate: true, rating: 2 }), work(3, { completedAt: null, rating: 5, exerciseAnswer: "DRAFT" }), work(4), work(11), work(12)];
    const feedback = [{ id: 1, day: 2, body: "Earlier note", author: "Morgan", createdAt: on(3) }];
    const v = participantView(cohort, days, JOINED, rows, feedback, NOW);
    expect(v.readable.map((d) => d.day)).toEqual([12, 11, 4, 1]);
    expect(v.readable[3]).toMatchObject({ exerciseAnswer: "answer 1", reflection: "reflection 1", rating: 4, cell: "done" });
    expect(v.unreadable.map((d) => [d.day, d.cell, d.work, d.rating])).toEqual([
      [10, "missed", "none", null],
      [9, "missed", "none", null],
      [8, "missed", "none", null],
      [7, "missed", "none", null],
      [6, "missed", "none", null],
      [5, "missed", "none", null],
      [3, "missed", "draft", null], // a draft's rating is its author's alone
      [2, "done", "private", 2],
    ]);
    expect(v.unreadable.find((d) => d.day === 2)!.feedback).toEqual(feedback);
    expect(JSON.stringify(v.unreadable)).not.toMatch(/DRAFT|answer|reflection/);
    expect(v).toMatchObject({ phase: "running", newestDay: 12, done: 5, streak: 2 });
    expect(v.lastActivity).toEqual(on(12));
    expect(v.risk).toMatchObject({ atRisk: true, openIncomplete: 7 });
  });

  it("counts the streak back from yesterday while today's day is open, and shows today's day as open", () => {
    const v = participantView(cohort, days, JOINED, [9, 10, 11].map((d) => work(d)), [], NOW);
    expect(v.streak).toBe(3);
    expect(v.unreadable[0]).toMatchObject({ day: 12, cell: "open", work: "none" });
  });

  it("does not hold the days before a late joiner arrived against them", () => {
    const joined = new Date("2026-11-21T15:00:00Z"); // on day 12
    const v = participantView(cohort, days, joined, [], [], NOW);
    expect(v).toMatchObject({ done: 0, lastActivity: null, streak: 0 });
    expect(v.risk.atRisk).toBe(false);
    expect(v.unreadable).toHaveLength(12);
  });

  it("before the course starts there are no days to show", () => {
    const v = participantView(cohort, days, JOINED, [], [], new Date("2026-11-09T12:00:00Z"));
    expect(v).toMatchObject({ phase: "before", newestDay: 0, readable: [], unreadable: [], streak: 0 });
  });
});
