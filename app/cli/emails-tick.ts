/**
 * `npm run emails:tick -- [--now 2026-11-21T12:00:00Z]`: plans and delivers once, prints a
 * one-line summary. The server runs the same tick every minute (SCHEDULER=off stops that).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { transportFromEnv } from "~/email/transport.server";
import { getEnvOrExit } from "~/env.server";
import { describeTick, runTick } from "~/nudges/tick.server";
import { now as clockNow } from "~/time/clock.server";

const USAGE = "usage: npm run emails:tick -- [--now <ISO instant, e.g. 2026-11-21T12:00:00Z>]";
let values: { now?: string };
try {
  values = parseArgs({ options: { now: { type: "string" } }, strict: true }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(1);
}
const nowFlag = z.iso.datetime({ offset: true }).optional().safeParse(values.now);
if (!nowFlag.success) {
  console.error(`--now must be an ISO instant such as 2026-11-21T12:00:00Z\n${USAGE}`);
  process.exit(1);
}
const env = getEnvOrExit();
const clock = nowFlag.data ? () => new Date(nowFlag.data!) : clockNow;
const db = openDatabase(path.resolve(env.DATABASE_URL));
// A batch job reads each row about once: a small page cache (2 MB, not the driver's 16 MB)
// keeps its footprint down without slowing it.
db.$client.pragma("cache_size = -2000");
migrateDatabase(db);
const report = await runTick(db, transportFromEnv(), clock, env.APP_URL);
db.$client.close();
console.log(describeTick(clock(), report));
