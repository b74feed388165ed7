/**
 * Every request that is not a static asset reaches Remix through here. This does what the
 * Express adapter does, plus the checks it lacks, before any route code runs:
 * - only GET, HEAD and POST (405 with `Allow` otherwise: TRACE, PUT, ...);
 * - no legacy `?_data=` requests (single fetch is on; they are a 400, not a 500);
 * - the request URL is built on the public origin (`APP_URL`), whatever Host or
 *   X-Forwarded-Host say, so a proxy that rewrites Host cannot break a page or a form;
 * - a response that sets a cookie, or answers a request that carried one, is never
 *   publicly cacheable;
 * - a POST body is read with a ceiling (413 past it, nothing past it kept in memory), must
 *   be a form (415 otherwise) and must parse as one (400 otherwise), except on routes that
 *   take any body (one-click unsubscribe).
 * Cross-site writes were already refused by `sameOriginWrites`; that check replaces
 * Remix's own Origin-against-Host comparison, which proxies trip over (see ADR 0006).
 */
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { isFormContentType, MAX_BODY_BYTES, readBody } from "./request-body";
import { takesAnyPost } from "./security";

const METHODS = new Set(["GET", "HEAD", "POST"]);

export type RemixHandlerOptions = {
  build: ServerBuild;
  /** The public origin, from APP_URL. */
  origin: string;
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext;
  maxBodyBytes?: number;
};

function refuse(res: ExpressResponse, status: number, message: string, headers: Record<string, string> = {}) {
  res.status(status).set({ "Cache-Control": "no-store", ...headers }).type("text/plain").send(`${message}\n`);
}

/** The request's URL on the public origin, or null when its target is not a plain path. */
export function publicUrl(origin: string, target: string): URL | null {
  if (!target.startsWith("/")) return null;
  try {
    const url = new URL(origin + target);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

function remixHeaders(req: ExpressRequest, url: URL): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  headers.set("host", url.host);
  headers.delete("x-forwarded-host");
  headers.delete("origin");
  return headers;
}

/**
 * Nothing that sets a cookie or may depend on one is publicly cacheable: a shared cache must
 * never hand one person's session or name to another.
 */
export function keepPersonalResponsesPrivate(headers: Headers, requestHadCookie: boolean): void {
  const cacheControl = headers.get("cache-control") ?? "";
  if (headers.has("set-cookie")) headers.set("cache-control", "private, no-store");
  else if (/\bpublic\b/i.test(cacheControl)) {
    if (requestHadCookie) headers.set("cache-control", cacheControl.replace(/\bpublic\b/i, "private"));
    headers.append("vary", "Cookie");
  }
}

export function remixHandler({ build, origin, getLoadContext, maxBodyBytes = MAX_BODY_BYTES }: RemixHandlerOptions) {
  const handle = createRequestHandler(build, build.mode);
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      if (!METHODS.has(req.method)) return refuse(res, 405, "This method is not allowed here.", { Allow: "GET, HEAD, POST" });
      const url = publicUrl(origin, req.originalUrl);
      if (!url) return refuse(res, 400, "This address is not valid.");
      if (url.searchParams.has("_data")) return refuse(res, 400, "This kind of data request is not supported.");

      let body: Uint8Array<ArrayBuffer> | undefined;
      if (req.method === "POST") {
        const read = await readBody(req, maxBodyBytes);
        if (!read.ok) return refuse(res, read.status, read.reason, { Connection: "close" });
        body = read.body;
        if (!takesAnyPost(url.pathname)) {
          const type = req.get("content-type");
          if (!isFormContentType(type)) return refuse(res, 415, "Send this as a form (application/x-www-form-urlencoded or multipart/form-data).");
          try {
            await new Request(url, { method: "POST", headers: { "content-type": type! }, body }).formData();
          } catch {
            return refuse(res, 400, "This form could not be read: it arrived incomplete or malformed.");
          }
        }
      }

      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const request = new Request(url, { method: req.method, headers: remixHeaders(req, url), body, signal: controller.signal });
      const response = await handle(request, getLoadContext(req, res));
      keepPersonalResponsesPrivate(response.headers, Boolean(req.headers.cookie));
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [key, value] of response.headers.entries()) res.append(key, value);
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}
