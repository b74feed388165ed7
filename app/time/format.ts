/** Human formats for dates and times, in the course's voice. Pure. */
import type { LocalDate } from "./local-date";

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT_DATE = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "Monday 2 March 2026" for a local date (no zone shift: the date is already local). */
export function formatLocalDate(date: LocalDate): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`)).replace(",", "");
}

/** "Mon 2 Mar" */
export function formatShortDate(date: LocalDate): string {
  return SHORT_DATE.format(new Date(`${date}T00:00:00Z`)).replace(",", "");
}

/** "07:00" */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

export function describeSchedule(schedule: "daily" | "weekdays"): string {
  return schedule === "daily" ? "every day" : "every weekday (Monday to Friday)";
}

const MOMENT = new Map<string, Intl.DateTimeFormat>();

/** "Sat 21 Nov, 07:05" for an instant, in a zone. */
export function formatMoment(instant: Date | number, timeZone: string): string {
  let format = MOMENT.get(timeZone);
  if (!format) MOMENT.set(timeZone, (format = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone })));
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month}, ${parts.hour}:${parts.minute}`;
}
