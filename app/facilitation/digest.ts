/**
 * When a cohort's weekly digest is due. Pure. Each Monday from the cohort's send hour (in the
 * cohort's zone), while the course runs and in the week after it ends. Only the current
 * week's digest is ever due: a Monday missed entirely is not sent days later.
 */
import { addDays, instantAt, localDateOf, weekdayOf, type LocalDate } from "~/time/local-date";
import { courseEnd, dateOfDay, type CohortCalendar } from "~/cohorts/schedule";

/** The local date of the Monday whose digest is due at `now`, or null. */
export function digestWeekDue(cohort: CohortCalendar & { sendHour: number }, now: Date): LocalDate | null {
  const today = localDateOf(now, cohort.timeZone);
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
  if (now < instantAt(monday, cohort.sendHour, cohort.timeZone)) return null;
  const started = dateOfDay(cohort, 1) <= addDays(monday, 6);
  const lastWeek = addDays(localDateOf(courseEnd(cohort), cohort.timeZone), 6);
  return started && monday <= lastWeek ? monday : null;
}

export function digestKey(cohortId: number, facilitatorId: number, monday: LocalDate): string {
  return `digest/${cohortId}/${facilitatorId}/${monday}`;
}
