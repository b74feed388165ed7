/**
 * `npm run emails:status`: the outbox at a glance: how many emails are in each state, how
 * long the oldest due email has waited, and the latest failures with their reasons.
 */
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { outboxStatus } from "~/email/operator.server";
import { getEnvOrExit } from "~/env.server";
import { now } from "~/time/clock.server";

const env = getEnvOrExit();
const db = openDatabase(path.resolve(env.DATABASE_URL));
migrateDatabase(db);
const status = outboxStatus(db, now());
db.$client.close();

const order = ["pending", "sending", "sent", "failed", "cancelled"];
console.log(`outbox: ${order.map((s) => `${s} ${status.byStatus[s] ?? 0}`).join(", ")}`);
console.log(status.due === 0 ? "due now: none" : `due now: ${status.due}, the oldest waiting ${Math.round((status.oldestDueSeconds ?? 0) / 60)} min`);
if (status.latestFailures.length > 0) {
  console.log(`latest failures (${status.latestFailures.length}; "retryable" ones go back with npm run emails:retry):`);
  for (const f of status.latestFailures) console.log(`  #${f.id} ${f.kind} to ${f.to} "${f.subject}"${f.retryable ? " [retryable]" : ""}: ${f.error ?? "no reason recorded"}`);
}
