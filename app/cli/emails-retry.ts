/**
 * `npm run emails:retry -- [--id 12 --id 13]`: puts failed email back in the queue. Without
 * --id, every email that failed for a passing reason (an outage longer than the retry
 * window); with --id, exactly those emails, whatever the reason. The next tick sends them.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { requeueFailed } from "~/email/operator.server";
import { getEnvOrExit } from "~/env.server";
import { now } from "~/time/clock.server";

const USAGE = "usage: npm run emails:retry -- [--id <outbox id> ...]";
let ids: number[] | undefined;
try {
  const { values } = parseArgs({ options: { id: { type: "string", multiple: true } }, strict: true });
  if (values.id) {
    ids = values.id.map(Number);
    if (ids.some((id) => !Number.isInteger(id) || id < 1)) throw new Error("--id takes an outbox id, a whole number");
  }
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(1);
}
const env = getEnvOrExit();
const db = openDatabase(path.resolve(env.DATABASE_URL));
migrateDatabase(db);
const requeued = requeueFailed(db, now(), ids);
db.$client.close();
console.log(`requeued ${requeued} ${requeued === 1 ? "email" : "emails"}; the next tick (within a minute in the server, or npm run emails:tick) sends ${requeued === 1 ? "it" : "them"}.`);
