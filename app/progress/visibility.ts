/**
 * Who may read a day's writing besides its author (pure). Writing is the author's own until
 * they complete the day; only then does their choice of who sees it apply. The levels nest:
 * sharing with the cohort includes the cohort's facilitators.
 */
import type { DAY_VISIBILITIES } from "../../db/schema";

export type DayVisibility = (typeof DAY_VISIBILITIES)[number];
export const VISIBILITY_ORDER: readonly DayVisibility[] = ["self", "facilitators", "cohort"];
export const DEFAULT_VISIBILITY: DayVisibility = "facilitators";

export type WorkVisibilityFacts = { completedAt: Date | null; visibility: DayVisibility };

export function isDayVisibility(value: unknown): value is DayVisibility {
  return typeof value === "string" && (VISIBILITY_ORDER as readonly string[]).includes(value);
}

/** The cohort's facilitators read a day's answers only once it is complete and not kept to its author. */
export function facilitatorMayRead(work: WorkVisibilityFacts): boolean {
  return work.completedAt !== null && work.visibility !== "self";
}

/**
 * Fellow participants read a day's answers in its thread only once it is complete, shared with
 * the cohort, and its author is still an active member (`authorActive`): leaving takes it away.
 */
export function cohortMayRead(work: WorkVisibilityFacts & { authorActive: boolean }): boolean {
  return work.completedAt !== null && work.visibility === "cohort" && work.authorActive;
}

/**
 * A day's 1-5 rating: the cohort's facilitators see it once the day is complete, whatever the
 * visibility. The choice promises exactly this ("your facilitators then see only that you
 * completed it and your rating"). A draft's rating is its author's alone; peers never see it.
 */
export function facilitatorMaySeeRating(work: Pick<WorkVisibilityFacts, "completedAt">): boolean {
  return work.completedAt !== null;
}

/** The words next to each choice on the day page: who reads it, in the reader's terms. */
export const VISIBILITY_WORDS: Record<DayVisibility, { label: string; detail: string }> = {
  self: { label: "Only me", detail: "Your facilitators see only that you completed the day and your rating, not what you wrote." },
  facilitators: { label: "Me and my facilitators", detail: "Your cohort's facilitators can read your answers and give you feedback. No other participant sees them." },
  cohort: { label: "My cohort", detail: "Your answers also appear in this day's thread for the participants of your cohort, who can reply. Your rating stays between you and your facilitators." },
};
