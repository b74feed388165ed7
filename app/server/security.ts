/**
 * Security headers on every response (a CSP whose script-src allows only this response's
 * nonce, no framing, no sniffing, a strict referrer policy, HSTS in production), and a
 * refusal of state-changing requests sent from another site.
 */
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // React Email and a few components use style attributes; no script can ride on them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: { production: boolean }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.nonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (options.production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Paths whose POST is authenticated by the URL itself and is sent by mail providers from
 * anywhere, with any body: RFC 8058's one-click unsubscribe.
 */
const ANY_POST = [/^\/unsubscribe\/[^/]+(\.data)?$/];
export function takesAnyPost(pathname: string): boolean {
  return ANY_POST.some((pattern) => pattern.test(pathname));
}

/**
 * Refuses a POST (or other write) whose Origin header names another site. Requests with no
 * Origin (mail providers' one-click unsubscribe, scripts, old clients) pass: browsers
 * always send Origin on cross-site writes, so those cannot be forged from a page.
 */
export function sameOriginWrites(appUrl: string) {
  const trusted = new URL(appUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || takesAnyPost(req.path)) return next();
    const origin = req.get("origin");
    if (!origin) return next();
    const own = `${req.protocol}://${req.get("host")}`;
    if (origin === own || origin === trusted) return next();
    res.status(403).type("text/plain").send("Refused: this form was sent from another site.");
  };
}
