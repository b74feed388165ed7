/**
 * Who may read a day's writing besides its author (pure). Writing is the author's own until
 * they complete the day; only then does their privacy choice apply.
 */
export type WorkVisibilityFacts = { completedAt: Date | null; isPrivate: boolean };

/** The cohort's facilitators read a day's answers only once it is complete and not private. */
export function facilitatorMayRead(work: WorkVisibilityFacts): boolean {
  return work.completedAt !== null && !work.isPrivate;
}

/**
 * A day's 1-5 rating: the cohort's facilitators see it once the day is complete, private or
 * not. The privacy switch promises exactly this ("your facilitator then sees only that you
 * completed it and your rating, not what you wrote"). A draft's rating is its author's alone.
 */
export function facilitatorMaySeeRating(work: Pick<WorkVisibilityFacts, "completedAt">): boolean {
  return work.completedAt !== null;
}
