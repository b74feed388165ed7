/**
 * What a year of operation looks like at the instant the scale benchmark stands on: 200
 * cohorts of 500 enrollments (100,000), most of them finished, a busy month of cohorts under
 * way, a few starting soon; both schedules, zones with and without summer time, half- and
 * quarter-hour zones, both course editions. Pure.
 *
 * The instants: QUIET is a minute before BURST, when every email due so far is in the outbox
 * and nobody's send hour comes; BURST is 06:00 UTC on a Wednesday, 07:00 in the Central
 * European zones, where about half the running cohorts are (a European customer base), so
 * their morning email is due at once.
 */
import { positionAt, type CohortCalendar, type Schedule } from "~/cohorts/schedule";
import { addDays, localDateOf, weekdayOf } from "~/time/local-date";

export const BURST = new Date("2026-11-18T06:00:00Z");
export const QUIET = new Date(BURST.getTime() - 60_000);
export const COHORTS = 200;
export const ENROLLMENTS_PER_COHORT = 500;
export const FACILITATORS = 40;
/** Seats; the rest of the 500 are waitlisted, withdrawn or pending. */
export const CAPACITY = 480;

const FINISHED = 130;
const RUNNING = 56;
/** Running cohorts in Central European zones, all sending at 07:00 (BURST). */
const RUNNING_CET = 30;
const CET = ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Stockholm"];
const ELSEWHERE = ["Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "Pacific/Auckland", "UTC"];
/** Cohorts that started more than this many days ago follow the first edition. */
const SECOND_EDITION_AGE_DAYS = 120;

export type CohortPlan = CohortCalendar & {
  index: number;
  slug: string;
  title: string;
  sendHour: number;
  edition: "1" | "2";
  phase: "finished" | "running" | "upcoming";
  /** Facilitator numbers (0..FACILITATORS-1); the first leads. */
  team: number[];
};

/** A weekdays cohort starts on a weekday: a weekend start moves back to Friday. */
function weekdayStart(date: string): string {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, -2) : date;
}

function plan(index: number, zone: string, schedule: Schedule, daysAgo: number, sendHour: number): CohortPlan {
  const today = localDateOf(QUIET, zone);
  const raw = addDays(today, -daysAgo);
  const startsOn = schedule === "weekdays" ? weekdayStart(raw) : raw;
  const position = positionAt({ startsOn, timeZone: zone, schedule }, QUIET);
  const phase = position.phase === "ended" ? "finished" : position.phase === "running" ? "running" : "upcoming";
  const team = index % 3 === 0 ? [index % FACILITATORS, (index + 7) % FACILITATORS] : [index % FACILITATORS];
  return {
    index,
    slug: `scale-${index}`,
    title: `Leadership cohort ${startsOn.slice(0, 7)} #${index}`,
    startsOn,
    timeZone: zone,
    schedule,
    sendHour,
    edition: daysAgo > SECOND_EDITION_AGE_DAYS ? "1" : "2",
    phase,
    team,
  };
}

export function cohortPlans(): CohortPlan[] {
  const plans: CohortPlan[] = [];
  const hours = [7, 7, 6, 8, 7];
  for (let f = 0; f < FINISHED; f++) {
    const zone = f % 3 === 0 ? CET[f % CET.length]! : ELSEWHERE[f % ELSEWHERE.length]!;
    plans.push(plan(plans.length, zone, f % 4 === 3 ? "weekdays" : "daily", 45 + Math.floor((f * 320) / FINISHED), hours[f % hours.length]!));
  }
  for (let r = 0; r < RUNNING; r++) {
    const cet = r < RUNNING_CET;
    const zone = cet ? CET[r % CET.length]! : ELSEWHERE[r % ELSEWHERE.length]!;
    const schedule: Schedule = r % 4 === 3 ? "weekdays" : "daily";
    const daysAgo = schedule === "daily" ? (r * 7) % 30 : (r * 11) % 38;
    plans.push(plan(plans.length, zone, schedule, daysAgo, cet ? 7 : hours[r % hours.length]!));
  }
  while (plans.length < COHORTS) {
    const u = plans.length - FINISHED - RUNNING;
    plans.push(plan(plans.length, u % 2 === 0 ? CET[u % CET.length]! : ELSEWHERE[u % ELSEWHERE.length]!, u % 4 === 3 ? "weekdays" : "daily", -(1 + Math.floor(u * 1.5)), 7));
  }
  return plans;
}

/**
 * The cohort the pages are measured on: running, daily, on the newest edition (the control
 * page shows the newest edition's lesson), in the burst's zones, as near day 12 as there is.
 */
export function measuredCohort(plans: CohortPlan[]): CohortPlan {
  const candidates = plans.filter((p) => p.phase === "running" && p.schedule === "daily" && p.edition === "2" && CET.includes(p.timeZone));
  const day = (p: CohortPlan) => {
    const position = positionAt(p, QUIET);
    return position.phase === "running" ? position.day : 0;
  };
  return candidates.sort((a, b) => Math.abs(day(a) - 12) - Math.abs(day(b) - 12))[0]!;
}
