/** One database round-trip: is the service able to answer? Shared by /healthz (machines) and /status (people). */
import { sql } from "drizzle-orm";
import { getDb } from "~/db.server";

export type Health = { ok: true; roundTripMs: number } | { ok: false; error: string };

export function checkDatabase(): Health {
  const started = performance.now();
  try {
    const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
    if (row?.ok !== 1) throw new Error("unexpected answer from the database");
    return { ok: true, roundTripMs: Number((performance.now() - started).toFixed(2)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
