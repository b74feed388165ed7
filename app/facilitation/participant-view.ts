/**
 * What the facilitator's page about one participant shows, from their rows. Pure.
 *
 * A summary in the grid's terms (days done, at risk or on track, last activity, streak),
 * then two lists of the open days, newest first: the days whose work the facilitator may
 * read (complete and not private: these take feedback), and the rest, told by state only
 * (not started, a draft, or complete but private) so they do not stand in the way.
 */
import { positionAt, openDays, type CohortCalendar } from "~/cohorts/schedule";
import type { DayPillar } from "~/course/pillars";
import { facilitatorMayRead, facilitatorMaySeeRating } from "~/progress/visibility";
import { cells, risk, type CellState, type Risk } from "./grid";

export type WorkRow = { day: number; exerciseAnswer: string; reflection: string; rating: number | null; isPrivate: boolean; completedAt: Date | null; updatedAt: Date };
export type FeedbackRow = { id: number; day: number; body: string; author: string | null; createdAt: Date };
export type DayMeta = { day: number; title: string; pillar: DayPillar };

export type ReadableDay = DayMeta & { cell: CellState; completedAt: Date; rating: number | null; exerciseAnswer: string; reflection: string; feedback: FeedbackRow[] };
/** `work`: none yet, a draft (text is its author's alone), or complete but private (state and rating only). */
export type UnreadableDay = DayMeta & { cell: CellState; work: "none" | "draft" | "private"; rating: number | null; feedback: FeedbackRow[] };

export type ParticipantView = {
  phase: "before" | "running" | "ended";
  newestDay: number;
  done: number;
  lastActivity: Date | null;
  risk: Risk;
  /** Days done in a row, back from today's (or yesterday's while today's is open). */
  streak: number;
  readable: ReadableDay[];
  unreadable: UnreadableDay[];
};

/** The grid's words for a day's cell. */
export const CELL_WORDS: Record<CellState, string> = { done: "done", late: "done late", open: "open today", missed: "missed", locked: "not open yet" };

export function participantView(cohort: CohortCalendar, days: readonly DayMeta[], enrolledAt: Date, work: readonly WorkRow[], feedback: readonly FeedbackRow[], now: Date): ParticipantView {
  const position = positionAt(cohort, now);
  const newestDay = openDays(cohort, now);
  const byDay = new Map(work.map((w) => [w.day, w]));
  const completedAt = new Map(work.flatMap((w) => (w.completedAt ? [[w.day, w.completedAt] as const] : [])));
  const lastActivity = work.reduce<Date | null>((last, w) => (last === null || w.updatedAt > last ? w.updatedAt : last), null);
  const states = cells(cohort, newestDay, position.phase === "ended", completedAt);
  const feedbackOn = (day: number) => feedback.filter((f) => f.day === day);

  let streak = 0;
  for (let day = states[newestDay - 1] === "open" ? newestDay - 1 : newestDay; day >= 1 && completedAt.has(day); day--) streak++;

  const readable: ReadableDay[] = [];
  const unreadable: UnreadableDay[] = [];
  for (const meta of [...days].filter((d) => d.day <= newestDay || byDay.has(d.day)).sort((a, b) => b.day - a.day)) {
    const w = byDay.get(meta.day);
    const cell = states[meta.day - 1]!;
    if (w && facilitatorMayRead(w)) {
      readable.push({ ...meta, cell, completedAt: w.completedAt!, rating: w.rating, exerciseAnswer: w.exerciseAnswer, reflection: w.reflection, feedback: feedbackOn(meta.day) });
    } else {
      const rating = w && facilitatorMaySeeRating(w) ? w.rating : null;
      unreadable.push({ ...meta, cell, work: !w ? "none" : w.completedAt ? "private" : "draft", rating, feedback: feedbackOn(meta.day) });
    }
  }
  return {
    phase: position.phase,
    newestDay,
    done: completedAt.size,
    lastActivity,
    risk: risk({ completedAt, lastActivity, enrolledAt, joinedDay: openDays(cohort, enrolledAt) }, newestDay, now),
    streak,
    readable,
    unreadable,
  };
}
