/**
 * The server's own once-a-minute tick: plan and deliver due email (the same tick as
 * `npm run emails:tick`) and remove expired sessions and sign-in tokens. SCHEDULER=off turns
 * it off (tests, or when a separate process runs the tick).
 */
import type { Db } from "../../db/client";
import { cleanupExpired } from "../auth/session.server";
import type { EmailTransport } from "../email/transport.server";
import { log } from "../log.server";
import { describeTick, runTick } from "../nudges/tick.server";

export function startBackgroundWork(options: { db: Db; transport: EmailTransport; clock: () => Date; appUrl: string; intervalMs?: number }): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const removed = cleanupExpired(options.db, options.clock());
      const report = await runTick(options.db, options.transport, options.clock, options.appUrl);
      if (report.queued > 0 || report.delivery.batches > 0 || report.pruned > 0 || removed.sessions > 0) log.info({ removed }, describeTick(options.clock(), report));
    } catch (error) {
      log.error({ err: error }, "tick failed; the next one tries again");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
