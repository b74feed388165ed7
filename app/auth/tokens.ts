/**
 * Token and session math, following the Lucia authors' current guide: 20 random bytes
 * as lowercase base32 for the browser, only the SHA-256 (hex) stored. Pure apart from
 * the random source.
 */
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

export const SESSION_DAYS = 30;
export const DAY_MS = 86_400_000;
export const SESSION_MS = SESSION_DAYS * DAY_MS;
export const SIGN_IN_TTL_MS = 15 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;

export function generateToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A 6-digit code, uniformly drawn (rejection sampling, no modulo bias). */
export function generateCode(): string {
  const limit = Math.floor(0xffffffff / 1_000_000) * 1_000_000;
  const buffer = new Uint32Array(1);
  do crypto.getRandomValues(buffer);
  while (buffer[0]! >= limit);
  return String(buffer[0]! % 1_000_000).padStart(6, "0");
}

/** Codes are hashed with the address they were sent to, so equal codes hash differently. */
export function hashCode(email: string, code: string): string {
  return hashToken(`${email}\u0000${code}`);
}

/** Constant-time comparison of two hex digests of equal length. */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export type SessionTiming = { expiresAt: Date };

/**
 * What using a session at `now` does: `expired` (delete it), `extend` (used in its second
 * half: push the expiry to a full 30 days again) or `keep`.
 */
export function sessionUse(session: SessionTiming, now: Date): { action: "expired" } | { action: "keep" } | { action: "extend"; expiresAt: Date } {
  const left = session.expiresAt.getTime() - now.getTime();
  if (left <= 0) return { action: "expired" };
  if (left < SESSION_MS / 2) return { action: "extend", expiresAt: new Date(now.getTime() + SESSION_MS) };
  return { action: "keep" };
}

/** Only same-site paths: "/x" yes; "//evil.example", "/\\evil", "https://..." no. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/learn"): string {
  if (typeof to !== "string" || to.length > 2000 || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(to)) return fallback;
  // Parsed on a stand-in origin: a path that would leave the site falls back, and what stays is
  // percent-encoded, so a non-Latin-1 or DEL character can never break the Location header.
  try {
    const url = new URL(to, "http://tripod.invalid");
    if (url.origin !== "http://tripod.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
