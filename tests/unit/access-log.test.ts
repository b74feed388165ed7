import type { ServerBuild } from "@remix-run/node";
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import { accessLevel, requestId, routePatterns } from "~/server/access-log";

/** A manifest shaped like Remix's: flat, each route naming its parent. */
const manifest = {
  root: { id: "root", path: "", module: {} },
  "routes/_index": { id: "routes/_index", parentId: "root", index: true, module: {} },
  "routes/unsubscribe.$token": { id: "routes/unsubscribe.$token", parentId: "root", path: "unsubscribe/:token", module: {} },
  "routes/learn.$enrollmentId.days.$day": { id: "routes/learn.$enrollmentId.days.$day", parentId: "root", path: "learn/:enrollmentId/days/:day", module: {} },
  "routes/cohorts.$slug.calendar[.]ics": { id: "routes/cohorts.$slug.calendar[.]ics", parentId: "root", path: "cohorts/:slug/calendar.ics", module: {} },
  "routes/healthz": { id: "routes/healthz", parentId: "root", path: "healthz", module: {} },
} as unknown as ServerBuild["routes"];

describe("routePatterns", () => {
  const patternOf = routePatterns(manifest);

  it("names the route pattern, never the values in the path", () => {
    expect(patternOf("/unsubscribe/6f1d2c0e9a")).toBe("/unsubscribe/:token");
    expect(patternOf("/learn/42/days/7")).toBe("/learn/:enrollmentId/days/:day");
    expect(patternOf("/cohorts/spring/calendar.ics")).toBe("/cohorts/:slug/calendar.ics");
  });

  it("names the index route and the assets", () => {
    expect(patternOf("/")).toBe("/");
    expect(patternOf("/build/_assets/app-ABC123.css")).toBe("/build/*");
  });

  it("does not repeat a path that matches no route: it may be a mistyped link with a token in it", () => {
    expect(patternOf("/unsubscribe/secret-token/extra")).toBe("(no route)");
    expect(patternOf("/wp-login.php")).toBe("(no route)");
  });
});

describe("routePatterns against React Router's own matcher", () => {
  /** A manifest with the shapes Remix makes: a pathless layout, an index under a path, a splat. */
  const wide = {
    ...manifest,
    "routes/_auth": { id: "routes/_auth", parentId: "root", module: {} },
    "routes/_auth.login": { id: "routes/_auth.login", parentId: "routes/_auth", path: "login", module: {} },
    "routes/facilitate.cohorts.$slug": { id: "routes/facilitate.cohorts.$slug", parentId: "root", path: "facilitate/cohorts/:slug", module: {} },
    "routes/facilitate.cohorts.$slug._index": { id: "routes/facilitate.cohorts.$slug._index", parentId: "routes/facilitate.cohorts.$slug", index: true, module: {} },
    "routes/facilitate.cohorts.$slug.report": { id: "routes/facilitate.cohorts.$slug.report", parentId: "routes/facilitate.cohorts.$slug", path: "report", module: {} },
    "routes/facilitate.cohorts.new": { id: "routes/facilitate.cohorts.new", parentId: "root", path: "facilitate/cohorts/new", module: {} },
    "routes/docs.$": { id: "routes/docs.$", parentId: "root", path: "docs/*", module: {} },
  } as unknown as ServerBuild["routes"];
  /** What @remix-run/router answers, flattening and ranking the tree on each call. */
  function reference(pathname: string): string {
    const tree = (parentId?: string): AgnosticRouteObject[] =>
      Object.values(wide)
        .filter((r) => r?.parentId === parentId)
        .map((r) => ({ id: r!.id, path: r!.path, index: r!.index, children: r!.index ? undefined : tree(r!.id) }) as AgnosticRouteObject);
    const matches = matchRoutes(tree(), pathname);
    if (!matches) return "(no route)";
    const pattern = `/${matches.map((m) => m.route.path).filter(Boolean).join("/")}`.replace(/\/+/g, "/");
    return pattern.endsWith("*") ? "(no route)" : pattern;
  }

  it("names the same route for every path", () => {
    const patternOf = routePatterns(wide);
    const paths = ["/", "/login", "/LOGIN", "/facilitate/cohorts/spring", "/facilitate/cohorts/spring/", "/facilitate/cohorts/new", "/facilitate/cohorts/spring/report", "/facilitate/cohorts/spring/report/x", "/docs/a/b", "/docs", "/learn/1/days/2", "/learn/1/days", "/cohorts/a/calendar.ics", "/cohorts/a/calendarxics", "/healthz", "/nope"];
    for (const path of paths) expect(patternOf(path), path).toBe(reference(path));
  });
});

describe("requestId", () => {
  it("keeps a proxy's id that looks like one", () => {
    expect(requestId("req-1234.abc")).toBe("req-1234.abc");
    expect(requestId(["a1", "b2"])).toBe("a1");
  });

  it("makes a fresh one for anything else (no log injection through the header)", () => {
    for (const given of [undefined, "", "x".repeat(65), 'a"}\n{"level":60', "<script>"]) {
      const id = requestId(given);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("accessLevel", () => {
  it("raises failures and keeps health checks out of the log while they are fine", () => {
    expect(accessLevel("/learn/:enrollmentId/days/:day", 200)).toBe("info");
    expect(accessLevel("/learn/:enrollmentId/days/:day", 404)).toBe("warn");
    expect(accessLevel("/learn/:enrollmentId/days/:day", 500)).toBe("error");
    expect(accessLevel("/healthz", 200)).toBe("silent");
    expect(accessLevel("/healthz", 503)).toBe("error");
  });
});
