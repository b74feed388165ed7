/**
 * Prepared statements, made once per database connection and reused: hot read paths
 * (session lookup, the day page) skip rebuilding and re-preparing their SQL on every request.
 */
const cache = new WeakMap<object, Map<string, unknown>>();

export function prepared<T>(db: object, key: string, build: () => T): T {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  if (!statements.has(key)) statements.set(key, build());
  return statements.get(key) as T;
}
