import type { Db } from "../../db/client";

/** How many SQL statements `fn` prepares on this connection (drizzle prepares each query it runs). */
export function countQueries(db: Db, fn: () => Promise<unknown>): Promise<number> {
  const client = db.$client;
  const original = client.prepare.bind(client);
  let count = 0;
  client.prepare = ((source: string) => {
    count++;
    return original(source);
  }) as typeof client.prepare;
  return fn()
    .finally(() => (client.prepare = original))
    .then(() => count);
}
