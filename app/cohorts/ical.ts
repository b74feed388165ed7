/**
 * The cohort's thirty lesson days as an iCalendar feed (RFC 5545): one all-day event per
 * day, with the lesson's title, pillar, summary and a link. A member's personal feed adds
 * its own events (the cohort's live sessions, ~/community/live-ics). Pure.
 */
import { addDays } from "~/time/local-date";
import { PILLAR_INFO, type DayPillar } from "~/course/pillars";
import { courseDates, type CohortCalendar } from "./schedule";

export type CalendarDay = { day: number; title: string; pillar: DayPillar; summary: string; minutes: number };

/**
 * Escapes TEXT values: backslash, semicolon, comma and line breaks (CRLF, LF or a lone CR);
 * other control characters, which TEXT may not hold, are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** Folds a content line to at most 75 octets per line, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a UTF-8 sequence: back up to a character boundary.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74; // the leading space counts
  }
  return parts.join("\r\n ");
}

const compactDate = (date: string) => date.replaceAll("-", "");
/** An instant as an iCalendar UTC DATE-TIME: 20260329T160000Z. */
export const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** `personal`: a member's feed, with its own name and extra events (content lines, unfolded). */
export function buildCalendar(
  cohort: CohortCalendar & { slug: string; title: string },
  days: CalendarDay[],
  appUrl: string,
  now: Date,
  personal?: { name: string; events: string[] },
): string {
  const dates = courseDates(cohort);
  const host = new URL(appUrl).host;
  const link = new URL(`/cohorts/${cohort.slug}`, appUrl).toString();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Tripod//Cohort calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(personal?.name ?? `Tripod: ${cohort.title}`)}`,
    `X-WR-TIMEZONE:${cohort.timeZone}`,
  ];
  for (const d of days) {
    const date = dates[d.day - 1]!;
    lines.push(
      "BEGIN:VEVENT",
      `UID:tripod-${cohort.slug}-day-${d.day}@${host}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`,
      `SUMMARY:${escapeText(`Day ${d.day}: ${d.title} (${PILLAR_INFO[d.pillar].name})`)}`,
      `DESCRIPTION:${escapeText(`${d.summary}\n\nAbout ${d.minutes} minutes. Open it at ${link}`)}`,
      `URL:${link}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  if (personal) lines.push(...personal.events);
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
