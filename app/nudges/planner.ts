/**
 * Which emails are due, from the facts about each active enrollment and an instant. Pure.
 *
 * - daily: the newest day whose send instant (the participant's local send hour at or after
 *   the day's unlock) has passed, if its email was not planned yet and the day is not done.
 *   Older unsent days are never sent: after downtime only the newest goes, in catch-up form,
 *   and never at night: a late email waits for the person's send hour (or goes at once when
 *   it is already between their send hour and 22:00 where they are). Catch-up form also
 *   whenever two or more open days are incomplete. A day whose send instant came before the
 *   person joined is not sent: their welcome email already told a late joiner where to
 *   start, so the next send hour is the first.
 * - congrats: once, when day 30 is complete.
 * - report: once, at the participant's first send hour after the course ends.
 * Daily emails and the congratulation need daily emails on; nothing goes to someone who
 * unsubscribed from all course email. Withdrawn enrollments are not passed in at all.
 */
import { calendarProblem, COURSE_LENGTH, courseEnd, sendInstantFor, type CohortCalendar } from "~/cohorts/schedule";
import { addDays, instantAt, isTimeZone, localDateOf, localHourOf } from "~/time/local-date";

export type NudgeFacts = {
  enrollmentId: number;
  /** `edition`: the course edition the cohort follows (its lessons and assessment). */
  cohort: CohortCalendar & { sendHour: number; edition: string };
  /** The participant's own zone and hour, when set. */
  timeZone: string | null;
  sendHour: number | null;
  dailyEmails: boolean;
  unsubscribed: boolean;
  completedDays: ReadonlySet<number>;
  /** The newest day whose daily email was already planned (0 for none). */
  lastDailyDay: number;
  /** When the enrollment was made (null: long ago). */
  joinedAt?: Date | null;
  congratsPlanned: boolean;
  reportPlanned: boolean;
};

export type PlannedNudge =
  | { kind: "daily"; enrollmentId: number; day: number; form: "lesson" | "catch-up"; missedDays: number[]; nextStep: number }
  | { kind: "congrats"; enrollmentId: number }
  | { kind: "report"; enrollmentId: number };

export function nudgeKey(nudge: PlannedNudge): string {
  return nudge.kind === "daily" ? `daily/${nudge.enrollmentId}/${nudge.day}` : `${nudge.kind}/${nudge.enrollmentId}`;
}

/** The first moment the participant's send hour falls at or after `instant`, in their zone. */
export function firstSendAtOrAfter(instant: Date, timeZone: string, sendHour: number): Date {
  const date = localDateOf(instant, timeZone);
  const same = instantAt(date, sendHour, timeZone);
  return same >= instant ? same : instantAt(addDays(date, 1), sendHour, timeZone);
}

/** A daily email this late (the sender was down) waits for waking hours. */
export const LATE_AFTER_MS = 60 * 60_000;
/** Quiet hours start here (local); a late email waits until the person's send hour. */
export const QUIET_FROM_HOUR = 22;

/**
 * Whether a late daily email may go now: from the person's send hour until quiet hours begin
 * (a send hour inside quiet hours, chosen by the person, counts as awake).
 */
export function isAwakeHour(instant: number, timeZone: string, sendHour: number): boolean {
  const hour = localHourOf(instant, timeZone);
  return hour === sendHour || (hour >= sendHour && hour < QUIET_FROM_HOUR);
}

/** Send instants of days 1..30 and of the report, for one cohort and send preference. */
type SendTimes = { days: number[]; report: number; end: number };
export type TimesCache = Map<string, SendTimes>;

function sendTimes(facts: NudgeFacts, cache: TimesCache): SendTimes {
  const timeZone = facts.timeZone ?? facts.cohort.timeZone;
  const sendHour = facts.sendHour ?? facts.cohort.sendHour;
  const key = `${facts.cohort.startsOn}|${facts.cohort.schedule}|${facts.cohort.timeZone}|${timeZone}|${sendHour}`;
  let times = cache.get(key);
  if (!times) {
    const preference = { timeZone, sendHour };
    const end = courseEnd(facts.cohort);
    times = {
      days: Array.from({ length: COURSE_LENGTH }, (_, i) => sendInstantFor(facts.cohort, i + 1, preference).getTime()),
      report: firstSendAtOrAfter(end, timeZone, sendHour).getTime(),
      end: end.getTime(),
    };
    cache.set(key, times);
  }
  return times;
}

export function planFor(facts: NudgeFacts, now: Date, cache: TimesCache = new Map()): PlannedNudge[] {
  if (facts.unsubscribed) return [];
  const planned: PlannedNudge[] = [];
  const times = sendTimes(facts, cache);
  const at = now.getTime();

  if (facts.dailyEmails && at < times.end) {
    let newest = 0;
    for (let day = COURSE_LENGTH; day >= 1; day--) {
      if (times.days[day - 1]! <= at) {
        newest = day;
        break;
      }
    }
    // After downtime the newest day's email is late: it waits for the person's waking hours.
    const late = newest > 0 && at - times.days[newest - 1]! > LATE_AFTER_MS;
    const awake = !late || isAwakeHour(at, facts.timeZone ?? facts.cohort.timeZone, facts.sendHour ?? facts.cohort.sendHour);
    const beforeJoining = newest > 0 && facts.joinedAt != null && times.days[newest - 1]! < facts.joinedAt.getTime();
    if (newest > facts.lastDailyDay && !facts.completedDays.has(newest) && awake && !beforeJoining) {
      const incomplete = Array.from({ length: newest }, (_, i) => i + 1).filter((d) => !facts.completedDays.has(d));
      const missed = incomplete.filter((d) => d < newest);
      const skippedEarlier = newest > 1 && facts.lastDailyDay < newest - 1;
      const catchUp = incomplete.length >= 2 || (skippedEarlier && missed.length > 0);
      planned.push({ kind: "daily", enrollmentId: facts.enrollmentId, day: newest, form: catchUp ? "catch-up" : "lesson", missedDays: missed, nextStep: incomplete[0] ?? newest });
    }
  }

  if (facts.dailyEmails && !facts.congratsPlanned && facts.completedDays.has(COURSE_LENGTH)) {
    planned.push({ kind: "congrats", enrollmentId: facts.enrollmentId });
  }

  if (!facts.reportPlanned && at >= times.report) {
    planned.push({ kind: "report", enrollmentId: facts.enrollmentId });
  }
  return planned;
}

/**
 * Plans every enrollment's email. One enrollment whose facts cannot be planned (a corrupt
 * cohort calendar, a zone that no longer exists) is passed to `skipped` and left out; the
 * rest are planned as usual.
 */
/** `cache` may be shared by calls that plan one instant's enrollments in slices. */
export function planNudges(all: NudgeFacts[], now: Date, skipped: (facts: NudgeFacts, reason: string) => void = () => {}, cache: TimesCache = new Map()): PlannedNudge[] {
  return all.flatMap((facts) => {
    const problem = calendarProblem(facts.cohort) ?? (facts.timeZone !== null && !isTimeZone(facts.timeZone) ? `the participant's time zone "${facts.timeZone.slice(0, 60)}" does not exist` : null);
    if (problem) {
      skipped(facts, problem);
      return [];
    }
    try {
      return planFor(facts, now, cache);
    } catch (error) {
      skipped(facts, error instanceof Error ? error.message : String(error));
      return [];
    }
  });
}
