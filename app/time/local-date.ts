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

const knownZones = new Map<string, boolean>();

/** Whether `value` names an IANA time zone this runtime knows (memoised: pages ask on every request). */
export function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: value });
      known = value.length > 0;
    } catch {
      known = false;
    }
    if (knownZones.size > 10_000) knownZones.clear();
    knownZones.set(value, known);
  }
  return known;
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) if (part.type !== "literal") parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The hour (0-23) on the wall clocks of a zone at an instant. */
export function localHourOf(instant: Date | number, timeZone: string): number {
  const t = typeof instant === "number" ? instant : instant.getTime();
  return new Date(t + zoneOffsetMs(t, timeZone)).getUTCHours();
}

/**
 * The instant at which a local wall-clock time happens in a zone, the same way in every zone:
 * - when clocks go back and the time happens twice, its first occurrence;
 * - when clocks go forward and the time does not exist, the first instant after the gap
 *   (the moment the clocks jump: 03:45 in Chatham's gap, 03:00 in New York's).
 */
export function instantAt(date: LocalDate, hour: number, timeZone: string, minute = 0): Date {
  // Pure and asked for the same few instants over and over (each participant's 30 unlocks):
  // remembered, in a bounded cache.
  const key = `${date}|${hour}|${minute}|${timeZone}`;
  let cached = instants.get(key);
  if (cached === undefined) {
    cached = computeInstantAt(date, hour, timeZone, minute);
    if (instants.size >= 50_000) instants.clear();
    instants.set(key, cached);
  }
  return new Date(cached);
}
const instants = new Map<string, number>();

function computeInstantAt(date: LocalDate, hour: number, timeZone: string, minute: number): number {
  const [y, m, d] = parse(date);
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // The offsets in force a day either side bound every offset near this wall time.
  const offsets = [...new Set([zoneOffsetMs(wall - 86_400_000, timeZone), zoneOffsetMs(wall, timeZone), zoneOffsetMs(wall + 86_400_000, timeZone)])];
  const matches = offsets.map((offset) => wall - offset).filter((t) => t + zoneOffsetMs(t, timeZone) === wall);
  if (matches.length > 0) return Math.min(...matches);
  // A gap: find the moment the offset changes, between the wall time read with the
  // larger offset (before the jump) and with the smaller one (after it).
  let before = wall - Math.max(...offsets);
  let after = wall - Math.min(...offsets);
  const offsetBefore = zoneOffsetMs(before, timeZone);
  while (after - before > 1000) {
    const mid = Math.floor((before + after) / 2000) * 1000;
    if (zoneOffsetMs(mid, timeZone) === offsetBefore) before = mid;
    else after = mid;
  }
  return after;
}

function parse(date: LocalDate): [number, number, number] {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a local date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function formatParts(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
