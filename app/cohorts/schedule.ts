/**
 * The course calendar, as pure functions of a cohort's settings and an instant.
 *
 * Day n (1..30) unlocks at 00:00 of the n-th scheduled date from `startsOn`, in the cohort's
 * time zone; `weekdays` cohorts skip Saturdays and Sundays. The course ends when day 30's
 * date ends. A participant's daily email goes at the first moment their local send hour
 * falls at or after the day's unlock; a send hour inside a DST gap moves forward.
 */
import { addDays, instantAt, isLocalDate, isTimeZone, localDateOf, weekdayOf, type LocalDate } from "~/time/local-date";

export const COURSE_LENGTH = 30;

export type Schedule = "daily" | "weekdays";
export type CohortCalendar = { startsOn: LocalDate; timeZone: string; schedule: Schedule };
/** Where and when a participant reads: their own zone and hour, or the cohort's. */
export type SendPreference = { timeZone: string; sendHour: number };

/** The years a cohort's calendar may span: anything outside is a typo or a corrupt row. */
export const CALENDAR_YEARS = { first: 2000, last: 2199 } as const;

/**
 * Why a cohort's calendar cannot be computed, or null when it can. Every page and the email
 * tick check this before any date math, so one bad row (a start in the year 9999, a zone
 * that does not exist) is reported and skipped instead of breaking everyone.
 */
export function calendarProblem(cohort: CohortCalendar): string | null {
  const start: string = cohort.startsOn;
  if (!isLocalDate(cohort.startsOn)) return `its start date "${start.slice(0, 40)}" is not a calendar date`;
  const year = Number(cohort.startsOn.slice(0, 4));
  if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) return `its start date ${cohort.startsOn} is outside ${CALENDAR_YEARS.first}-${CALENDAR_YEARS.last}`;
  if (!isTimeZone(cohort.timeZone)) return `its time zone "${cohort.timeZone.slice(0, 60)}" does not exist`;
  const schedule: string = cohort.schedule;
  if (schedule !== "daily" && schedule !== "weekdays") return `its schedule "${schedule.slice(0, 20)}" is unknown`;
  return null;
}

const isWeekend = (date: LocalDate) => {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
};

const datesCache = new Map<string, LocalDate[]>();

/** The local dates of days 1..30 (memoised per start date and schedule; do not mutate). */
export function courseDates(cohort: CohortCalendar): LocalDate[] {
  const key = `${cohort.startsOn}|${cohort.schedule}`;
  const cached = datesCache.get(key);
  if (cached) return cached;
  const dates: LocalDate[] = [];
  let date = cohort.startsOn;
  while (dates.length < COURSE_LENGTH) {
    if (cohort.schedule === "daily" || !isWeekend(date)) dates.push(date);
    date = addDays(date, 1);
  }
  if (datesCache.size > 10_000) datesCache.clear();
  datesCache.set(key, dates);
  return dates;
}

export function dateOfDay(cohort: CohortCalendar, day: number): LocalDate {
  assertDay(day);
  return courseDates(cohort)[day - 1]!;
}

/** The instant day `day` opens: 00:00 of its date in the cohort's zone. */
export function unlockInstant(cohort: CohortCalendar, day: number): Date {
  return instantAt(dateOfDay(cohort, day), 0, cohort.timeZone);
}

/** The instant the course is over: the end of day 30's date in the cohort's zone. */
export function courseEnd(cohort: CohortCalendar): Date {
  return instantAt(addDays(dateOfDay(cohort, COURSE_LENGTH), 1), 0, cohort.timeZone);
}

export type CoursePosition =
  | { phase: "before"; startsAt: Date }
  | { phase: "running"; day: number }
  | { phase: "ended"; endedAt: Date };

/**
 * Where the cohort stands at an instant: not started, running with `day` the newest open
 * day (on a weekend of a weekdays cohort, Friday's day stays the newest), or ended.
 */
export function positionAt(cohort: CohortCalendar, instant: Date): CoursePosition {
  const dates = courseDates(cohort);
  const start = instantAt(dates[0]!, 0, cohort.timeZone);
  if (instant < start) return { phase: "before", startsAt: start };
  const end = courseEnd(cohort);
  if (instant >= end) return { phase: "ended", endedAt: end };
  const today = localDateOf(instant, cohort.timeZone);
  let day = 0;
  for (let i = 0; i < dates.length && dates[i]! <= today; i++) day = i + 1;
  return { phase: "running", day };
}

/** How many days are open at an instant (0 before the start, 30 after the end). */
export function openDays(cohort: CohortCalendar, instant: Date): number {
  const position = positionAt(cohort, instant);
  return position.phase === "before" ? 0 : position.phase === "ended" ? COURSE_LENGTH : position.day;
}

export function isDayOpen(cohort: CohortCalendar, day: number, instant: Date): boolean {
  return day >= 1 && day <= COURSE_LENGTH && unlockInstant(cohort, day) <= instant;
}

/**
 * When the email for `day` goes to someone with this send preference: the first time their
 * local send hour comes at or after the day unlocks. Every day keeps a send instant of its
 * own: when a 23-hour day would put that moment at (or past) the next day's unlock, where the
 * next day's email goes too, this day's goes when it unlocks instead, so no day is skipped.
 */
export function sendInstantFor(cohort: CohortCalendar, day: number, preference: SendPreference): Date {
  const unlock = unlockInstant(cohort, day);
  const localDate = localDateOf(unlock, preference.timeZone);
  const sameDay = instantAt(localDate, preference.sendHour, preference.timeZone);
  const at = sameDay >= unlock ? sameDay : instantAt(addDays(localDate, 1), preference.sendHour, preference.timeZone);
  if (day < COURSE_LENGTH && at >= unlockInstant(cohort, day + 1)) return unlock;
  return at;
}

/** The next daily-email instant strictly after `after`, with its day; null when none is left. */
export function nextSendInstant(cohort: CohortCalendar, preference: SendPreference, after: Date): { day: number; at: Date } | null {
  for (let day = 1; day <= COURSE_LENGTH; day++) {
    const at = sendInstantFor(cohort, day, preference);
    if (at > after) return { day, at };
  }
  return null;
}

function assertDay(day: number): void {
  if (!Number.isInteger(day) || day < 1 || day > COURSE_LENGTH) throw new RangeError(`day must be 1..${COURSE_LENGTH}, got ${day}`);
}
