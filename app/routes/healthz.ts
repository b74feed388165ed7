import { sql } from "drizzle-orm";
import { getDb } from "~/db.server";
import { outboxStatus } from "~/email/operator.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

/**
 * Liveness and readiness in one: 200 with a database round-trip when the database answers,
 * 503 when it does not. The outbox's backlog is reported too: when an email has been due
 * for longer than HEALTH_EMAIL_LAG_MINUTES (an outage at the provider, a stopped tick), the
 * status is "degraded" (still 200: the site itself works). Public and cheap; never cached.
 */
export async function loader() {
  const started = performance.now();
  const headers = { "Cache-Control": "no-store" };
  const at = now();
  try {
    const db = getDb();
    const row = db.get<{ ok: number }>(sql`select 1 as ok`);
    if (row?.ok !== 1) throw new Error("unexpected answer from the database");
    const roundTripMs = Number((performance.now() - started).toFixed(2));
    const outbox = outboxStatus(db, at, 0);
    const lagLimitSeconds = getEnv().HEALTH_EMAIL_LAG_MINUTES * 60;
    const lagging = outbox.oldestDueSeconds !== null && outbox.oldestDueSeconds > lagLimitSeconds;
    return Response.json(
      {
        status: lagging ? "degraded" : "ok",
        database: { ok: true, roundTripMs },
        email: { due: outbox.due, oldestDueSeconds: outbox.oldestDueSeconds, failed: outbox.byStatus.failed ?? 0, lagLimitSeconds },
        time: at.toISOString(),
      },
      { headers },
    );
  } catch (error) {
    return Response.json(
      {
        status: "unavailable",
        database: { ok: false, error: error instanceof Error ? error.message : String(error) },
        time: at.toISOString(),
      },
      { status: 503, headers },
    );
  }
}
