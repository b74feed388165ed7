/**
 * The hot paths run in this process on a traced connection (./plans): each page's loader (the
 * same route module the server runs, minus rendering) and the email tick at an instant when
 * nothing is due. For each: its time, how many statements it ran, the slowest ones, and any
 * statement whose plan scans.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { closeDb, useDatabase } from "~/db.server";
import { transportFromEnv } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { tracedDatabase, type StatementStat } from "./plans";

export type PathReport = { name: string; ms: number; statements: number; top: StatementStat[]; scans: StatementStat[] };
export type Page = { name: string; route: string; path: string; params: Record<string, string>; cookie: string };

type RouteModule = { loader: (args: LoaderFunctionArgs) => Promise<unknown> };

async function routeModule(route: string): Promise<RouteModule> {
  return (await import(`../../../app/routes/${route}`)) as RouteModule;
}

function summary(name: string, ms: number, stats: StatementStat[]): PathReport {
  return { name, ms: Number(ms.toFixed(1)), statements: stats.reduce((n, s) => n + s.calls, 0), top: stats.slice(0, 3), scans: stats.filter((s) => s.scans.length > 0) };
}

/** Runs each page's loader `runs` times (after one warm-up) and the tick once, at `now`. */
export async function traceHotPaths(file: string, appUrl: string, now: Date, pages: Page[], runs = 5): Promise<PathReport[]> {
  process.env.APP_NOW = now.toISOString();
  const traced = tracedDatabase(file);
  useDatabase(traced.db);
  const reports: PathReport[] = [];
  try {
    for (const page of pages) {
      const { loader } = await routeModule(page.route);
      const call = async () => {
        const request = new Request(new URL(page.path, appUrl), { headers: { cookie: page.cookie } });
        const result = await loader({ request, params: page.params, context: { clientIp: "127.0.0.1", nonce: "bench" } });
        if (result instanceof Response && result.status >= 300) throw new Error(`${page.name}: the loader answered ${result.status}`);
      };
      await call();
      traced.reset();
      const started = performance.now();
      for (let i = 0; i < runs; i++) await call();
      const ms = (performance.now() - started) / runs;
      reports.push(summary(page.name, ms, traced.stats().map((s) => ({ ...s, calls: s.calls / runs, ms: s.ms / runs }))));
    }
    traced.reset();
    const started = performance.now();
    const tick = await runTick(traced.db, transportFromEnv(), () => now, appUrl);
    if (tick.queued > 0) throw new Error(`the tick at ${now.toISOString()} queued ${tick.queued} emails: the seed left something due`);
    reports.push(summary("email tick, nothing due", performance.now() - started, traced.stats()));
  } finally {
    closeDb();
    traced.close();
  }
  return reports;
}
