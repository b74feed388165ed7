/**
 * Who may read a day's writing besides its author (pure). Writing is the author's own until
 * they complete the day; only then does their privacy choice apply.
 */
export type WorkVisibilityFacts = { completedAt: Date | null; isPrivate: boolean };

/** The cohort's facilitators read a day's answers only once it is complete and not private. */
export function facilitatorMayRead(work: WorkVisibilityFacts): boolean {
  return work.completedAt !== null && !work.isPrivate;
}
