/**
 * Once day 1 has opened, a cohort's calendar (its day 1, time zone and schedule) is fixed:
 * moving it would reopen or relock days people have done and change what every email and
 * calendar already said. A calendar that cannot be computed (a corrupt row) stays editable,
 * so it can be fixed. Pure.
 */
import { formatLocalDate } from "~/time/format";
import { calendarProblem, positionAt, type CohortCalendar } from "./schedule";

export type CalendarFields = CohortCalendar;

/** When the calendar is fixed: the local date day 1 opened; null while it can still change. */
export function calendarFixedSince(cohort: CalendarFields, now: Date): string | null {
  if (calendarProblem(cohort)) return null;
  return positionAt(cohort, now).phase === "before" ? null : cohort.startsOn;
}

/** Errors for each calendar field a save would change on a cohort that has started. */
export function calendarChangeErrors(cohort: CalendarFields, input: CalendarFields, now: Date): Record<string, string> {
  const since = calendarFixedSince(cohort, now);
  if (!since) return {};
  const why = `Day 1 opened on ${formatLocalDate(since)}, so this is fixed: changing it would move days people have already done.`;
  const errors: Record<string, string> = {};
  if (input.startsOn !== cohort.startsOn) errors.startsOn = why;
  if (input.timeZone !== cohort.timeZone) errors.timeZone = why;
  if (input.schedule !== cohort.schedule) errors.schedule = why;
  return errors;
}
