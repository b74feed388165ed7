import { getDb } from "~/db.server";
import { outboxBacklog } from "~/email/operator.server";
import { getEnv } from "~/env.server";
import { checkDatabase } from "~/health/health.server";
import { tickHealth } from "~/health/tick-health";
import { lastTick } from "~/health/tick-runs.server";
import { now } from "~/time/clock.server";

/**
 * Liveness and readiness in one: 200 with a database round-trip when the database answers,
 * 503 when it does not. The outbox's backlog is reported too: when an email has been due
 * for longer than HEALTH_EMAIL_LAG_MINUTES (an outage at the provider, a stopped tick), the
 * status is "degraded" (still 200: the site itself works). So it is when the email tick last
 * started longer ago than HEALTH_TICK_LAG_MINUTES (`tick` is null until a tick has run: a
 * server with SCHEDULER=off waits for its cron). Public and cheap; never cached.
 * People read /status.
 */
export async function loader() {
  const headers = { "Cache-Control": "no-store" };
  const at = now();
  const database = checkDatabase();
  const time = at.toISOString();
  if (!database.ok) return Response.json({ status: "unavailable", database, time }, { status: 503, headers });
  const db = getDb();
  const env = getEnv();
  const outbox = outboxBacklog(db, at);
  const lagLimitSeconds = env.HEALTH_EMAIL_LAG_MINUTES * 60;
  const lagging = outbox.oldestDueSeconds !== null && outbox.oldestDueSeconds > lagLimitSeconds;
  const tick = tickHealth(lastTick(db), at, env.HEALTH_TICK_LAG_MINUTES * 60);
  return Response.json(
    {
      status: lagging || tick?.late ? "degraded" : "ok",
      database,
      email: { due: outbox.due, oldestDueSeconds: outbox.oldestDueSeconds, failed: outbox.failed, lagLimitSeconds },
      tick: tick && { ...tick, lagLimitSeconds: env.HEALTH_TICK_LAG_MINUTES * 60 },
      time,
    },
    { headers },
  );
}
