/**
 * What the facilitator pages show about participants, in two queries whatever the number of
 * participants, and whatever the number of cohorts asked about at once.
 */
import { and, eq, inArray } from "drizzle-orm";
import { dayProgress, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { positionAt, type CohortCalendar } from "~/cohorts/schedule";
import { cells, risk, type CellState, type Risk } from "./grid";
import { shownName } from "~/account/names";

type Person = { enrollmentId: number; cohortId: number; enrolledAt: Date; name: string; email: string; completed: Map<number, Date>; lastActivity: Date | null };

/** Active participants of these cohorts with their completed days and last activity. */
function loadPeople(db: Db, cohortIds: number[]): Person[] {
  if (cohortIds.length === 0) return [];
  const active = and(inArray(enrollments.cohortId, cohortIds), eq(enrollments.status, "active"));
  const people = db
    .select({ enrollmentId: enrollments.id, cohortId: enrollments.cohortId, enrolledAt: enrollments.createdAt, name: users.name, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(active)
    .all()
    .map((p): Person => ({ ...p, completed: new Map(), lastActivity: null }));
  const byId = new Map(people.map((p) => [p.enrollmentId, p]));
  for (const row of db
    .select({ enrollmentId: dayProgress.enrollmentId, day: dayProgress.day, completedAt: dayProgress.completedAt, updatedAt: dayProgress.updatedAt })
    .from(dayProgress)
    .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
    .where(active)
    .all()) {
    const person = byId.get(row.enrollmentId)!;
    if (row.completedAt) person.completed.set(row.day, row.completedAt);
    if (!person.lastActivity || row.updatedAt > person.lastActivity) person.lastActivity = row.updatedAt;
  }
  return people;
}

function newestDayAt(cohort: CohortCalendar, now: Date): { newestDay: number; phase: "before" | "running" | "ended" } {
  const position = positionAt(cohort, now);
  return { phase: position.phase, newestDay: position.phase === "before" ? 0 : position.phase === "ended" ? 30 : position.day };
}

export type CohortSummary = { participants: number; atRisk: number; onTrack: number; completionRate: number | null };

function summarize(cohort: CohortCalendar, people: Person[], newestDay: number, now: Date): { summary: CohortSummary; risks: Map<number, Risk> } {
  const joinedDay = (p: Person) => newestDayAt(cohort, p.enrolledAt).newestDay;
  const risks = new Map(people.map((p) => [p.enrollmentId, risk({ completedAt: p.completed, lastActivity: p.lastActivity, enrolledAt: p.enrolledAt, joinedDay: joinedDay(p) }, newestDay, now)]));
  const atRisk = [...risks.values()].filter((r) => r.atRisk).length;
  const possible = people.length * newestDay;
  const doneOpen = people.reduce((sum, p) => sum + [...p.completed.keys()].filter((d) => d <= newestDay).length, 0);
  return {
    risks,
    summary: { participants: people.length, atRisk, onTrack: people.length - atRisk, completionRate: possible === 0 ? null : Math.round((100 * doneOpen) / possible) },
  };
}

/** Summary counts for many cohorts at once (the /facilitate list): still two queries in all. */
export function cohortSummaries(db: Db, cohorts: (CohortCalendar & { id: number })[], now: Date): Map<number, CohortSummary> {
  const byCohort = new Map<number, Person[]>(cohorts.map((c) => [c.id, []]));
  for (const person of loadPeople(db, cohorts.map((c) => c.id))) byCohort.get(person.cohortId)!.push(person);
  return new Map(cohorts.map((c) => [c.id, summarize(c, byCohort.get(c.id)!, newestDayAt(c, now).newestDay, now).summary]));
}

export type ParticipantLine = {
  enrollmentId: number;
  /** What to call them in a list: their name, or their address when they have not given one. */
  name: string;
  /** Their name as they gave it ("" when they have not). */
  profileName: string;
  email: string;
  done: number;
  lastActivity: Date | null;
  cells: CellState[];
  risk: Risk;
};

export type CohortView = { newestDay: number; phase: "before" | "running" | "ended"; rows: ParticipantLine[]; summary: CohortSummary };

/** One cohort's grid: every participant's cells and risk, and the summary counts. */
export function cohortView(db: Db, cohortId: number, cohort: CohortCalendar, now: Date): CohortView {
  const { newestDay, phase } = newestDayAt(cohort, now);
  const people = loadPeople(db, [cohortId]);
  const { summary, risks } = summarize(cohort, people, newestDay, now);
  const rows = people.map((p) => ({
    enrollmentId: p.enrollmentId,
    name: shownName(p),
    profileName: p.name,
    email: p.email,
    done: p.completed.size,
    lastActivity: p.lastActivity,
    cells: cells(cohort, newestDay, phase === "ended", p.completed),
    risk: risks.get(p.enrollmentId)!,
  }));
  return { newestDay, phase, rows, summary };
}
