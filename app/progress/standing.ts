/**
 * The rules behind the words in ./vocabulary.ts: which state a day is in for someone, and
 * where a participant stands. Pure. The participant's home, the facilitator's grid, the list
 * of cohorts, the CSV export and the weekly digest all call these; nothing else decides.
 *
 * Behind. A day counts against someone only once it is over for them: its date has ended
 * both in the cohort's zone, where it opened, and in their own, so today's day is never
 * "behind" before their evening is out. Days owed are the days over since the day they
 * joined (from day 1 for anyone enrolled by then; a late joiner owes from the day that was
 * open when they arrived). Behind = days owed - days done, where any day done counts: a late
 * joiner working through days 1, 2, 3 while days 12, 13, 14 go by is keeping pace.
 *
 * Idle. Course days (weekdays only, for a weekdays cohort) begun on their own calendar since
 * they last saved any work, or since they joined if they never have (days before day 1 do not
 * count): saved something yesterday = 1, nothing since Friday on a weekdays cohort's Monday = 1.
 *
 * Standing while the course runs:
 * - on track: nothing owed;
 * - at risk: AT_RISK_BEHIND_DAYS (2) or more days behind AND nothing saved for
 *   AT_RISK_IDLE_DAYS (3) course days;
 * - catching up: anything else behind.
 * Why: one day behind is an ordinary busy day, and someone still saving work is catching up
 * however far behind they are. Owing two days and three course days of silence (three
 * morning emails gone unanswered) is when a facilitator's personal word helps.
 *
 * Once the course has ended the standing is final (days stay open, so it can still improve):
 * finished (all 30 done), finished with gaps (FINISHED_WITH_GAPS_MIN_DAYS, 24, or more done:
 * about one gap a week, and enough for a balance report that describes them), or did not
 * finish. Someone with all 30 done is finished whenever it happens.
 */
import { COURSE_LENGTH } from "~/cohorts/schedule";
import { isTimeZone } from "~/time/local-date";
import type { CourseClock } from "./course-clock";
import { days, STANDING_WORDS, STANDINGS, type DayState, type Standing } from "./vocabulary";

export const AT_RISK_BEHIND_DAYS = 2;
export const AT_RISK_IDLE_DAYS = 3;
export const FINISHED_WITH_GAPS_MIN_DAYS = 24;

/** Where the course is for one person: its newest open day, whether it ended, and the day they joined (0: before day 1). */
export type DayPosition = { newestDay: number; ended: boolean; joinedDay: number };
export type DayWork = { completed: boolean; started: boolean };

/** Whether `day` is the day that opened today (the newest one, while the course runs). */
export function isToday(day: number, at: DayPosition): boolean {
  return day === at.newestDay && !at.ended;
}

export function dayStateOf(day: number, at: DayPosition, work: DayWork | undefined): DayState {
  if (work?.completed) return "done";
  if (day > at.newestDay) return "not-open";
  if (work?.started) return "in-progress";
  if (isToday(day, at)) return "today";
  return day < at.joinedDay ? "own-pace" : "to-catch-up";
}

/** What standing needs to know about a participant. `timeZone`: their own, or null for the cohort's. */
export type StandingFacts = { done: number; lastActivity: Date | null; enrolledAt: Date; timeZone: string | null };
export type ParticipantStanding = {
  standing: Standing;
  done: number;
  /** Days owed and not done (while running); days not done (after the end); 0 otherwise. */
  behind: number;
  /** Course days without saved work, while the course runs; null otherwise. */
  idleDays: number | null;
  joinedDay: number;
};

export function standingOf(clock: CourseClock, facts: StandingFacts): ParticipantStanding {
  const joinedDay = clock.joinedDayAt(facts.enrolledAt);
  const done = Math.min(facts.done, COURSE_LENGTH);
  const result = (standing: Standing, behind = 0, idleDays: number | null = null): ParticipantStanding => ({ standing, done, behind, idleDays, joinedDay });
  if (done >= COURSE_LENGTH) return result("finished");
  if (clock.phase === "before") return result("not-started");
  if (clock.phase === "ended") return result(done >= FINISHED_WITH_GAPS_MIN_DAYS ? "finished-with-gaps" : "did-not-finish", COURSE_LENGTH - done);
  // A zone the runtime does not know (a corrupt row) falls back to the cohort's rather than breaking the page.
  const zone = facts.timeZone && isTimeZone(facts.timeZone) ? facts.timeZone : clock.cohort.timeZone;
  const owed = Math.max(0, clock.daysOverFor(zone) - Math.max(1, joinedDay) + 1);
  const behind = Math.max(0, owed - done);
  const quietSince = facts.lastActivity && facts.lastActivity > facts.enrolledAt ? facts.lastActivity : facts.enrolledAt;
  const idleDays = clock.courseDaysBegunSince(zone, quietSince);
  if (behind === 0) return result("on-track", 0, idleDays);
  return result(behind >= AT_RISK_BEHIND_DAYS && idleDays >= AT_RISK_IDLE_DAYS ? "at-risk" : "catching-up", behind, idleDays);
}

/** The standings a cohort's people can have in a phase, in the order a summary reads them. */
export function standingsIn(phase: CourseClock["phase"]): Standing[] {
  if (phase === "before") return ["not-started"];
  if (phase === "ended") return ["finished", "finished-with-gaps", "did-not-finish"];
  return ["at-risk", "catching-up", "on-track", "finished"];
}

/** Lower first: who a facilitator should look at first. */
export const ATTENTION_ORDER: Record<Standing, number> = {
  "at-risk": 0,
  "did-not-finish": 1,
  "catching-up": 2,
  "finished-with-gaps": 3,
  "not-started": 4,
  "on-track": 5,
  finished: 6,
};

export type StandingCounts = Record<Standing, number>;

export function countStandings(list: Iterable<Standing>): StandingCounts {
  const counts = Object.fromEntries(STANDINGS.map((s) => [s, 0])) as StandingCounts;
  for (const s of list) counts[s]++;
  return counts;
}

/**
 * A cohort in one line: "3 at risk, 7 catching up, 14 on track"; after the end "Course ended:
 * 18 finished, 5 finished with gaps, 2 did not finish"; before "Not started: 24 enrolled".
 */
export function countsLine(counts: StandingCounts, phase: CourseClock["phase"]): string {
  if (phase === "before") return `Not started: ${counts["not-started"] + counts.finished} enrolled`;
  const shown = standingsIn(phase).filter((s) => s !== "finished" || phase === "ended" || counts.finished > 0);
  const line = shown.map((s) => `${counts[s]} ${STANDING_WORDS[s].word}`).join(", ");
  return phase === "ended" ? `Course ended: ${line}` : line;
}

/** The facts behind a standing, in a few words: "2 days to catch up, nothing saved for 4 days". */
export function standingNote(p: ParticipantStanding): string {
  switch (p.standing) {
    case "at-risk":
      return `${days(p.behind)} to catch up, nothing saved for ${days(p.idleDays ?? 0)}`;
    case "catching-up":
      return `${days(p.behind)} to catch up`;
    case "not-started":
      return "starts with day 1";
    case "finished":
      return `all ${COURSE_LENGTH} days done`;
    default:
      return `${p.done} of ${COURSE_LENGTH} days done`;
  }
}

/** The rule in words, for the page that shows the standings: the running rule, or the final one after the end. */
export function standingRule(phase: CourseClock["phase"]): string {
  if (phase === "ended") {
    return `The course has ended, so standings are final: finished (all ${COURSE_LENGTH} days done), finished with gaps (${FINISHED_WITH_GAPS_MIN_DAYS} or more), did not finish (fewer). Days stay open, so a standing can still improve.`;
  }
  return (
    `A day counts as behind once it is over in the participant's own time zone. At risk: ${AT_RISK_BEHIND_DAYS} or more days behind and nothing saved for ${AT_RISK_IDLE_DAYS} course days; ` +
    `catching up: behind but still at it; on track: nothing owed.`
  );
}
