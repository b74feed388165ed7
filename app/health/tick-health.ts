/**
 * Is the email tick alive? Pure: from the tick's last run (its row in tick_runs) and now.
 * A tick is late when its last run started longer ago than the limit (a stopped scheduler,
 * a cron line that was lost) or has been running longer than it (a hung tick).
 */
export type TickRun = {
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  queued: number;
  sent: number;
  error: string | null;
  lastOkAt: Date | null;
};

export type TickHealth = {
  /** When the last run started and (if it did) finished, ISO instants. */
  lastStartedAt: string;
  lastFinishedAt: string | null;
  running: boolean;
  secondsSinceStart: number;
  durationMs: number | null;
  queued: number;
  sent: number;
  /** The last run's error, if it failed. */
  error: string | null;
  lastOkAt: string | null;
  late: boolean;
};

export function tickHealth(run: TickRun | null, now: Date, limitSeconds: number): TickHealth | null {
  if (!run) return null;
  const secondsSinceStart = Math.max(0, Math.round((now.getTime() - run.startedAt.getTime()) / 1000));
  return {
    lastStartedAt: run.startedAt.toISOString(),
    lastFinishedAt: run.finishedAt?.toISOString() ?? null,
    running: run.finishedAt === null,
    secondsSinceStart,
    durationMs: run.durationMs,
    queued: run.queued,
    sent: run.sent,
    error: run.error,
    lastOkAt: run.lastOkAt?.toISOString() ?? null,
    late: secondsSinceStart > limitSeconds,
  };
}
