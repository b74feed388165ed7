/** Retry timing for the delivery loop. Pure. */
export const LEASE_MS = 2 * 60_000;

/** The longest wait between two tries of an email that keeps failing for a passing reason. */
export const MAX_BACKOFF_MS = 15 * 60_000;

/** Exponential backoff with a cap: 30 s, 1 min, 2 min, 4 min ... then every 15 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * A transient failure (an outage, a timeout) is retried until the email has waited the whole
 * retry window since it was queued (EMAIL_RETRY_HOURS, 24 by default); only then is it failed,
 * for an operator to see (`npm run emails:status`) and requeue (`npm run emails:retry`).
 */
export function givesUp(queuedAt: Date, now: Date, retryWindowMs: number): boolean {
  return now.getTime() - queuedAt.getTime() >= retryWindowMs;
}

/** The words that mark a failure an operator may retry once the cause is gone. */
export const GAVE_UP = "gave up after retrying for";
