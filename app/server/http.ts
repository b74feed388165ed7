/**
 * The HTTP server: static assets from the build, then every request to Remix.
 */
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import type pino from "pino";
import { log } from "../log.server";
import { accessLog } from "./access-log";
import { remixHandler } from "./remix-handler";
import { sameOriginWrites, securityHeaders } from "./security";

/** The Remix server build, next to this process's own compiled entry (build/server/start.mjs). */
export const SERVER_BUILD = path.resolve("build/server/index.js");

export async function loadServerBuild(): Promise<ServerBuild> {
  return (await import(pathToFileURL(SERVER_BUILD).href)) as ServerBuild;
}

/** TRUST_PROXY as Express takes it: off, a hop count, or addresses (`loopback` is one of Express's names). */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === "off") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function createApp(build: ServerBuild, options: { appUrl: string; production: boolean; trustProxy?: string; logger?: pino.Logger }): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxySetting(options.trustProxy ?? "loopback"));
  // First, so every answer is logged, also those the security layers give.
  app.use(accessLog(options.logger ?? log, build.routes));
  app.use(securityHeaders(options));
  app.use(compression());
  // Fingerprinted assets never change: cache them for a year.
  app.use("/build", express.static(path.resolve("build/client"), { immutable: true, maxAge: "1y", index: false }));
  app.use(sameOriginWrites(options.appUrl));
  app.all(
    "*",
    remixHandler({
      build,
      origin: new URL(options.appUrl).origin,
      getLoadContext: (req, res) => ({ clientIp: req.ip ?? "unknown", nonce: String(res.locals.nonce) }),
    }),
  );
  return app;
}

export function listen(app: express.Express, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
