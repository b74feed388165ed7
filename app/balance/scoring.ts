/**
 * The balance method (DESIGN.md, Balance). Pure. For each pillar P:
 *   engagement(P) = completed days of P / days of P unlocked so far (integration days count for every P)
 *   confidence(P) = (mean latest assessment rating of P - 1) / 4   (latest: final, else baseline)
 *   score(P)      = round(100 x (0.5 x engagement + 0.5 x confidence))
 *   balance       = round(100 x min score / max score), 100 when all scores are 0
 *   growth(P)     = final mean - baseline mean of P, when both exist
 * The weakest pillar names the risk and the days of that pillar to revisit.
 */
import { PILLAR_INFO, PILLARS, type DayPillar, type Pillar } from "~/course/pillars";
import { countsToward } from "~/progress/journey";

export type ScoringInput = {
  days: { day: number; pillar: DayPillar }[];
  /** Days 1..unlocked are open. */
  unlocked: number;
  completed: ReadonlySet<number>;
  /** The participant's own 1-5 rating of each day's statement, where given. */
  dayRatings: ReadonlyMap<number, number>;
  /** Day 30's look back at where the participant stood before day 1 (second edition on). */
  retro?: ReadonlyMap<string, number>;
  /** `reverse`: worded against the behaviour ("I put off..."), so 5 counts as 1 (second edition on). */
  statements: { id: string; pillar: Pillar; reverse?: boolean }[];
  baseline: ReadonlyMap<string, number>;
  final: ReadonlyMap<string, number>;
};

export type PillarScore = {
  pillar: Pillar;
  completed: number;
  unlocked: number;
  engagement: number;
  /** Null when no assessment answer exists for this pillar. */
  confidence: number | null;
  score: number;
  baselineMean: number | null;
  finalMean: number | null;
  growth: number | null;
  /** Final against day 30's look back at before day 1; null without both. */
  hindsightGrowth: number | null;
};

export type Diagnosis =
  | { kind: "balanced" }
  | { kind: "weak"; pillar: Pillar; risk: "chaotic" | "mechanical" | "disconnected"; revisit: number[] };

export type BalanceReport = { pillars: PillarScore[]; balance: number; diagnosis: Diagnosis };

/** Rounds as a person would: 57.5 -> 58 even when binary floating point holds 57.49999999999999. */
export const roundScore = (x: number) => Math.round(Math.round(x * 1e6) / 1e6);
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const round2 = (n: number) => Math.round(n * 100) / 100;

export function scoreBalance(input: ScoringInput): BalanceReport {
  const pillars = PILLARS.map((pillar): PillarScore => {
    const mine = input.days.filter((d) => countsToward(d.pillar, pillar) && d.day <= input.unlocked);
    const completed = mine.filter((d) => input.completed.has(d.day)).length;
    const engagement = mine.length === 0 ? 0 : completed / mine.length;
    const mineStatements = input.statements.filter((s) => s.pillar === pillar);
    // A reverse-worded statement's rating counts the other way round: 1 becomes 5.
    const keyed = (ratings: ReadonlyMap<string, number>, s: { id: string; reverse?: boolean }) => {
      const r = ratings.get(s.id);
      return r === undefined ? undefined : s.reverse ? 6 - r : r;
    };
    const present = (values: (number | undefined)[]) => values.filter((r): r is number => r !== undefined);
    const latest = present(mineStatements.map((s) => keyed(input.final, s) ?? keyed(input.baseline, s)));
    const latestMean = mean(latest);
    const confidence = latestMean === null ? null : (latestMean - 1) / 4;
    const baselineMean = mean(present(mineStatements.map((s) => keyed(input.baseline, s))));
    const finalMean = mean(present(mineStatements.map((s) => keyed(input.final, s))));
    const retroMean = input.retro ? mean(present(mineStatements.map((s) => keyed(input.retro!, s)))) : null;
    return {
      pillar,
      completed,
      unlocked: mine.length,
      engagement,
      confidence,
      score: roundScore(100 * (0.5 * engagement + 0.5 * (confidence ?? 0))),
      baselineMean,
      finalMean,
      growth: baselineMean !== null && finalMean !== null ? round2(finalMean - baselineMean) : null,
      hindsightGrowth: retroMean !== null && finalMean !== null ? round2(finalMean - retroMean) : null,
    };
  });

  const scores = pillars.map((p) => p.score);
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  const balance = max === 0 ? 100 : roundScore((100 * min) / max);

  let diagnosis: Diagnosis = { kind: "balanced" };
  if (min < max) {
    const weakest = pillars.find((p) => p.score === min)!.pillar;
    // Its own days (not integration days) that are open: unfinished first, then the lowest self-ratings.
    const revisit = input.days
      .filter((d) => d.pillar === weakest && d.day <= input.unlocked)
      .sort((a, b) => {
        const doneA = input.completed.has(a.day) ? 1 : 0;
        const doneB = input.completed.has(b.day) ? 1 : 0;
        if (doneA !== doneB) return doneA - doneB;
        return (input.dayRatings.get(a.day) ?? 0) - (input.dayRatings.get(b.day) ?? 0) || a.day - b.day;
      })
      .slice(0, 4)
      .map((d) => d.day)
      .sort((a, b) => a - b);
    diagnosis = { kind: "weak", pillar: weakest, risk: PILLAR_INFO[weakest].riskWhenWeak!, revisit };
  }
  return { pillars, balance, diagnosis };
}
