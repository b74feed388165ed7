import type { Db } from "../../db/client";
import { createSession, SESSION_COOKIE } from "~/auth/session.server";

/**
 * A Cookie header for a fresh session of this user, created at `now` (pass the clock the
 * request will be judged by when a test pins one, so the session is valid at that instant).
 */
export function signedInCookie(db: Db, userId: number, now: Date = new Date()): string {
  return `${SESSION_COOKIE}=${createSession(db, userId, now).token}`;
}
