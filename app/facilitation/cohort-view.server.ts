/**
 * Everything the cohort page shows about its participants, in a fixed number of queries
 * (two) whatever the number of participants.
 */
import { and, eq, inArray } from "drizzle-orm";
import { dayProgress, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { positionAt, type CohortCalendar } from "~/cohorts/schedule";
import { cells, risk, type CellState, type Risk } from "./grid";

export type ParticipantLine = {
  enrollmentId: number;
  name: string;
  email: string;
  done: number;
  lastActivity: Date | null;
  cells: CellState[];
  risk: Risk;
};

export type CohortView = {
  newestDay: number;
  phase: "before" | "running" | "ended";
  rows: ParticipantLine[];
  summary: { participants: number; atRisk: number; onTrack: number; completionRate: number | null };
};

export function cohortView(db: Db, cohortId: number, cohort: CohortCalendar, now: Date): CohortView {
  const position = positionAt(cohort, now);
  const newestDay = position.phase === "before" ? 0 : position.phase === "ended" ? 30 : position.day;
  const people = db
    .select({ enrollmentId: enrollments.id, enrolledAt: enrollments.createdAt, name: users.name, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.status, "active")))
    .all();
  const completed = new Map<number, Map<number, Date>>(people.map((p) => [p.enrollmentId, new Map()]));
  const lastActivity = new Map<number, Date>();
  if (people.length > 0) {
    for (const row of db
      .select({ enrollmentId: dayProgress.enrollmentId, day: dayProgress.day, completedAt: dayProgress.completedAt, updatedAt: dayProgress.updatedAt })
      .from(dayProgress)
      .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
      .where(and(eq(enrollments.cohortId, cohortId), inArray(enrollments.status, ["active"])))
      .all()) {
      if (row.completedAt) completed.get(row.enrollmentId)?.set(row.day, row.completedAt);
      const last = lastActivity.get(row.enrollmentId);
      if (!last || row.updatedAt > last) lastActivity.set(row.enrollmentId, row.updatedAt);
    }
  }
  const ended = position.phase === "ended";
  const rows = people.map((p) => {
    const done = completed.get(p.enrollmentId)!;
    return {
      enrollmentId: p.enrollmentId,
      name: p.name,
      email: p.email,
      done: done.size,
      lastActivity: lastActivity.get(p.enrollmentId) ?? null,
      cells: cells(cohort, newestDay, ended, done),
      risk: risk({ completedAt: done, lastActivity: lastActivity.get(p.enrollmentId) ?? null, enrolledAt: p.enrolledAt }, newestDay, now),
    };
  });
  const atRisk = rows.filter((r) => r.risk.atRisk).length;
  const possible = rows.length * newestDay;
  const doneOpen = rows.reduce((sum, r) => sum + [...completed.get(r.enrollmentId)!.keys()].filter((d) => d <= newestDay).length, 0);
  return {
    newestDay,
    phase: position.phase,
    rows,
    summary: { participants: rows.length, atRisk, onTrack: rows.length - atRisk, completionRate: possible === 0 ? null : Math.round((100 * doneOpen) / possible) },
  };
}
