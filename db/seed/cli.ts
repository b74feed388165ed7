/** `npm run seed:demo`: replaces the demo cohort and demo accounts (never in production). */
import path from "node:path";
import { getEnvOrExit } from "../../app/env.server";
import { now } from "../../app/time/clock.server";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDemo } from "./demo";

const env = getEnvOrExit();
if (env.isProduction) {
  console.error("seed:demo refuses to run with NODE_ENV=production: it would replace the demo accounts.");
  process.exit(1);
}
const file = path.resolve(env.DATABASE_URL);
const db = openDatabase(file);
migrateDatabase(db);
const summary = seedDemo(db, now());
db.$client.close();
console.log(
  `Seeded ${file}: cohort "${summary.cohortSlug}" (${summary.timeZone}, started ${summary.startsOn}, day ${summary.openDay} open) ` +
    `with ${summary.participants} participants; facilitator ${summary.facilitatorEmail}, demo participant ${summary.participantEmail}.`,
);
