/**
 * The facilitator's view of a cohort: each participant's day cells and whether they are at
 * risk. Pure.
 *
 * Cells: done (completed on the day's own date), late (completed on a later date), open
 * (today's newest day, not done), missed (an earlier open day not done), locked.
 * At risk: two or more days behind, counted from the day they joined (a late joiner is not
 * behind on the days that opened before they arrived), or no activity for three days.
 */
import { COURSE_LENGTH, courseDates, type CohortCalendar } from "~/cohorts/schedule";
import { localDateOf } from "~/time/local-date";

export type CellState = "done" | "late" | "open" | "missed" | "locked";
/** `joinedDay`: the newest open day when the person enrolled (0 before the start, 1 on day 1). */
export type GridInput = { completedAt: ReadonlyMap<number, Date>; lastActivity: Date | null; enrolledAt: Date; joinedDay: number };
export type Risk = { atRisk: boolean; openIncomplete: number; idleDays: number | null };

export const RISK_OPEN_DAYS = 2;
export const RISK_IDLE_DAYS = 3;
const DAY_MS = 86_400_000;

export function cells(cohort: CohortCalendar, newestDay: number, ended: boolean, completedAt: ReadonlyMap<number, Date>): CellState[] {
  const dates = courseDates(cohort);
  return Array.from({ length: COURSE_LENGTH }, (_, i) => {
    const day = i + 1;
    const at = completedAt.get(day);
    if (at) return localDateOf(at, cohort.timeZone) > dates[i]! ? "late" : "done";
    if (day > newestDay) return "locked";
    if (day === newestDay && !ended) return "open";
    return "missed";
  });
}

export function risk(input: GridInput, newestDay: number, now: Date): Risk {
  let openIncomplete = 0;
  for (let day = 1; day <= newestDay; day++) if (!input.completedAt.has(day)) openIncomplete++;
  if (newestDay === 0) return { atRisk: false, openIncomplete: 0, idleDays: null };
  // Days owed since joining: every open day for someone there from the start; for a late
  // joiner, the days that opened from the day they arrived. Any completed day pays one off.
  const owed = newestDay - Math.max(0, input.joinedDay - 1);
  const behind = Math.max(0, owed - input.completedAt.size);
  const last = input.lastActivity ?? input.enrolledAt;
  const idleDays = Math.floor((now.getTime() - last.getTime()) / DAY_MS);
  return { atRisk: behind >= RISK_OPEN_DAYS || idleDays >= RISK_IDLE_DAYS, openIncomplete, idleDays };
}

export type SortKey = "name" | "progress" | "activity";

/** Name A-Z; progress: fewest days done first; activity: longest idle first. */
export function sortRows<T extends { name: string; done: number; lastActivity: Date | null }>(rows: T[], by: SortKey): T[] {
  const sorted = [...rows];
  const time = (r: T) => r.lastActivity?.getTime() ?? 0;
  sorted.sort((a, b) => {
    if (by === "progress") return a.done - b.done || a.name.localeCompare(b.name);
    if (by === "activity") return time(a) - time(b) || a.name.localeCompare(b.name);
    return a.name.localeCompare(b.name);
  });
  return sorted;
}
