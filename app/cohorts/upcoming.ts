/**
 * Which cohorts a visitor can still join, and how to say where each stands (pure): open for
 * enrollment, not finished, a seat left; soonest first, those already running after the ones
 * about to start only when they start later.
 */
import { calendarProblem, positionAt, unlockInstant, type CohortCalendar } from "./schedule";

export type CohortFacts = CohortCalendar & { slug: string; title: string; capacity: number; enrollmentOpen: boolean; taken: number };

export type UpcomingCohort = {
  slug: string;
  title: string;
  timeZone: string;
  /** Day 1's unlock instant (ISO), shown in the visitor's zone. */
  startsAt: string;
  status: { kind: "starting" } | { kind: "running"; day: number };
  seatsLeft: number;
};

export function upcomingCohorts(cohorts: CohortFacts[], now: Date, limit = 6): UpcomingCohort[] {
  const open: UpcomingCohort[] = [];
  for (const c of cohorts) {
    if (!c.enrollmentOpen || c.taken >= c.capacity || calendarProblem(c)) continue;
    const position = positionAt(c, now);
    if (position.phase === "ended") continue;
    open.push({
      slug: c.slug,
      title: c.title,
      timeZone: c.timeZone,
      startsAt: unlockInstant(c, 1).toISOString(),
      status: position.phase === "before" ? { kind: "starting" } : { kind: "running", day: position.day },
      seatsLeft: c.capacity - c.taken,
    });
  }
  return open.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title)).slice(0, limit);
}
