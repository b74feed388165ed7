import { openDatabase, type Db } from "../db/client";
import { getEnv } from "~/env.server";

export type { Db };

declare global {
  // The server keeps one connection for its whole life (also across dev rebuilds).
  // eslint-disable-next-line no-var
  var __tripodDb: Db | undefined;
}

/** The process's database connection, opened on first use at DATABASE_URL. */
export function getDb(): Db {
  globalThis.__tripodDb ??= openDatabase(getEnv().DATABASE_URL);
  return globalThis.__tripodDb;
}

/** Closes and forgets the connection (tests and shutdown). */
export function closeDb(): void {
  const db = globalThis.__tripodDb;
  globalThis.__tripodDb = undefined;
  if (db?.$client.open) db.$client.close();
}

/** Makes `db` the process's connection (tests point the app at their own file). */
export function useDatabase(db: Db): void {
  closeDb();
  globalThis.__tripodDb = db;
}
