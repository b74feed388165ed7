import { getDb } from "~/db.server";
import { outboxBacklog } from "~/email/operator.server";
import { getEnv } from "~/env.server";
import { checkDatabase } from "~/health/health.server";
import { now } from "~/time/clock.server";

/**
 * Liveness and readiness in one: 200 with a database round-trip when the database answers,
 * 503 when it does not. The outbox's backlog is reported too: when an email has been due
 * for longer than HEALTH_EMAIL_LAG_MINUTES (an outage at the provider, a stopped tick), the
 * status is "degraded" (still 200: the site itself works). Public and cheap; never cached.
 * People read /status.
 */
export async function loader() {
  const headers = { "Cache-Control": "no-store" };
  const at = now();
  const database = checkDatabase();
  const time = at.toISOString();
  if (!database.ok) return Response.json({ status: "unavailable", database, time }, { status: 503, headers });
  const outbox = outboxBacklog(getDb(), at);
  const lagLimitSeconds = getEnv().HEALTH_EMAIL_LAG_MINUTES * 60;
  const lagging = outbox.oldestDueSeconds !== null && outbox.oldestDueSeconds > lagLimitSeconds;
  return Response.json(
    {
      status: lagging ? "degraded" : "ok",
      database,
      email: { due: outbox.due, oldestDueSeconds: outbox.oldestDueSeconds, failed: outbox.failed, lagLimitSeconds },
      time,
    },
    { headers },
  );
}
