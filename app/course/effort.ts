/** What a course day asks of a person, from the lessons' own minutes. Pure. */
export type Effort = { min: number; max: number; median: number };

export function typicalMinutes(days: readonly { minutes: number }[]): Effort {
  const sorted = days.map((d) => d.minutes).sort((a, b) => a - b);
  if (sorted.length === 0) return { min: 0, max: 0, median: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
  return { min: sorted[0]!, max: sorted.at(-1)!, median };
}

/** "about 25 minutes (20 to 30)" */
export function describeEffort(e: Effort): string {
  return e.min === e.max ? `about ${e.median} minutes` : `about ${e.median} minutes (${e.min} to ${e.max})`;
}
