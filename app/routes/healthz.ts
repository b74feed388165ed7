import { checkDatabase } from "~/health/health.server";
import { now } from "~/time/clock.server";

/**
 * Liveness and readiness in one: 200 with a database round-trip when the database
 * answers, 503 when it does not. Public and cheap; never cached. People read /status.
 */
export async function loader() {
  const headers = { "Cache-Control": "no-store" };
  const database = checkDatabase();
  const time = now().toISOString();
  if (database.ok) return Response.json({ status: "ok", database, time }, { headers });
  return Response.json({ status: "unavailable", database, time }, { status: 503, headers });
}
