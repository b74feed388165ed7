/**
 * What the facilitator pages know about participants. Each person's standing needs only a
 * count and a date per person, so one aggregate query answers it for any number of people
 * and of cohorts; the day cells are read only for the people and days a page shows, in one
 * more query. Neither count grows with the cohort.
 */
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { prepared } from "~/util/prepared";
import { dayProgress, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { shownName } from "~/account/names";
import { courseDates, type CohortCalendar } from "~/cohorts/schedule";
import { courseClock, type CourseClock } from "~/progress/course-clock";
import { countStandings, countsLine, dayStateOf, standingOf, type DayWork, type ParticipantStanding, type StandingCounts } from "~/progress/standing";
import type { DayState, Standing } from "~/progress/vocabulary";
import { currentWeek, filterPeople, gridWeeks, paging, sortPeople, type SortKey } from "./grid";

/** `name` is for showing (the address when there is no name); `profileName` is the name as given, maybe empty. */
export type PersonFacts = { enrollmentId: number; cohortId: number; name: string; profileName: string; email: string; enrolledAt: Date; timeZone: string | null; done: number; lastActivity: Date | null };
export type JudgedPerson = PersonFacts & { standing: ParticipantStanding };
export type CohortSummary = { participants: number; phase: CourseClock["phase"]; counts: StandingCounts; line: string; completionRate: number | null };

const active = (cohortIds: number[]) => and(inArray(enrollments.cohortId, cohortIds), eq(enrollments.status, "active"));

const factColumns = {
  enrollmentId: enrollments.id,
  cohortId: enrollments.cohortId,
  enrolledAt: enrollments.createdAt,
  name: users.name,
  email: users.email,
  timeZone: users.timeZone,
  done: sql<number>`count(${dayProgress.completedAt})`,
  lastActivity: sql<number | null>`max(${dayProgress.updatedAt})`,
};

function factsQuery(db: Db, where: SQL | undefined) {
  return db.select(factColumns).from(enrollments).innerJoin(users, eq(users.id, enrollments.userId)).leftJoin(dayProgress, eq(dayProgress.enrollmentId, enrollments.id)).where(where).groupBy(enrollments.id);
}

/** A row of factColumns as the driver returns it (values in column order, timestamps in epoch ms). */
type FactValues = [number, number, number, string, string, string | null, number, number | null];
const toFacts = ([enrollmentId, cohortId, enrolledAt, name, email, timeZone, done, lastActivity]: FactValues): PersonFacts => ({
  enrollmentId,
  cohortId,
  enrolledAt: new Date(enrolledAt),
  // Someone invited by address alone has no name yet: lists show their address.
  name: shownName({ name, email }),
  profileName: name,
  email,
  timeZone,
  done,
  lastActivity: lastActivity === null ? null : new Date(lastActivity),
});

/**
 * Active participants of these cohorts: who, since when, days done and last saved work. One
 * query; for one cohort (every cohort page) a statement prepared once per connection.
 */
function loadFacts(db: Db, cohortIds: number[]): PersonFacts[] {
  if (cohortIds.length === 0) return [];
  const rows =
    cohortIds.length === 1
      ? prepared(db, "cohort-people-facts", () => factsQuery(db, and(eq(enrollments.cohortId, sql.placeholder("cohortId")), eq(enrollments.status, "active"))).prepare()).values({ cohortId: cohortIds[0] })
      : factsQuery(db, active(cohortIds)).values();
  return (rows as FactValues[]).map(toFacts);
}

function judge(clock: CourseClock, facts: PersonFacts[]): { people: JudgedPerson[]; summary: CohortSummary } {
  const people = facts.map((p) => ({ ...p, standing: standingOf(clock, p) }));
  const counts = countStandings(people.map((p) => p.standing.standing));
  const possible = people.length * clock.newestDay;
  const doneOpen = people.reduce((sum, p) => sum + Math.min(p.done, clock.newestDay), 0);
  return {
    people,
    summary: { participants: people.length, phase: clock.phase, counts, line: countsLine(counts, clock.phase), completionRate: possible === 0 ? null : Math.round((100 * doneOpen) / possible) },
  };
}

/** Summary counts for many cohorts at once (the /facilitate list): one query in all. */
export function cohortSummaries(db: Db, cohorts: (CohortCalendar & { id: number })[], now: Date): Map<number, CohortSummary> {
  const byCohort = new Map<number, PersonFacts[]>(cohorts.map((c) => [c.id, []]));
  for (const person of loadFacts(db, cohorts.map((c) => c.id))) byCohort.get(person.cohortId)!.push(person);
  return new Map(cohorts.map((c) => [c.id, judge(courseClock(c, now), byCohort.get(c.id)!).summary]));
}

/** Every active participant of one cohort with their standing, and the cohort's counts. One query. */
export function cohortStandings(db: Db, cohort: CohortCalendar & { id: number }, now: Date): { clock: CourseClock; people: JudgedPerson[]; summary: CohortSummary } {
  const clock = courseClock(cohort, now);
  return { clock, ...judge(clock, loadFacts(db, [cohort.id])) };
}

export type SavedDay = DayWork & { completedAt: Date | null };

/**
 * The saved work (done or started) of some people on some days, by enrollment and day. One
 * query: for the given enrollments, or for every active one of `cohortId` when `enrollmentIds` is null.
 */
export function savedDays(db: Db, who: { enrollmentIds: number[] } | { cohortId: number }, days: { from: number; to: number }): Map<number, Map<number, SavedDay>> {
  const out = new Map<number, Map<number, SavedDay>>();
  if ("enrollmentIds" in who && who.enrollmentIds.length === 0) return out;
  const inDays = sql`${dayProgress.day} between ${days.from} and ${days.to}`;
  const rows = db
    .select({
      enrollmentId: dayProgress.enrollmentId,
      day: dayProgress.day,
      completedAt: dayProgress.completedAt,
      started: sql<number>`(${dayProgress.exerciseAnswer} <> '' or ${dayProgress.reflection} <> '')`,
    })
    .from(dayProgress)
    .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
    .where("enrollmentIds" in who ? and(inArray(dayProgress.enrollmentId, who.enrollmentIds), inDays) : and(active([who.cohortId]), inDays))
    .all();
  for (const r of rows) {
    let mine = out.get(r.enrollmentId);
    if (!mine) out.set(r.enrollmentId, (mine = new Map()));
    mine.set(r.day, { completed: r.completedAt !== null, started: r.started === 1, completedAt: r.completedAt });
  }
  return out;
}

export type GridView = { week: number | null; sort: SortKey; filter: Standing | "all"; page: number };
export type GridRow = { enrollmentId: number; name: string; lastActivity: Date | null; standing: ParticipantStanding; cells: DayState[] };

/**
 * The cohort page's grid: everyone's standing (for the counts, the filter and the order), and
 * the day cells of one week for one page of people. Two queries, whatever the cohort's size.
 */
export function cohortGrid(db: Db, cohort: CohortCalendar & { id: number }, now: Date, view: GridView) {
  const { clock, people, summary } = cohortStandings(db, cohort, now);
  const weeks = gridWeeks(cohort);
  const week = Math.min(Math.max(1, view.week ?? currentWeek(weeks, clock.newestDay)), weeks.length);
  const days = weeks[week - 1]!;
  const shown = sortPeople(filterPeople(people, view.filter), view.sort);
  const page = paging(shown.length, view.page);
  const slice = shown.slice(page.from, page.to);
  const saved = savedDays(db, { enrollmentIds: slice.map((p) => p.enrollmentId) }, { from: days[0]!, to: days[days.length - 1]! });
  const ended = clock.phase === "ended";
  const rows: GridRow[] = slice.map((p) => {
    const at = { newestDay: clock.newestDay, ended, joinedDay: p.standing.joinedDay };
    const mine = saved.get(p.enrollmentId);
    return { enrollmentId: p.enrollmentId, name: p.name, lastActivity: p.lastActivity, standing: p.standing, cells: days.map((d) => dayStateOf(d, at, mine?.get(d))) };
  });
  const dates = courseDates(cohort);
  return { clock, summary, weekCount: weeks.length, week, days: days.map((day) => ({ day, date: dates[day - 1]! })), page, rows };
}
