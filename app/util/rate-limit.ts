/**
 * A sliding-window limit: at most `limit` events per `windowMs` for each key. The decision
 * is pure (`decide`); `RateLimiter` keeps the recent instants per key in memory, which is
 * enough for one app process on one SQLite file.
 */
export type Limit = { limit: number; windowMs: number };
export type Decision = { allowed: true; recent: number[] } | { allowed: false; retryAfterMs: number; recent: number[] };

export function decide(times: readonly number[], now: number, { limit, windowMs }: Limit): Decision {
  const recent = times.filter((t) => t > now - windowMs && t <= now);
  if (recent.length < limit) return { allowed: true, recent: [...recent, now] };
  const oldest = Math.min(...recent);
  return { allowed: false, retryAfterMs: oldest + windowMs - now, recent };
}

export class RateLimiter {
  private readonly seen = new Map<string, number[]>();
  constructor(private readonly rule: Limit) {}

  /** Counts one event for `key` when allowed; refusals are not counted. */
  hit(key: string, now: Date): Decision {
    const decision = decide(this.seen.get(key) ?? [], now.getTime(), this.rule);
    if (decision.recent.length === 0) this.seen.delete(key);
    else this.seen.set(key, decision.recent);
    if (this.seen.size > 10_000) this.sweep(now.getTime());
    return decision;
  }

  private sweep(now: number): void {
    for (const [key, times] of this.seen) if (times.every((t) => t <= now - this.rule.windowMs)) this.seen.delete(key);
  }

  reset(): void {
    this.seen.clear();
  }
}
