/**
 * One structured line per request (pino-http): method, route, status, time, request id.
 * The route is the pattern that matched (`/unsubscribe/:token`), never the path people
 * typed: paths carry tokens (sign-in, unsubscribe, certificates, calendar keys) and query
 * strings carry more. No headers (cookies), no bodies (answers), no client address.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import type pino from "pino";
import { pinoHttp } from "pino-http";

type Manifest = ServerBuild["routes"];

/** Routes served before Remix sees the request: the fingerprinted assets. */
const ASSETS = "/build/*";

type Branch = { pattern: string; regex: RegExp; score: number };

/** Every route's whole path from the root, as Remix's flat manifest nests them. */
function fullPath(manifest: Manifest, id: string): string {
  const route = manifest[id]!;
  const own = route.path ?? "";
  const parent = route.parentId ? fullPath(manifest, route.parentId) : "";
  return [parent, own].filter(Boolean).join("/");
}

/** React Router's ranking: static segments beat dynamic ones, which beat a splat; an index route wins ties. */
function score(segments: string[], index: boolean): number {
  const splat = segments.includes("*");
  return segments.filter((s) => s !== "*").reduce((total, s) => total + (s.startsWith(":") ? 3 : s === "" ? 1 : 10), segments.length + (splat ? -2 : 0) + (index ? 2 : 0));
}

/**
 * The routes a request can end on, each compiled once with its rank: a request is matched
 * against these regular expressions, best first, instead of flattening and ranking the route
 * tree on every request as @remix-run/router's matchRoutes does (about 120 µs a request).
 */
function branches(manifest: Manifest): Branch[] {
  // As React Router: a route without a path matches nothing by itself, unless it is an index.
  return Object.values(manifest)
    .filter((r): r is NonNullable<typeof r> => Boolean(r) && (r!.path != null || r!.index === true))
    .map((route) => {
      const path = fullPath(manifest, route.id).replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
      const segments = path === "" ? [] : path.split("/");
      const source = segments.map((s) => (s === "*" ? "(?:/.*)?" : s.startsWith(":") ? "/[^/]+" : `/${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)).join("");
      return { pattern: `/${path}`, regex: new RegExp(`^${source}/?$`, "i"), score: score(segments, route.index === true) };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * A function from a request's pathname to the pattern of the route that answers it
 * ("/learn/:enrollmentId/days/:day"), or "(no route)" when none does: an unmatched path is
 * not logged, since it may be a mistyped link with a token in it.
 */
export function routePatterns(manifest: Manifest): (pathname: string) => string {
  const ranked = branches(manifest);
  return (pathname) => {
    if (pathname.startsWith("/build/")) return ASSETS;
    const found = ranked.find((b) => b.regex.test(pathname === "/" ? "" : pathname));
    // A catch-all ("*") that matched is as good as no route for the log.
    if (!found || found.pattern.endsWith("*")) return "(no route)";
    return found.pattern;
  };
}

/** A proxy's request id when it looks like one, else a fresh one: the id ties a log line to a report. */
export function requestId(given: string | string[] | undefined): string {
  const value = Array.isArray(given) ? given[0] : given;
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : randomUUID();
}

/** Health checks poll every few seconds: log them only when they are not fine. */
export function accessLevel(route: string, status: number): pino.LevelWithSilent {
  if (status >= 500) return "error";
  if (status >= 400) return "warn";
  if (route === "/healthz") return "silent";
  return "info";
}

type Req = IncomingMessage & { id?: unknown };

export function accessLog(logger: pino.Logger, manifest: Manifest) {
  const patternOf = routePatterns(manifest);
  // Kept aside (Express has its own `req.route`); `originalUrl`, since Express rewrites `url` under a mount.
  const routes = new WeakMap<Req, string>();
  const routeOf = (req: Req) => {
    let route = routes.get(req);
    if (route === undefined) routes.set(req, (route = patternOf(new URL((req as { originalUrl?: string }).originalUrl ?? req.url ?? "/", "http://x").pathname)));
    return route;
  };
  return pinoHttp<Req, ServerResponse>({
    logger,
    genReqId: (req, res) => {
      const id = requestId(req.headers["x-request-id"]);
      res.setHeader("X-Request-Id", id);
      return id;
    },
    // Only these fields: the standard serializers would add the URL, headers and client address.
    serializers: {
      req: (req: { id: unknown; method: string }) => ({ id: req.id, method: req.method }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      err: (err: Error) => ({ type: err.name, message: err.message }),
    },
    customProps: (req) => ({ route: routeOf(req) }),
    customLogLevel: (req, res, error) => (error ? "error" : accessLevel(routeOf(req), res.statusCode)),
    customSuccessMessage: (req, res, ms) => `${req.method} ${routeOf(req)} ${res.statusCode} ${Math.round(ms)}ms`,
    customErrorMessage: (req, res) => `${req.method} ${routeOf(req)} ${res.statusCode} failed`,
    quietReqLogger: true,
  });
}
