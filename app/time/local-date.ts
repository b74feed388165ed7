/**
 * Pure helpers for local calendar dates ("YYYY-MM-DD" strings) and IANA time zones.
 * No I/O and no "now": callers pass the instant.
 */
import { TZDate } from "@date-fns/tz";

export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** The calendar date an instant falls on in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const local = new TZDate(instant.getTime(), timeZone);
  return formatParts(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parse(date);
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return formatParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** 0 = Sunday ... 6 = Saturday, for a calendar date (independent of any zone). */
export function weekdayOf(date: LocalDate): number {
  const [y, m, d] = parse(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const [ay, am, ad] = parse(a);
  const [by, bm, bd] = parse(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/**
 * The instant at which a local wall-clock time happens in a zone. When that time does
 * not exist (a DST gap), the result moves forward to the first instant after the gap.
 */
export function instantAt(date: LocalDate, hour: number, timeZone: string, minute = 0): Date {
  const [y, m, d] = parse(date);
  const local = new TZDate(y, m - 1, d, hour, minute, 0, 0, timeZone);
  return new Date(local.getTime());
}

function parse(date: LocalDate): [number, number, number] {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a local date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function formatParts(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
