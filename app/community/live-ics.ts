/**
 * A cohort's live sessions as iCalendar events (RFC 5545), for a member's personal feed.
 * Times are UTC (`DTSTART:...Z`, ADR 0011): each session is one fixed instant, and every
 * calendar app shows a UTC time in its reader's own zone without a VTIMEZONE to trust. The
 * cohort's zone is in the description, in words. Pure.
 */
import { escapeText, stamp } from "~/cohorts/ical";
import { describeWhen, endOf, type LiveSessionFacts } from "./live";

export type CalendarSession = LiveSessionFacts & { createdAt: Date; updatedAt: Date | null };

/**
 * Increases with every edit, so calendar apps replace the event they hold: the seconds from
 * the session's creation to its last change (0 until it is edited).
 */
export function sequenceOf(session: { createdAt: Date; updatedAt: Date | null }): number {
  if (!session.updatedAt) return 0;
  return Math.max(0, Math.floor((session.updatedAt.getTime() - session.createdAt.getTime()) / 1000));
}

/** The content lines of one session's event (unfolded; the calendar folds them). */
export function liveSessionEvent(session: CalendarSession, cohort: { slug: string; title: string; timeZone: string }, appUrl: string, now: Date): string[] {
  const host = new URL(appUrl).host;
  const cohortLink = new URL(`/cohorts/${cohort.slug}`, appUrl).toString();
  const when = describeWhen(session, cohort.timeZone, session.startsAt);
  const description = [
    `${when.date}, ${when.time} (${when.zone}).`,
    `Join: ${session.videoUrl}`,
    session.agenda ? `Agenda:\n${session.agenda}` : null,
    session.recordingUrl ? `Recording: ${session.recordingUrl}` : null,
    `${cohort.title}: ${cohortLink}`,
  ]
    .filter((part): part is string => part !== null)
    .join("\n\n");
  return [
    "BEGIN:VEVENT",
    `UID:tripod-live-${session.id}@${host}`,
    `DTSTAMP:${stamp(now)}`,
    `CREATED:${stamp(session.createdAt)}`,
    `LAST-MODIFIED:${stamp(session.updatedAt ?? session.createdAt)}`,
    `SEQUENCE:${sequenceOf(session)}`,
    `DTSTART:${stamp(session.startsAt)}`,
    `DTEND:${stamp(endOf(session))}`,
    `SUMMARY:${escapeText(`Live session: ${session.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText(session.videoUrl)}`,
    // A URI value is not TEXT-escaped; the link was checked (https, no spaces or controls) when saved.
    `URL:${session.videoUrl}`,
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
}
