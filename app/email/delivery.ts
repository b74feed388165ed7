/** Retry timing for the delivery loop. Pure. */
export const LEASE_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 8;

/** Exponential backoff with a cap: 30 s, 1 min, 2 min, 4 min ... up to 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}
