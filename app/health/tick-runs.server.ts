/** The email tick's record of itself, one row per tick name, written by whichever process runs it. */
import { eq, sql } from "drizzle-orm";
import { tickRuns } from "../../db/schema";
import type { Db } from "~/db.server";
import type { TickRun } from "./tick-health";

export const EMAIL_TICK = "email";

/** A run begins: its start is recorded first, so a tick that hangs or dies is seen as one. */
export function tickStarted(db: Db, at: Date, name = EMAIL_TICK): void {
  db.insert(tickRuns)
    .values({ name, startedAt: at })
    .onConflictDoUpdate({ target: tickRuns.name, set: { startedAt: at, finishedAt: null, durationMs: null } })
    .run();
}

/** A run ends, well (`error` null) or not. */
export function tickFinished(db: Db, outcome: { at: Date; durationMs: number; queued: number; sent: number; error: string | null }, name = EMAIL_TICK): void {
  db.update(tickRuns)
    .set({
      finishedAt: outcome.at,
      durationMs: outcome.durationMs,
      queued: outcome.queued,
      sent: outcome.sent,
      error: outcome.error,
      lastOkAt: outcome.error === null ? outcome.at : sql`${tickRuns.lastOkAt}`,
    })
    .where(eq(tickRuns.name, name))
    .run();
}

export function lastTick(db: Db, name = EMAIL_TICK): TickRun | null {
  return db.select().from(tickRuns).where(eq(tickRuns.name, name)).get() ?? null;
}
