/**
 * One structured line per request (pino-http): method, route, status, time, request id.
 * The route is the pattern that matched (`/unsubscribe/:token`), never the path people
 * typed: paths carry tokens (sign-in, unsubscribe, certificates, calendar keys) and query
 * strings carry more. No headers (cookies), no bodies (answers), no client address.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import type pino from "pino";
import { pinoHttp } from "pino-http";

type Manifest = ServerBuild["routes"];

/** Routes served before Remix sees the request: the fingerprinted assets. */
const ASSETS = "/build/*";

/** The route tree Remix builds from its flat manifest, as @remix-run/router's matcher takes it. */
function routeTree(manifest: Manifest, parentId?: string): AgnosticRouteObject[] {
  return Object.values(manifest)
    .filter((route) => route?.parentId === parentId)
    .map((route) => ({ id: route!.id, path: route!.path, index: route!.index, children: route!.index ? undefined : routeTree(manifest, route!.id) }) as AgnosticRouteObject);
}

/**
 * A function from a request's pathname to the pattern of the route that answers it
 * ("/learn/:enrollmentId/days/:day"), or "(no route)" when none does: an unmatched path is
 * not logged, since it may be a mistyped link with a token in it.
 */
export function routePatterns(manifest: Manifest): (pathname: string) => string {
  const tree = routeTree(manifest);
  return (pathname) => {
    if (pathname.startsWith("/build/")) return ASSETS;
    const matches = matchRoutes(tree, pathname);
    if (!matches) return "(no route)";
    const pattern = matches
      .map((m) => m.route.path)
      .filter((p): p is string => Boolean(p))
      .join("/")
      .replace(/\/+/g, "/");
    // A catch-all ("*") that matched is as good as no route for the log.
    if (pattern === "*" || pattern.endsWith("/*")) return "(no route)";
    return `/${pattern.replace(/^\//, "")}`;
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
