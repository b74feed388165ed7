/** Loads what scoring needs, for one enrollment or a whole cohort (a fixed number of queries). */
import { and, eq, inArray } from "drizzle-orm";
import { assessmentAnswers, dayProgress, enrollments } from "../../db/schema";
import type { Db } from "~/db.server";
import { COURSE_LENGTH, openDays, positionAt, type CohortCalendar } from "~/cohorts/schedule";
import { finalStatus, type FinalStatus } from "~/progress/assessment-window";
import { getCourse } from "~/course/content.server";
import { PILLARS, type Pillar } from "~/course/pillars";
import { scoreBalance, type BalanceReport } from "./scoring";

type Facts = { completed: Set<number>; dayRatings: Map<number, number>; baseline: Map<string, number>; final: Map<string, number>; retro: Map<string, number> };

function factsFor(db: Db, enrollmentIds: number[]): Map<number, Facts> {
  const all = new Map<number, Facts>(enrollmentIds.map((id) => [id, { completed: new Set(), dayRatings: new Map(), baseline: new Map(), final: new Map(), retro: new Map() }]));
  if (enrollmentIds.length === 0) return all;
  for (const row of db
    .select({ enrollmentId: dayProgress.enrollmentId, day: dayProgress.day, rating: dayProgress.rating, completedAt: dayProgress.completedAt })
    .from(dayProgress)
    .where(inArray(dayProgress.enrollmentId, enrollmentIds))
    .all()) {
    const f = all.get(row.enrollmentId)!;
    if (row.completedAt) f.completed.add(row.day);
    if (row.rating !== null) f.dayRatings.set(row.day, row.rating);
  }
  for (const row of db
    .select({ enrollmentId: assessmentAnswers.enrollmentId, kind: assessmentAnswers.kind, statementId: assessmentAnswers.statementId, rating: assessmentAnswers.rating })
    .from(assessmentAnswers)
    .where(inArray(assessmentAnswers.enrollmentId, enrollmentIds))
    .all()) {
    all.get(row.enrollmentId)![row.kind].set(row.statementId, row.rating);
  }
  return all;
}

/** A cohort's calendar and the course edition it follows (its days' pillars and its assessment). */
type ScoredCohort = CohortCalendar & { edition: string };

function score(facts: Facts, unlocked: number, edition: string): BalanceReport {
  const course = getCourse(edition);
  return scoreBalance({ days: course.days, unlocked, statements: course.assessment.statements, ...facts });
}

export type ParticipantReport = BalanceReport & {
  final: boolean;
  /** No day open yet: nothing to report. */
  before: boolean;
  unlocked: number;
  completed: number;
  hasBaseline: boolean;
  hasFinal: boolean;
  finalStatus: FinalStatus;
};

export function participantReport(db: Db, enrollmentId: number, cohort: ScoredCohort, now: Date): ParticipantReport {
  const facts = factsFor(db, [enrollmentId]).get(enrollmentId)!;
  const unlocked = openDays(cohort, now);
  const phase = positionAt(cohort, now).phase;
  const hasFinal = facts.final.size > 0;
  return {
    ...score(facts, unlocked, cohort.edition),
    final: phase === "ended",
    before: phase === "before",
    unlocked,
    completed: facts.completed.size,
    hasBaseline: facts.baseline.size > 0,
    hasFinal,
    finalStatus: finalStatus(cohort, hasFinal, unlocked >= COURSE_LENGTH, now),
  };
}

export type CohortReport = {
  participants: number;
  unlocked: number;
  averages: { pillar: Pillar; score: number; growth: number | null; withGrowth: number }[];
  balance: { min: number; median: number; max: number; buckets: { from: number; to: number; count: number }[] } | null;
  weakest: Pillar | null;
  completionPerDay: { day: number; completed: number }[];
};

/** Every active participant's balance report, in three queries whatever the cohort's size. */
export function cohortScores(db: Db, cohortId: number, cohort: ScoredCohort, now: Date): { unlocked: number; byEnrollment: Map<number, BalanceReport>; facts: Map<number, Facts> } {
  const ids = db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.status, "active")))
    .all()
    .map((r) => r.id);
  const unlocked = openDays(cohort, now);
  const facts = factsFor(db, ids);
  return { unlocked, facts, byEnrollment: new Map(ids.map((id) => [id, score(facts.get(id)!, unlocked, cohort.edition)])) };
}

export function cohortReport(db: Db, cohortId: number, cohort: ScoredCohort, now: Date): CohortReport {
  const { unlocked, facts, byEnrollment } = cohortScores(db, cohortId, cohort, now);
  const ids = [...byEnrollment.keys()];
  const reports = [...byEnrollment.values()];
  const average = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);
  const averages = PILLARS.map((pillar, i) => {
    const growths = reports.map((r) => r.pillars[i]!.growth).filter((g): g is number => g !== null);
    return { pillar, score: Math.round(average(reports.map((r) => r.pillars[i]!.score)) ?? 0), growth: average(growths), withGrowth: growths.length };
  });
  const balances = reports.map((r) => r.balance).sort((a, b) => a - b);
  const lowest = Math.min(...averages.map((a) => a.score));
  return {
    participants: ids.length,
    unlocked,
    averages,
    balance:
      balances.length === 0
        ? null
        : {
            min: balances[0]!,
            median: balances[Math.floor((balances.length - 1) / 2)]!,
            max: balances[balances.length - 1]!,
            buckets: [0, 20, 40, 60, 80].map((from) => ({ from, to: from === 80 ? 100 : from + 19, count: balances.filter((b) => b >= from && (from === 80 ? b <= 100 : b < from + 20)).length })),
          },
    weakest: ids.length === 0 || averages.every((a) => a.score === lowest) ? null : averages.find((a) => a.score === lowest)!.pillar,
    completionPerDay: Array.from({ length: unlocked }, (_, i) => ({ day: i + 1, completed: ids.filter((id) => facts.get(id)!.completed.has(i + 1)).length })),
  };
}
