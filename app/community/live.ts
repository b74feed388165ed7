/**
 * Live sessions, the pure part: a facilitator's local start in the cohort's zone as an
 * instant (DST gaps refused, overlaps resolved to the earlier time), where a session stands
 * at an instant, what a viewer is shown, and when its reminder is due. No I/O, no "now".
 */
import { isLocalDate, zoneOffsetMs, type LocalDate } from "~/time/local-date";

/** The video link is shown from this long before the start until the end. */
export const LINK_LEAD_MINUTES = 15;
/** The reminder email goes within the hour before the start. */
export const REMINDER_LEAD_MINUTES = 60;

const MINUTE = 60_000;

export type SessionTiming = { startsAt: Date; durationMinutes: number };

export type LocalStart =
  | { ok: true; instant: Date; ambiguous: boolean }
  | { ok: false; message: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/;

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

/**
 * The instant a wall-clock time on a date happens in a zone.
 * - A time that does not exist (the clocks jump over it) is refused, with the jump in words.
 * - A time that happens twice (the clocks go back) is its first occurrence, the earlier
 *   instant; `ambiguous` says so, for the page to tell the facilitator.
 */
export function resolveLocalStart(date: LocalDate, time: string, timeZone: string): LocalStart {
  const t = TIME.exec(time);
  if (!isLocalDate(date) || !t) return { ok: false, message: "Pick a date and a time." };
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, Number(t[1]), Number(t[2]));
  // The offsets in force a day either side bound every offset near this wall time.
  const offsets = [...new Set([-86_400_000, 0, 86_400_000].map((shift) => zoneOffsetMs(wall + shift, timeZone)))];
  const matches = [...new Set(offsets.map((offset) => wall - offset).filter((instant) => instant + zoneOffsetMs(instant, timeZone) === wall))].sort((a, b) => a - b);
  if (matches.length > 0) return { ok: true, instant: new Date(matches[0]!), ambiguous: matches.length > 1 };
  // A gap: the clocks jump between the wall time read with the larger offset and with the smaller.
  const jump = jumpAround(wall - Math.max(...offsets), wall - Math.min(...offsets), timeZone);
  const from = clock(jump + zoneOffsetMs(jump - 1000, timeZone));
  const to = clock(jump + zoneOffsetMs(jump, timeZone));
  return {
    ok: false,
    message: `${clock(wall)} does not exist on that date in ${zoneName(timeZone)}: the clocks jump from ${from} to ${to} that night. Pick a time before ${from} or from ${to}.`,
  };
}

/** The first instant with the later offset, between two instants either side of a change. */
function jumpAround(earlier: number, later: number, timeZone: string): number {
  let lo = earlier;
  let hi = later;
  const offsetLo = zoneOffsetMs(lo, timeZone);
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (zoneOffsetMs(mid, timeZone) === offsetLo) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** "18:05" of a wall-clock instant written as UTC. */
function clock(wall: number): string {
  const date = new Date(wall);
  return `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
}

/** "Europe/Berlin", "America/New York": a zone as people read it. */
export function zoneName(timeZone: string): string {
  return timeZone.replaceAll("_", " ");
}

/** The date and the time of an instant on a zone's wall clock, for a form's fields. */
export function localStartOf(instant: Date, timeZone: string): { date: LocalDate; time: string } {
  const wall = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
  return { date: wall.toISOString().slice(0, 10), time: clock(wall.getTime()) };
}

export function endOf(session: SessionTiming): Date {
  return new Date(session.startsAt.getTime() + session.durationMinutes * MINUTE);
}

/**
 * Where a session stands at an instant:
 * - `upcoming`: more than 15 minutes before the start (the link is not shown yet);
 * - `opening`: the last 15 minutes before the start (the link is shown);
 * - `live`: from the start until the end;
 * - `ended`: from the end on (the recording, when there is one).
 */
export type Phase = "upcoming" | "opening" | "live" | "ended";

export function phaseAt(session: SessionTiming, at: Date): Phase {
  const t = at.getTime();
  const start = session.startsAt.getTime();
  if (t >= endOf(session).getTime()) return "ended";
  if (t >= start) return "live";
  if (t >= start - LINK_LEAD_MINUTES * MINUTE) return "opening";
  return "upcoming";
}

/** Whether the reminder is due at `at`: within the hour before the start (startsAt - 60 min <= at < startsAt). */
export function reminderDue(session: Pick<SessionTiming, "startsAt">, at: Date): boolean {
  const start = session.startsAt.getTime();
  return start - REMINDER_LEAD_MINUTES * MINUTE <= at.getTime() && at.getTime() < start;
}

/** One reminder per person per start time: the same session moved gets one more, never two for one time. */
export function reminderKey(sessionId: number, startsAt: Date, userId: number): string {
  return `live-reminder/${sessionId}/${startsAt.getTime()}/${userId}`;
}

/** The prefix of every reminder key of a session, to cancel those still waiting when it moves or goes. */
export function reminderKeyPrefix(sessionId: number): string {
  return `live-reminder/${sessionId}/`;
}

/** A signed-in person's own zone when they set one, else the cohort's. */
export function viewerZone(userZone: string | null | undefined, cohortZone: string): string {
  return userZone || cohortZone;
}

/**
 * When, in words, on a zone's clocks: { date: "Sunday 29 March", start: "18:00", time:
 * "18:00–19:00", zone: "Europe/Berlin time" }. The year is added when it is not the year of `at`.
 */
export function describeWhen(session: SessionTiming, timeZone: string, at: Date): { date: string; start: string; time: string; zone: string; text: string } {
  const sameYear = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone });
  const withYear = sameYear.format(session.startsAt) !== sameYear.format(at);
  const date = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}), timeZone }).format(session.startsAt).replace(",", "");
  // When the clocks change during the session, each end says which time it is on ("02:30 CEST–02:30 CET").
  const changes = zoneOffsetMs(session.startsAt.getTime(), timeZone) !== zoneOffsetMs(endOf(session).getTime(), timeZone);
  const hm = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone, ...(changes ? { timeZoneName: "short" } : {}) });
  const start = hm.format(session.startsAt);
  const time = `${start}–${hm.format(endOf(session))}`;
  const zone = `${zoneName(timeZone)} time`;
  return { date, start, time, zone, text: `${date}, ${time} (${zone})` };
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function describeDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 0 ? "" : `${h} ${h === 1 ? "hour" : "hours"}`;
  const mins = m === 0 ? "" : `${m} ${m === 1 ? "minute" : "minutes"}`;
  return [hours, mins].filter(Boolean).join(" ");
}

export type LiveSessionFacts = SessionTiming & { id: number; title: string; videoUrl: string; agenda: string; recordingUrl: string | null };

/** A session as a viewer sees it: display strings only, and the video link only while it is shown. */
export type SessionCard = {
  id: number;
  title: string;
  /** ISO instant of the start. */
  startsAt: string;
  date: string;
  time: string;
  zone: string;
  duration: string;
  phase: Phase;
  agenda: string;
  /** The video link, from 15 minutes before the start until the end; null otherwise. */
  joinUrl: string | null;
  /** What stands in for the link when it is not shown. */
  note: string | null;
  recordingUrl: string | null;
};

export function sessionCard(session: LiveSessionFacts, at: Date, timeZone: string): SessionCard {
  const phase = phaseAt(session, at);
  const when = describeWhen(session, timeZone, at);
  const shown = phase === "opening" || phase === "live";
  return {
    id: session.id,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    date: when.date,
    time: when.time,
    zone: when.zone,
    duration: describeDuration(session.durationMinutes),
    phase,
    agenda: session.agenda,
    joinUrl: shown ? session.videoUrl : null,
    note: phase === "upcoming" ? `The link appears here ${LINK_LEAD_MINUTES} minutes before the start.` : phase === "ended" && !session.recordingUrl ? "No recording has been added yet." : null,
    recordingUrl: phase === "ended" ? session.recordingUrl : null,
  };
}

/**
 * What home and the cohort page show: the next sessions not yet over (at most `upcoming`,
 * soonest first) and the most recent one that has ended.
 */
export function sessionsToShow<S extends SessionTiming>(sessions: S[], at: Date, upcoming = 2): { next: S[]; last: S | null } {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const next = sorted.filter((s) => phaseAt(s, at) !== "ended").slice(0, upcoming);
  const last = sorted.filter((s) => phaseAt(s, at) === "ended").at(-1) ?? null;
  return { next, last };
}
