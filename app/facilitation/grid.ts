/**
 * The facilitator's grid of a cohort, a week at a time and a page of people at a time. Pure.
 * Day states and standings come from ~/progress/standing (the participant's own words);
 * this module only chooses which week, which people, and in what order.
 */
import { COURSE_LENGTH, courseDates, type CohortCalendar } from "~/cohorts/schedule";
import { ATTENTION_ORDER, type ParticipantStanding } from "~/progress/standing";
import type { Standing } from "~/progress/vocabulary";
import { formatShortDate } from "~/time/format";
import { addDays, weekdayOf, type LocalDate } from "~/time/local-date";

/** People per page: enough to scan, few enough that the page stays fast at any cohort size. */
export const PAGE_SIZE = 50;

/**
 * The course's weeks, as lists of day numbers. A daily cohort: days 1-7, 8-14, ... 29-30. A
 * weekdays cohort: the course days of each calendar week (Monday to Sunday), so a cohort that
 * starts on a Wednesday has a first week of three days.
 */
export function gridWeeks(cohort: CohortCalendar): number[][] {
  if (cohort.schedule === "daily") return Array.from({ length: Math.ceil(COURSE_LENGTH / 7) }, (_, w) => Array.from({ length: Math.min(7, COURSE_LENGTH - 7 * w) }, (_, i) => 7 * w + i + 1));
  const weeks: number[][] = [];
  let monday = "";
  courseDates(cohort).forEach((date, i) => {
    const itsMonday = addDays(date, -((weekdayOf(date) + 6) % 7));
    if (itsMonday !== monday) weeks.push([]);
    monday = itsMonday;
    weeks[weeks.length - 1]!.push(i + 1);
  });
  return weeks;
}

/** The week holding the newest open day (week 1 before the start, the last week after the end). */
export function currentWeek(weeks: number[][], newestDay: number): number {
  const index = weeks.findIndex((w) => w.includes(Math.max(1, newestDay)));
  return index === -1 ? weeks.length : index + 1;
}

export type SortKey = "attention" | "name" | "progress" | "activity";

const collator = new Intl.Collator("en");
/** Names A-Z, as a person reads them (the same order as localeCompare, without its cost per call). */
export const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
export type GridPerson = { name: string; lastActivity: Date | null; standing: ParticipantStanding };

/**
 * attention (the default): who needs a word first (at risk, then did not finish, catching up,
 * ...), most days behind first, then longest quiet; name: A-Z; progress: fewest days done
 * first; activity: longest quiet first (never active before anyone).
 */
export function sortPeople<T extends GridPerson>(people: T[], by: SortKey): T[] {
  const time = (p: T) => p.lastActivity?.getTime() ?? 0;
  return [...people].sort((a, b) => {
    if (by === "progress") return a.standing.done - b.standing.done || byName(a, b);
    if (by === "activity") return time(a) - time(b) || byName(a, b);
    if (by === "attention") return ATTENTION_ORDER[a.standing.standing] - ATTENTION_ORDER[b.standing.standing] || b.standing.behind - a.standing.behind || time(a) - time(b) || byName(a, b);
    return byName(a, b);
  });
}

export function filterPeople<T extends GridPerson>(people: T[], standing: Standing | "all"): T[] {
  return standing === "all" ? people : people.filter((p) => p.standing.standing === standing);
}

export type Paging = { page: number; pages: number; from: number; to: number; total: number };

/** Which slice of `total` people page `asked` shows (clamped to the pages there are). */
export function paging(total: number, asked: number, size = PAGE_SIZE): Paging {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), pages);
  const from = (page - 1) * size;
  return { page, pages, from, to: Math.min(total, from + size), total };
}

/** The heading of a week: "Week 2: days 8–14, Tue 17 Nov to Mon 23 Nov" (one day: "Week 5: day 29, Mon 7 Dec"). */
export function weekHeading(week: number, first: { day: number; date: LocalDate }, last: { day: number; date: LocalDate }): string {
  if (first.day === last.day) return `Week ${week}: day ${first.day}, ${formatShortDate(first.date)}`;
  return `Week ${week}: days ${first.day}–${last.day}, ${formatShortDate(first.date)} to ${formatShortDate(last.date)}`;
}

/** What the URL may say about the grid; absent means the default. */
export type GridQuery = { week?: number; sort?: SortKey; filter?: Standing | "all"; page?: number };

/** The cohort page's URL for a view of the grid, leaving defaults out: `/facilitate/cohorts/demo?week=2&filter=at-risk`. */
export function gridHref(slug: string, query: GridQuery): string {
  const params = new URLSearchParams();
  if (query.week) params.set("week", String(query.week));
  if (query.filter && query.filter !== "all") params.set("filter", query.filter);
  if (query.sort && query.sort !== "attention") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return `/facilitate/cohorts/${slug}${search ? `?${search}` : ""}`;
}
