import type { Db } from "../../db/client";
import { createSession, SESSION_COOKIE } from "~/auth/session.server";

/** A Cookie header for a fresh session of this user. */
export function signedInCookie(db: Db, userId: number): string {
  return `${SESSION_COOKIE}=${createSession(db, userId, new Date()).token}`;
}
