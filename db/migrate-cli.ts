/** `npm run db:migrate`: applies pending migrations to DATABASE_URL and says what it did. */
import path from "node:path";
import { getEnvOrExit } from "../app/env.server";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

const file = path.resolve(getEnvOrExit().DATABASE_URL);
const db = openDatabase(file);
const count = () => db.$client.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
const hasTable = db.$client.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get();
const before = hasTable ? count().n : 0;
migrateDatabase(db);
const after = count().n;
db.$client.close();
console.log(`${file}: ${after - before} migration(s) applied, ${after} in total.`);
