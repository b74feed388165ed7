/**
 * Words for a balance report, chosen from the facts it has (pure): nothing promised that
 * cannot happen, nothing level that is merely empty.
 */
import type { FinalStatus } from "~/progress/assessment-window";
import type { BalanceReport, PillarScore } from "./scoring";

/** Nothing to score yet: no day completed and no assessment answered (every score is 0). */
export function isEmptyReport(report: BalanceReport): boolean {
  return report.pillars.every((p) => p.completed === 0 && p.confidence === null);
}

/** Which self-assessment the confidence half comes from. */
export type ConfidenceSource = "final" | "baseline" | "none";
export function confidenceSource(hasBaseline: boolean, hasFinal: boolean): ConfidenceSource {
  return hasFinal ? "final" : hasBaseline ? "baseline" : "none";
}

/** One sentence on what each score is made of, true to the assessments actually taken. */
export function scoreMakeup(source: ConfidenceSource): string {
  switch (source) {
    case "final":
      return "Each score is half the days you did and half your own final assessment.";
    case "baseline":
      return "Each score is half the days you did and half your own day 1 assessment, since there is no final assessment yet.";
    case "none":
      return "Each score counts only the days you did: you have not taken a self-assessment, so that half counts as 0.";
  }
}

/** The growth line of one pillar's card. `deadline` is the formatted last date of the final assessment. */
export function growthLine(p: PillarScore, hasBaseline: boolean, final: FinalStatus, deadline: string): string {
  const signed = (n: number) => `${n > 0 ? "+" : ""}${n.toFixed(2)}`;
  const hindsight = p.hindsightGrowth !== null ? `; ${signed(p.hindsightGrowth)} against where you now think you stood` : "";
  if (p.growth !== null) return `Growth since day 1: ${signed(p.growth)}${hindsight}`;
  if (!hasBaseline) return "No growth to show: there is no day 1 assessment to start from";
  switch (final.kind) {
    case "later":
      return "Growth shows after the final assessment on day 30";
    case "open":
      return `Growth shows once you take the final assessment (day 30, by ${deadline})`;
    case "closed":
      return "No growth to show: the final assessment was not taken";
    case "taken":
      return "No growth to show for this pillar";
  }
}
