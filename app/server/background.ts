/**
 * The server's own once-a-minute tick: deliver what is due in the outbox and remove expired
 * sessions and sign-in tokens. SCHEDULER=off turns it off (tests, or when a separate
 * process runs the tick).
 */
import type { Db } from "../../db/client";
import { cleanupExpired } from "../auth/session.server";
import { deliverDue } from "../email/deliver.server";
import type { EmailTransport } from "../email/transport.server";
import { log } from "../log.server";

export function startBackgroundWork(options: { db: Db; transport: EmailTransport; clock: () => Date; intervalMs?: number }): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const removed = cleanupExpired(options.db, options.clock());
      const report = await deliverDue(options.db, options.transport, options.clock, { maxWaitMs: 30_000 });
      if (report.batches > 0 || removed.sessions > 0) log.info({ delivery: report, removed }, "tick");
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
