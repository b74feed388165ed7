/**
 * A cohort's run in figures, from narrow rows: who finished each day and where people
 * dropped off, who was active each week, how long a day took from opening to completion,
 * and the average self-rating per day and per pillar. Pure: the rows and "now" come in.
 *
 * Who counts: everyone who took part (the enrollments given: active ones and those who
 * withdrew; leavers' work stays, and leaving is the drop-off these figures are about).
 *
 * - Completion: participants who completed day d. Drop-off: the largest falls from one day
 *   to the next, over the days whose figures are settled (while the course runs, today's
 *   day is still being done and does not count as a fall).
 * - Weeks: week 1 starts on day 1's date, in the cohort's zone; the last week ends when the
 *   course does. A participant is active in a week when a day of theirs was completed or
 *   last saved in it (the only two instants kept: an earlier save overwritten later is not
 *   seen). Enrolled in a week: joined before it ended and had not left before it began.
 * - Pace: hours from a day's unlock to its completion. A day unlocks at 00:00 of its date in
 *   the cohort's zone (weekdays cohorts skip weekends); for someone who joined later, the
 *   days already open unlock for them when they joined. Real elapsed hours, so a day that
 *   spans a DST change is 23 or 25 hours long. Median and 75th percentile (linear
 *   interpolation between the nearest ranks).
 * - Ratings: a completed day's 1-5 rating, private days included (`facilitatorMaySeeRating`);
 *   a draft's rating never counts. Integration days count toward every pillar.
 */
import { COURSE_LENGTH, courseEnd, dateOfDay, positionAt, unlockInstant, type CohortCalendar } from "~/cohorts/schedule";
import { PILLARS, type DayPillar, type Pillar } from "~/course/pillars";
import { countsToward } from "~/progress/journey";
import { facilitatorMaySeeRating } from "~/progress/visibility";
import { addDays, daysBetween, instantAt, localDateOf, type LocalDate } from "~/time/local-date";

export type AnalyticsParticipant = { enrollmentId: number; joinedAt: Date; leftAt: Date | null };
export type AnalyticsRow = { enrollmentId: number; day: number; rating: number | null; completedAt: Date | null; updatedAt: Date };

export type DayCompletion = { day: number; pillar: DayPillar; open: boolean; completed: number; share: number | null };
export type DropOff = { day: number; before: number; after: number; fall: number };
export type WeekActivity = { week: number; from: LocalDate; to: LocalDate; active: number; enrolled: number; share: number | null; current: boolean };
export type DayPace = { day: number; pillar: DayPillar; completions: number; medianHours: number | null; p75Hours: number | null };
export type RatingMean = { count: number; mean: number | null };

export type CohortAnalytics = {
  phase: "before" | "running" | "ended";
  newestDay: number;
  participants: number;
  leavers: number;
  completion: DayCompletion[];
  /** Days 2..settledThrough are compared for drop-off. */
  settledThrough: number;
  /** The largest falls, largest first (at most three, each a fall of at least one). */
  dropOffs: DropOff[];
  weeks: WeekActivity[];
  /** Participants active after the course ended (null while it runs). */
  activeAfterEnd: number | null;
  pace: DayPace[];
  /** Over every completion of every day. */
  pace50: number | null;
  ratingsByDay: (RatingMean & { day: number; pillar: DayPillar })[];
  ratingsByPillar: (RatingMean & { pillar: Pillar })[];
  ratingsOverall: RatingMean;
};

const HOUR_MS = 3_600_000;
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The q-quantile (0..1) of ascending values, interpolating between the nearest ranks; null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}

const mean = (sum: number, count: number): RatingMean => ({ count, mean: count === 0 ? null : round2(sum / count) });

/** The course's weeks that have begun at `now`, as instants: [start, end) each, the last ending with the course. */
export function courseWeeks(cohort: CohortCalendar, now: Date): { week: number; from: LocalDate; to: LocalDate; start: Date; end: Date }[] {
  if (positionAt(cohort, now).phase === "before") return [];
  const first = dateOfDay(cohort, 1);
  const last = dateOfDay(cohort, COURSE_LENGTH);
  const end = courseEnd(cohort);
  const total = Math.floor(daysBetween(first, last) / 7) + 1;
  const begun = Math.min(total, Math.floor(daysBetween(first, localDateOf(now, cohort.timeZone)) / 7) + 1);
  return Array.from({ length: begun }, (_, i) => {
    const from = addDays(first, 7 * i);
    const lastWeek = i === total - 1;
    return {
      week: i + 1,
      from,
      to: lastWeek ? last : addDays(from, 6),
      start: instantAt(from, 0, cohort.timeZone),
      end: lastWeek ? end : instantAt(addDays(from, 7), 0, cohort.timeZone),
    };
  });
}

export function cohortAnalytics(cohort: CohortCalendar, dayPillars: readonly DayPillar[], participants: readonly AnalyticsParticipant[], rows: readonly AnalyticsRow[], now: Date): CohortAnalytics {
  const position = positionAt(cohort, now);
  const newestDay = position.phase === "before" ? 0 : position.phase === "ended" ? COURSE_LENGTH : position.day;
  const settledThrough = position.phase === "running" ? newestDay - 1 : newestDay;
  const joinedAt = new Map(participants.map((p) => [p.enrollmentId, p.joinedAt.getTime()]));
  const pillarOf = (day: number): DayPillar => dayPillars[day - 1] ?? "all";
  const unlocks = Array.from({ length: COURSE_LENGTH }, (_, i) => unlockInstant(cohort, i + 1).getTime());
  const weeks = courseWeeks(cohort, now);
  const end = courseEnd(cohort).getTime();

  const completed = new Array<number>(COURSE_LENGTH).fill(0);
  const hours: number[][] = Array.from({ length: COURSE_LENGTH }, () => []);
  const ratingSum = new Array<number>(COURSE_LENGTH).fill(0);
  const ratingCount = new Array<number>(COURSE_LENGTH).fill(0);
  const activeInWeek = weeks.map(() => new Set<number>());
  const activeAfter = new Set<number>();
  const markActive = (enrollmentId: number, at: number) => {
    if (at >= end) activeAfter.add(enrollmentId);
    // Weeks are few (at most seven): a scan is as quick as a search.
    for (let w = 0; w < weeks.length; w++) {
      if (at >= weeks[w]!.start.getTime() && at < weeks[w]!.end.getTime()) {
        activeInWeek[w]!.add(enrollmentId);
        return;
      }
    }
  };

  for (const row of rows) {
    const joined = joinedAt.get(row.enrollmentId);
    if (joined === undefined || row.day < 1 || row.day > COURSE_LENGTH) continue;
    const i = row.day - 1;
    markActive(row.enrollmentId, row.updatedAt.getTime());
    if (row.completedAt === null) continue;
    markActive(row.enrollmentId, row.completedAt.getTime());
    completed[i]!++;
    const opened = Math.max(unlocks[i]!, joined);
    hours[i]!.push(Math.max(0, (row.completedAt.getTime() - opened) / HOUR_MS));
    if (row.rating !== null && facilitatorMaySeeRating(row)) {
      ratingSum[i]! += row.rating;
      ratingCount[i]!++;
    }
  }

  const count = participants.length;
  const completion = completed.map((n, i): DayCompletion => ({ day: i + 1, pillar: pillarOf(i + 1), open: i < newestDay, completed: n, share: count === 0 ? null : n / count }));
  const dropOffs = completion
    .slice(1, Math.max(1, settledThrough))
    .map((c): DropOff => ({ day: c.day, before: completed[c.day - 2]!, after: c.completed, fall: completed[c.day - 2]! - c.completed }))
    .filter((d) => d.fall > 0)
    .sort((a, b) => b.fall - a.fall || a.day - b.day)
    .slice(0, 3);

  const all: number[] = [];
  const pace = hours.map((list, i): DayPace => {
    list.sort((a, b) => a - b);
    all.push(...list);
    const median = quantile(list, 0.5);
    const p75 = quantile(list, 0.75);
    return { day: i + 1, pillar: pillarOf(i + 1), completions: list.length, medianHours: median === null ? null : round1(median), p75Hours: p75 === null ? null : round1(p75) };
  });
  all.sort((a, b) => a - b);
  const overall = quantile(all, 0.5);

  return {
    phase: position.phase,
    newestDay,
    participants: count,
    leavers: participants.filter((p) => p.leftAt !== null).length,
    completion,
    settledThrough,
    dropOffs,
    weeks: weeks.map((w, i) => {
      const enrolled = participants.filter((p) => p.joinedAt < w.end && (p.leftAt === null || p.leftAt >= w.start)).length;
      const active = activeInWeek[i]!.size;
      return { week: w.week, from: w.from, to: w.to, active, enrolled, share: enrolled === 0 ? null : active / enrolled, current: now < w.end };
    }),
    activeAfterEnd: position.phase === "ended" ? activeAfter.size : null,
    pace,
    pace50: overall === null ? null : round1(overall),
    ratingsByDay: ratingSum.map((sum, i) => ({ day: i + 1, pillar: pillarOf(i + 1), ...mean(sum, ratingCount[i]!) })),
    ratingsByPillar: PILLARS.map((pillar) => {
      let sum = 0;
      let n = 0;
      for (let i = 0; i < COURSE_LENGTH; i++) {
        if (!countsToward(pillarOf(i + 1), pillar)) continue;
        sum += ratingSum[i]!;
        n += ratingCount[i]!;
      }
      return { pillar, ...mean(sum, n) };
    }),
    ratingsOverall: mean(
      ratingSum.reduce((a, b) => a + b, 0),
      ratingCount.reduce((a, b) => a + b, 0),
    ),
  };
}
