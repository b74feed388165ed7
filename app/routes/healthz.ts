import { sql } from "drizzle-orm";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";

/**
 * Liveness and readiness in one: 200 with a database round-trip when the database
 * answers, 503 when it does not. Public and cheap; never cached.
 */
export async function loader() {
  const started = performance.now();
  const headers = { "Cache-Control": "no-store" };
  try {
    const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
    if (row?.ok !== 1) throw new Error("unexpected answer from the database");
    return Response.json(
      {
        status: "ok",
        database: { ok: true, roundTripMs: Number((performance.now() - started).toFixed(2)) },
        time: now().toISOString(),
      },
      { headers },
    );
  } catch (error) {
    return Response.json(
      {
        status: "unavailable",
        database: { ok: false, error: error instanceof Error ? error.message : String(error) },
        time: now().toISOString(),
      },
      { status: 503, headers },
    );
  }
}
