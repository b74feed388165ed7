/**
 * Every route and every action intent of the app (from the server build's own route list)
 * × seven actors, against the running app. The expected answer of each cell lives in
 * tests/support/route-table.ts; a route missing there fails this suite.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { castActors, type Cast } from "../support/actors";
import { ACTORS, outcomeOf, ROUTE_TABLE, type Actor, type Expectation } from "../support/route-table";
import { startApp, type RunningApp } from "../support/server";

let app: RunningApp;
let cast: Cast;
let builtRoutes: Record<string, { path?: string; module: { loader?: unknown; action?: unknown } }>;

beforeAll(async () => {
  app = await startApp();
  cast = castActors(app.databaseFile);
  builtRoutes = ((await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as { routes: typeof builtRoutes }).routes;
});
afterAll(async () => {
  await app?.stop();
});

async function ask(method: "GET" | "POST", url: string, cookie: string | null, fields?: Record<string, string>) {
  const headers: Record<string, string> = {};
  if (cookie) headers.Cookie = cookie;
  if (method === "POST") {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    headers.Origin = app.url;
  }
  const response = await fetch(`${app.url}${url}`, { method, headers, redirect: "manual", body: fields ? new URLSearchParams(fields).toString() : undefined });
  await response.arrayBuffer();
  return outcomeOf(response.status, response.headers.get("location"));
}

/** Denied actors first: an allowed action (harmless as it is) then cannot change what the others see. */
const order = (expect: Expectation): Actor[] => [...ACTORS].sort((a, b) => Number(expect[a] === "allow") - Number(expect[b] === "allow"));

describe("the authorization matrix", () => {
  it("has a row for every route the app serves, with samples for each loader and action", () => {
    const missing = Object.keys(builtRoutes).filter((id) => !(id in ROUTE_TABLE));
    expect(missing, "routes not in tests/support/route-table.ts").toEqual([]);
    const stale = Object.keys(ROUTE_TABLE).filter((id) => !(id in builtRoutes));
    expect(stale, "rows for routes that no longer exist").toEqual([]);
    for (const [id, route] of Object.entries(builtRoutes)) {
      if (id === "root") continue;
      if (route.module.loader) expect(ROUTE_TABLE[id]!.get, `${id} has a loader: give it a GET expectation`).toBeDefined();
      if (route.module.action) expect(ROUTE_TABLE[id]!.posts?.length ?? 0, `${id} has an action: give it at least one sample`).toBeGreaterThan(0);
    }
  });

  it("answers every cell as the table says", async () => {
    const mismatches: string[] = [];
    let requests = 0;
    // Signing out ends the session it is sent with: that row goes last, with sessions of its own.
    const rows = Object.entries(ROUTE_TABLE).sort(([a], [b]) => Number(a === "routes/logout") - Number(b === "routes/logout"));
    for (const [id, row] of rows) {
      const url = row.url(cast.world);
      if (row.get) {
        for (const actor of ACTORS) {
          requests++;
          const got = await ask("GET", url, cast.cookies[actor]);
          if (got !== row.get[actor]) mismatches.push(`GET ${url} (${id}) as ${actor}: expected ${row.get[actor]}, got ${got}`);
        }
      }
      for (const sample of row.posts ?? []) {
        for (const actor of order(sample.expect)) {
          requests++;
          const cookie = id === "routes/logout" ? cast.newCookie(actor) : cast.cookies[actor];
          const got = await ask("POST", url, cookie, sample.fields(cast.world));
          if (got !== sample.expect[actor]) mismatches.push(`POST ${url} [${sample.intent}] (${id}) as ${actor}: expected ${sample.expect[actor]}, got ${got}`);
        }
      }
    }
    console.log(`authorization matrix: ${requests} requests, ${Object.keys(ROUTE_TABLE).length} routes × ${ACTORS.length} actors, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
