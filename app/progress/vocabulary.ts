/**
 * Tripod's words for a day's state and for where a participant stands, defined once. The
 * participant's pages, the facilitator's grid and participant page, the CSV export and the
 * weekly digest all take their words (and marks) from here, so a participant and their
 * facilitator never describe the same day differently. Pure data; the rules that pick a
 * state or a standing are in ./standing.ts.
 */

/**
 * A day's state for one person:
 * - `done`: marked complete;
 * - `in-progress`: open, work saved, not complete yet;
 * - `today`: the cohort's newest day, open today, nothing saved yet;
 * - `to-catch-up`: opened on an earlier day (since the person joined), not done; it stays
 *   open, also after the course ends, so it is never "missed";
 * - `own-pace`: opened before the person joined the cohort, not done; theirs at their own
 *   pace, never counted as behind;
 * - `not-open`: opens on its date.
 */
export const DAY_STATES = ["done", "in-progress", "today", "to-catch-up", "own-pace", "not-open"] as const;
export type DayState = (typeof DAY_STATES)[number];

/** The word (said and read aloud) and the mark (shown beside it; never colour alone). */
export const DAY_WORDS: Record<DayState, { word: string; mark: string }> = {
  done: { word: "done", mark: "✓" },
  "in-progress": { word: "in progress", mark: "◐" },
  today: { word: "today", mark: "●" },
  "to-catch-up": { word: "to catch up", mark: "○" },
  "own-pace": { word: "own pace", mark: "◌" },
  "not-open": { word: "not open yet", mark: "–" },
};

/**
 * Where a participant stands. While the course runs: `on-track` (nothing owed), `catching-up`
 * (owes days but is still at it), `at-risk` (owes days and has gone quiet); before day 1,
 * `not-started`. Once the course has ended the standing is final: `finished` (all thirty
 * done), `finished-with-gaps` (most of them), `did-not-finish`.
 */
export const STANDINGS = ["not-started", "on-track", "catching-up", "at-risk", "finished", "finished-with-gaps", "did-not-finish"] as const;
export type Standing = (typeof STANDINGS)[number];

/** `tone` picks the pill's colours; the word always says it in text. */
export const STANDING_WORDS: Record<Standing, { word: string; tone: "calm" | "ok" | "warn" }> = {
  "not-started": { word: "not started", tone: "calm" },
  "on-track": { word: "on track", tone: "ok" },
  "catching-up": { word: "catching up", tone: "calm" },
  "at-risk": { word: "at risk", tone: "warn" },
  finished: { word: "finished", tone: "ok" },
  "finished-with-gaps": { word: "finished with gaps", tone: "calm" },
  "did-not-finish": { word: "did not finish", tone: "warn" },
};

/** A word at the start of a label or heading: "At risk". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "1 day", "3 days". */
export function days(n: number): string {
  return `${n} ${n === 1 ? "day" : "days"}`;
}
