/**
 * What the facilitator's page about one participant shows, from their rows. Pure.
 *
 * A summary in the shared words (app/progress/vocabulary.ts: standing, days done, streak,
 * last activity), then two lists of the open days, newest first: the days whose work the
 * facilitator may read (complete and not private: these take feedback), and the rest, told
 * by their state only (today, in progress, to catch up, own pace, or done but kept private)
 * so they do not stand in the way.
 */
import type { DayPillar } from "~/course/pillars";
import { courseClock } from "~/progress/course-clock";
import { dayStateOf, isToday, standingOf, type DayPosition, type ParticipantStanding } from "~/progress/standing";
import type { DayState } from "~/progress/vocabulary";
import { facilitatorMayRead, facilitatorMaySeeRating } from "~/progress/visibility";
import type { CohortCalendar } from "~/cohorts/schedule";
import type { DayVisibility } from "~/progress/visibility";

export type WorkRow = { day: number; exerciseAnswer: string; reflection: string; rating: number | null; visibility: DayVisibility; completedAt: Date | null; updatedAt: Date };
export type FeedbackRow = { id: number; day: number; body: string; author: string | null; createdAt: Date };
export type DayMeta = { day: number; title: string; pillar: DayPillar };

export type ReadableDay = DayMeta & { completedAt: Date; rating: number | null; exerciseAnswer: string; reflection: string; feedback: FeedbackRow[] };
/** `kept private`: complete, but its text is the participant's (its state and rating show). */
export type UnreadableDay = DayMeta & { state: DayState; keptPrivate: boolean; rating: number | null; feedback: FeedbackRow[] };

export type ParticipantView = {
  phase: "before" | "running" | "ended";
  newestDay: number;
  standing: ParticipantStanding;
  lastActivity: Date | null;
  /** Days done in a row, back from today's (or yesterday's while today's is not done yet). */
  streak: number;
  readable: ReadableDay[];
  unreadable: UnreadableDay[];
};

/** `timeZone`: the participant's own, or null for the cohort's (their standing is judged in it). */
export function participantView(cohort: CohortCalendar, days: readonly DayMeta[], person: { enrolledAt: Date; timeZone: string | null }, work: readonly WorkRow[], feedback: readonly FeedbackRow[], now: Date): ParticipantView {
  const clock = courseClock(cohort, now);
  const byDay = new Map(work.map((w) => [w.day, w]));
  const done = work.filter((w) => w.completedAt !== null).length;
  const lastActivity = work.reduce<Date | null>((last, w) => (last === null || w.updatedAt > last ? w.updatedAt : last), null);
  const standing = standingOf(clock, { done, lastActivity, enrolledAt: person.enrolledAt, timeZone: person.timeZone });
  const position: DayPosition = { newestDay: clock.newestDay, ended: clock.phase === "ended", joinedDay: standing.joinedDay };
  const stateOf = (day: number): DayState => {
    const w = byDay.get(day);
    return dayStateOf(day, position, w && { completed: w.completedAt !== null, started: Boolean(w.exerciseAnswer || w.reflection) });
  };
  const feedbackOn = (day: number) => feedback.filter((f) => f.day === day);

  let streak = 0;
  const from = isToday(clock.newestDay, position) && stateOf(clock.newestDay) !== "done" ? clock.newestDay - 1 : clock.newestDay;
  for (let day = from; day >= 1 && stateOf(day) === "done"; day--) streak++;

  const readable: ReadableDay[] = [];
  const unreadable: UnreadableDay[] = [];
  for (const meta of [...days].filter((d) => d.day <= clock.newestDay || byDay.has(d.day)).sort((a, b) => b.day - a.day)) {
    const w = byDay.get(meta.day);
    if (w && facilitatorMayRead(w)) {
      readable.push({ ...meta, completedAt: w.completedAt!, rating: w.rating, exerciseAnswer: w.exerciseAnswer, reflection: w.reflection, feedback: feedbackOn(meta.day) });
    } else {
      const rating = w && facilitatorMaySeeRating(w) ? w.rating : null;
      unreadable.push({ ...meta, state: stateOf(meta.day), keptPrivate: w?.completedAt != null, rating, feedback: feedbackOn(meta.day) });
    }
  }
  return { phase: clock.phase, newestDay: clock.newestDay, standing, lastActivity, streak, readable, unreadable };
}
