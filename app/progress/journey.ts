/**
 * A participant's thirty days at an instant: each day's state (in the shared words of
 * ./vocabulary.ts, decided by ./standing.ts), progress per pillar, the current streak, where
 * they stand, and the one thing to do next. Pure.
 */
import { COURSE_LENGTH, unlockInstant, type CohortCalendar } from "~/cohorts/schedule";
import { PILLARS, type DayPillar, type Pillar } from "~/course/pillars";
import { courseClock } from "./course-clock";
import { dayStateOf, isToday, standingOf, type ParticipantStanding } from "./standing";
import type { DayState } from "./vocabulary";

export type { DayState };
export type DayMeta = { day: number; pillar: DayPillar; title: string };
/** `updatedAt`: when the day's work was last saved (for how long someone has been quiet). */
export type DayProgressFacts = { completed: boolean; started: boolean; updatedAt?: Date };

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
  /** Where they stand (when the enrollment is known). */
  standing: ParticipantStanding | null;
};

/** Who the journey is for: when they enrolled, and their own time zone (null: the cohort's). */
export type JourneyPerson = { enrolledAt: Date; timeZone: string | null };

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

export function buildJourney(cohort: CohortCalendar, days: DayMeta[], progress: Map<number, DayProgressFacts>, now: Date, person?: JourneyPerson): Journey {
  const clock = courseClock(cohort, now);
  const { newestDay, phase } = clock;
  const at = { newestDay, ended: phase === "ended", joinedDay: person ? clock.joinedDayAt(person.enrolledAt) : 0 };

  const cards: DayCard[] = days.map((meta) => {
    const facts = progress.get(meta.day);
    return { ...meta, state: dayStateOf(meta.day, at, facts), started: facts?.started ?? false, unlocksAt: unlockInstant(cohort, meta.day) };
  });

  const pillars = PILLARS.map((pillar) => {
    const mine = cards.filter((c) => countsToward(c.pillar, pillar));
    return {
      pillar,
      done: mine.filter((c) => c.state === "done").length,
      unlocked: mine.filter((c) => c.state !== "not-open").length,
      total: mine.length,
    };
  });

  // Consecutive done days counting back from today (or from yesterday while today is not done yet).
  let streak = 0;
  let from = newestDay;
  if (isToday(from, at) && cards[from - 1]?.state !== "done") from -= 1;
  for (let d = from; d >= 1 && cards[d - 1]!.state === "done"; d--) streak++;

  const openNotDone = cards.filter((c) => c.state !== "done" && c.state !== "not-open");
  const catchUp = openNotDone.filter((c) => !isToday(c.day, at));
  const completed = cards.filter((c) => c.state === "done").length;
  const firstEarlier = openNotDone.find((c) => c.day < at.joinedDay);
  const behind = openNotDone.length;
  let next: NextStep;
  if (phase === "before") next = { kind: "not-started", startsAt: unlockInstant(cohort, 1) };
  else if (firstEarlier) next = { kind: "late-start", day: firstEarlier.day, joinedDay: at.joinedDay, behind, levelByDay: levelByDay(newestDay, behind) };
  else if (isToday(newestDay, at) && cards[newestDay - 1]?.state !== "done") next = { kind: "today", day: newestDay };
  else if (catchUp.length > 0) next = { kind: "catch-up", day: catchUp[0]!.day, behind: catchUp.length };
  else if (newestDay < COURSE_LENGTH) next = { kind: "up-to-date", nextDay: newestDay + 1, unlocksAt: cards[newestDay]!.unlocksAt };
  else next = { kind: "finished" };

  let standing: ParticipantStanding | null = null;
  if (person) {
    let lastActivity: Date | null = null;
    for (const f of progress.values()) if (f.updatedAt && (!lastActivity || f.updatedAt > lastActivity)) lastActivity = f.updatedAt;
    standing = standingOf(clock, { done: completed, lastActivity, enrolledAt: person.enrolledAt, timeZone: person.timeZone });
  }

  return { phase, newestDay, cards, pillars, streak, completed, catchUp, next, joinedDay: at.joinedDay, standing };
}
