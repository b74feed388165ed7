/**
 * A cohort's calendar read at one instant, prepared once so that judging a thousand
 * participants costs a thousand look-ups, not a thousand time-zone conversions. Pure (its
 * caches hold only values computed from their keys).
 *
 * - `newestDay`: the newest open day (0 before the start, 30 after the end), as positionAt;
 * - `joinedDayAt(instant)`: the newest open day at an instant (a late joiner's arrival);
 * - `daysOverFor(zone)`: how many days are over for someone living in `zone`: a day is over
 *   once its date has ended both in the cohort's zone (where it opened) and in theirs;
 * - `courseDaysBegunSince(zone, instant)`: how many course dates (weekdays only, for a
 *   weekdays cohort) have begun on that person's calendar after the instant, up to now.
 */
import { COURSE_LENGTH, courseDates, type CohortCalendar } from "~/cohorts/schedule";
import { addDays, instantAt, localDateOf, weekdayOf, type LocalDate } from "~/time/local-date";

export type CourseClock = {
  cohort: CohortCalendar;
  now: Date;
  phase: "before" | "running" | "ended";
  newestDay: number;
  joinedDayAt: (instant: Date) => number;
  daysOverFor: (zone: string) => number;
  courseDaysBegunSince: (zone: string, instant: Date) => number;
};

const midnights = new Map<string, number>();

/** 00:00 of a local date in a zone, in epoch ms (memoised: the same few dates recur on every request). */
function midnight(date: LocalDate, zone: string): number {
  const key = `${zone}|${date}`;
  let at = midnights.get(key);
  if (at === undefined) {
    if (midnights.size > 100_000) midnights.clear();
    at = instantAt(date, 0, zone).getTime();
    midnights.set(key, at);
  }
  return at;
}

/** How many of the sorted `list` are at or before `t`. */
function countUpTo(list: number[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function courseClock(cohort: CohortCalendar, now: Date): CourseClock {
  const dates = courseDates(cohort);
  const unlocks = dates.map((date) => midnight(date, cohort.timeZone));
  const end = midnight(addDays(dates[COURSE_LENGTH - 1]!, 1), cohort.timeZone);
  const t = now.getTime();
  const phase = t < unlocks[0]! ? "before" : t >= end ? "ended" : "running";
  const joinedDayAt = (instant: Date) => countUpTo(unlocks, instant.getTime());
  const newestDay = joinedDayAt(now);

  const over = new Map<string, number>();
  const daysOverFor = (zone: string): number => {
    let n = over.get(zone);
    if (n === undefined) {
      const isOver = (day: number) => {
        const next = addDays(dates[day - 1]!, 1);
        return Math.max(midnight(next, cohort.timeZone), midnight(next, zone)) <= t;
      };
      n = newestDay;
      while (n > 0 && !isOver(n)) n--;
      over.set(zone, n);
    }
    return n;
  };

  // Per zone: the starts of the course dates from day 1's date to today on that calendar.
  const begun = new Map<string, number[]>();
  const courseDaysBegunSince = (zone: string, instant: Date): number => {
    let list = begun.get(zone);
    if (!list) {
      list = [];
      const today = localDateOf(now, zone);
      for (let date = dates[0]!, guard = 0; date <= today && guard < 400; date = addDays(date, 1), guard++) {
        const weekday = weekdayOf(date);
        if (cohort.schedule === "weekdays" && (weekday === 0 || weekday === 6)) continue;
        list.push(midnight(date, zone));
      }
      begun.set(zone, list);
    }
    return list.length - countUpTo(list, instant.getTime());
  };

  return { cohort, now, phase, newestDay, joinedDayAt, daysOverFor, courseDaysBegunSince };
}
