/**
 * Cookie sessions: create, validate (with sliding expiry), and end. The cookie holds the
 * token; the database holds only its SHA-256.
 */
import { eq, lt, sql } from "drizzle-orm";
import { sessions, signInTokens, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { getEnv } from "~/env.server";
import { prepared } from "~/util/prepared";
import { generateToken, hashToken, SESSION_MS, sessionUse } from "./tokens";

export const SESSION_COOKIE = "tripod_session";

export type SessionUser = Pick<typeof users.$inferSelect, "id" | "email" | "name" | "role" | "timeZone">;
export type ValidSession = { sessionId: string; expiresAt: Date; user: SessionUser; refreshed: boolean };

export function createSession(db: Db, userId: number, now: Date): { token: string; expiresAt: Date } {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  db.insert(sessions).values({ id: hashToken(token), userId, expiresAt, createdAt: now }).run();
  return { token, expiresAt };
}

export function validateSessionToken(db: Db, token: string, now: Date): ValidSession | null {
  const sessionId = hashToken(token);
  const row = prepared(db, "session-with-user", () =>
    db
      .select({
        expiresAt: sessions.expiresAt,
        user: { id: users.id, email: users.email, name: users.name, role: users.role, timeZone: users.timeZone },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder("id")))
      .prepare(),
  ).get({ id: sessionId });
  if (!row) return null;
  const use = sessionUse(row, now);
  if (use.action === "expired") {
    db.delete(sessions).where(eq(sessions.id, sessionId)).run();
    return null;
  }
  if (use.action === "extend") {
    db.update(sessions).set({ expiresAt: use.expiresAt }).where(eq(sessions.id, sessionId)).run();
    return { sessionId, expiresAt: use.expiresAt, user: row.user, refreshed: true };
  }
  return { sessionId, expiresAt: row.expiresAt, user: row.user, refreshed: false };
}

export function invalidateSession(db: Db, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Removes expired sessions and sign-in tokens; returns how many of each. */
export function cleanupExpired(db: Db, now: Date): { sessions: number; signInTokens: number } {
  const s = db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
  // Sign-in rows are kept a day past expiry: the rate limits count recent requests.
  const t = db.delete(signInTokens).where(lt(signInTokens.expiresAt, new Date(now.getTime() - 86_400_000))).run().changes;
  return { sessions: s, signInTokens: t };
}

function cookieAttributes(maxAgeSeconds: number): string {
  const secure = getEnv().isProduction ? "; Secure" : "";
  return `; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export function sessionCookie(token: string, expiresAt: Date, now: Date): string {
  return `${SESSION_COOKIE}=${token}${cookieAttributes(Math.floor((expiresAt.getTime() - now.getTime()) / 1000))}`;
}

export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=${cookieAttributes(0)}`;
}

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) {
      const value = rest.join("=");
      return /^[a-z2-7]{32}$/.test(value) ? value : null;
    }
  }
  return null;
}

