/**
 * Where a cohort stands, in words a visitor and a late joiner can act on: not started
 * (in how many days), running (which day of thirty), or finished. Pure.
 */
import { daysBetween, localDateOf } from "~/time/local-date";
import { formatLocalDate } from "~/time/format";
import { COURSE_LENGTH, dateOfDay, positionAt, type CohortCalendar } from "./schedule";

export type Standing =
  | { phase: "before"; startsOn: string; inDays: number }
  | { phase: "running"; startedOn: string; day: number }
  | { phase: "ended"; endedOn: string };

export function standingAt(cohort: CohortCalendar, now: Date): Standing {
  const position = positionAt(cohort, now);
  const first = dateOfDay(cohort, 1);
  if (position.phase === "before") return { phase: "before", startsOn: formatLocalDate(first), inDays: daysBetween(localDateOf(now, cohort.timeZone), first) };
  if (position.phase === "running") return { phase: "running", startedOn: formatLocalDate(first), day: position.day };
  return { phase: "ended", endedOn: formatLocalDate(dateOfDay(cohort, COURSE_LENGTH)) };
}

/** One line for the cohort page: "Started Tuesday 10 November 2026; today is day 12 of 30." */
export function standingHeadline(s: Standing): string {
  if (s.phase === "before") return `Starts ${s.inDays === 1 ? "tomorrow" : `in ${s.inDays} days`}, on ${s.startsOn}.`;
  if (s.phase === "running") return `Started ${s.startedOn}; today is day ${s.day} of ${COURSE_LENGTH}.`;
  return `Finished on ${s.endedOn}.`;
}

/** What joining now means: a late joiner starts with day 1 and catches up. */
export function joiningNow(s: Standing): string {
  if (s.phase === "before") return `Day 1 opens on ${s.startsOn}; everyone starts together.`;
  if (s.phase === "running") {
    return s.day <= 1
      ? "Day 1 is open today, so you start with everyone else."
      : `The cohort is on day ${s.day} of ${COURSE_LENGTH}. You start with day 1 today; every day so far is open to you, so you catch up at your own pace.`;
  }
  return "This cohort has finished.";
}
