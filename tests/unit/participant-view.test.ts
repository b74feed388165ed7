import type { DayPillar } from "~/course/pillars";
import { participantView, type WorkRow } from "~/facilitation/participant-view";

const cohort = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const };
const days = Array.from({ length: 30 }, (_, i) => ({ day: i + 1, title: `Day ${i + 1} title`, pillar: "process" as DayPillar }));
const NOW = new Date("2026-11-21T20:00:00Z"); // day 12
const JOINED = { enrolledAt: new Date("2026-11-01T12:00:00Z"), timeZone: null };
/** Worked on at 15:00 UTC on day `day`'s own date. */
const on = (day: number) => new Date(Date.UTC(2026, 10, 9 + day, 15));
const work = (day: number, extra: Partial<WorkRow> = {}): WorkRow => ({ day, exerciseAnswer: `answer ${day}`, reflection: `reflection ${day}`, rating: 4, visibility: "facilitators", completedAt: on(day), updatedAt: on(day), ...extra });

describe("the facilitator's view of one participant", () => {
  it("offers only readable days for feedback, newest first; the rest by their state in the shared words, with no text", () => {
    const rows = [work(1), work(2, { visibility: "self", rating: 2 }), work(3, { completedAt: null, rating: 5, exerciseAnswer: "DRAFT" }), work(4), work(11), work(12)];
    const feedback = [{ id: 1, day: 2, body: "Earlier note", author: "Morgan", createdAt: on(3) }];
    const v = participantView(cohort, days, JOINED, rows, feedback, NOW);
    expect(v.readable.map((d) => d.day)).toEqual([12, 11, 4, 1]);
    expect(v.readable[3]).toMatchObject({ exerciseAnswer: "answer 1", reflection: "reflection 1", rating: 4 });
    expect(v.unreadable.map((d) => [d.day, d.state, d.keptPrivate, d.rating])).toEqual([
      [10, "to-catch-up", false, null],
      [9, "to-catch-up", false, null],
      [8, "to-catch-up", false, null],
      [7, "to-catch-up", false, null],
      [6, "to-catch-up", false, null],
      [5, "to-catch-up", false, null],
      [3, "in-progress", false, null], // a draft's rating is its author's alone
      [2, "done", true, 2],
    ]);
    expect(v.unreadable.find((d) => d.day === 2)!.feedback).toEqual(feedback);
    expect(JSON.stringify(v.unreadable)).not.toMatch(/DRAFT|answer|reflection/);
    expect(v).toMatchObject({ phase: "running", newestDay: 12, streak: 2 });
    expect(v.lastActivity).toEqual(on(12));
    // Six days owed (days 1-11 are over, five done) but still saving work: catching up, not at risk.
    expect(v.standing).toMatchObject({ standing: "catching-up", done: 5, behind: 6, idleDays: 0 });
  });

  it("counts the streak back from yesterday while today's day is open, and shows today's day as open", () => {
    const v = participantView(cohort, days, JOINED, [9, 10, 11].map((d) => work(d)), [], NOW);
    expect(v.streak).toBe(3);
    expect(v.unreadable[0]).toMatchObject({ day: 12, state: "today", keptPrivate: false });
  });

  it("does not hold the days before a late joiner arrived against them", () => {
    const joined = { enrolledAt: new Date("2026-11-21T15:00:00Z"), timeZone: null }; // on day 12
    const v = participantView(cohort, days, joined, [], [], NOW);
    expect(v).toMatchObject({ lastActivity: null, streak: 0 });
    expect(v.standing).toMatchObject({ standing: "on-track", done: 0, behind: 0, joinedDay: 12 });
    expect(v.unreadable.map((d) => d.state)).toEqual(["today", ...Array(11).fill("own-pace")]);
  });

  it("before the course starts there are no days to show", () => {
    const v = participantView(cohort, days, JOINED, [], [], new Date("2026-11-09T12:00:00Z"));
    expect(v).toMatchObject({ phase: "before", newestDay: 0, readable: [], unreadable: [], streak: 0, standing: { standing: "not-started" } });
  });
});
