/**
 * A participant's thirty days at an instant: each day's state, progress per pillar, the
 * current streak and the one thing to do next. Pure.
 *
 * States: `done` (marked complete), `open` (today's newest day, not done), `missed` (an
 * earlier open day not done: catch-up), `earlier` (opened before the person joined, not done:
 * theirs to do at their own pace, never counted against them), `locked` (not yet unlocked).
 */
import { COURSE_LENGTH, positionAt, unlockInstant, type CohortCalendar } from "~/cohorts/schedule";
import { PILLARS, type DayPillar, type Pillar } from "~/course/pillars";

export type DayState = "done" | "open" | "missed" | "earlier" | "locked";
export type DayMeta = { day: number; pillar: DayPillar; title: string };
export type DayProgressFacts = { completed: boolean; started: boolean };

export type DayCard = DayMeta & { state: DayState; started: boolean; unlocksAt: Date };
export type PillarProgress = { pillar: Pillar; done: number; unlocked: number; total: number };
export type NextStep =
  | { kind: "not-started"; startsAt: Date }
  | { kind: "today"; day: number }
  | { kind: "catch-up"; day: number; behind: number }
  /** A late joiner: start with the first day not done (day 1 holds the baseline), with a plan. */
  | { kind: "late-start"; day: number; joinedDay: number; behind: number; levelByDay: number | null }
  | { kind: "up-to-date"; nextDay: number; unlocksAt: Date }
  | { kind: "finished" };

export type Journey = {
  phase: "before" | "running" | "ended";
  /** The newest unlocked day (0 before the start). */
  newestDay: number;
  cards: DayCard[];
  pillars: PillarProgress[];
  streak: number;
  completed: number;
  catchUp: DayCard[];
  next: NextStep;
  /** The newest open day when the person joined (0 before the start): above 1, a late joiner. */
  joinedDay: number;
};

/** The days a person catches up at this pace. */
export const CATCH_UP_PACE = 2;

/**
 * When someone `behind` days behind on day `today` is level, doing two days a day while one
 * new day opens each day; null when that is after day 30 (every day stays open after it).
 */
export function levelByDay(today: number, behind: number): number | null {
  if (behind <= 1) return today;
  const day = today + behind - CATCH_UP_PACE;
  return day <= COURSE_LENGTH ? day : null;
}

/** Whether a day counts toward a pillar: its own days, and integration days for every pillar. */
export function countsToward(dayPillar: DayPillar, pillar: Pillar): boolean {
  return dayPillar === pillar || dayPillar === "all";
}

export function buildJourney(cohort: CohortCalendar, days: DayMeta[], progress: Map<number, DayProgressFacts>, now: Date, joinedAt?: Date): Journey {
  const position = positionAt(cohort, now);
  const newestDay = position.phase === "before" ? 0 : position.phase === "ended" ? COURSE_LENGTH : position.day;
  const ended = position.phase === "ended";
  const joined = joinedAt ? positionAt(cohort, joinedAt) : null;
  const joinedDay = !joined || joined.phase === "before" ? 0 : joined.phase === "ended" ? COURSE_LENGTH : joined.day;

  const cards: DayCard[] = days.map((meta) => {
    const facts = progress.get(meta.day);
    const unlocksAt = unlockInstant(cohort, meta.day);
    let state: DayState;
    if (facts?.completed) state = "done";
    else if (meta.day > newestDay) state = "locked";
    else if (meta.day === newestDay && !ended) state = "open";
    else state = meta.day < joinedDay ? "earlier" : "missed";
    return { ...meta, state, started: facts?.started ?? false, unlocksAt };
  });

  const pillars = PILLARS.map((pillar) => {
    const mine = cards.filter((c) => countsToward(c.pillar, pillar));
    return {
      pillar,
      done: mine.filter((c) => c.state === "done").length,
      unlocked: mine.filter((c) => c.state !== "locked").length,
      total: mine.length,
    };
  });

  // Consecutive done days counting back from today (or from yesterday while today is still open).
  let streak = 0;
  let from = newestDay;
  if (cards[from - 1]?.state === "open") from -= 1;
  for (let d = from; d >= 1 && cards[d - 1]!.state === "done"; d--) streak++;

  const catchUp = cards.filter((c) => c.state === "missed" || c.state === "earlier");
  const completed = cards.filter((c) => c.state === "done").length;
  const firstEarlier = cards.find((c) => c.state === "earlier");
  const behind = cards.filter((c) => c.state !== "done" && c.state !== "locked").length;
  let next: NextStep;
  if (position.phase === "before") next = { kind: "not-started", startsAt: position.startsAt };
  else if (firstEarlier) next = { kind: "late-start", day: firstEarlier.day, joinedDay, behind, levelByDay: levelByDay(newestDay, behind) };
  else if (cards[newestDay - 1]?.state === "open") next = { kind: "today", day: newestDay };
  else if (catchUp.length > 0) next = { kind: "catch-up", day: catchUp[0]!.day, behind: catchUp.length };
  else if (newestDay < COURSE_LENGTH) next = { kind: "up-to-date", nextDay: newestDay + 1, unlocksAt: cards[newestDay]!.unlocksAt };
  else next = { kind: "finished" };

  return { phase: position.phase, newestDay, cards, pillars, streak, completed, catchUp, next, joinedDay };
}
