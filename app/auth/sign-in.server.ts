/**
 * Passwordless sign-in: one email with a magic link and a 6-digit code, both single use,
 * valid 15 minutes, stored hashed, at most 5 code attempts. Requests are rate-limited per
 * client, and per client and address together: someone who asks for another person's
 * address spends their own budget, never that person's. Every request is answered the same,
 * and does the same work, whether or not the address has an account.
 */
import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { signInTokens, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import { acceptTeamInvites } from "~/cohorts/team.server";
import { enqueueEmail, rehearseEnqueue } from "~/email/outbox.server";
import { confirmSeat, type SeatConfirmation } from "~/cohorts/enrollment.server";
import { RateLimiter } from "~/util/rate-limit";
import { generateCode, generateToken, hashCode, hashToken, MAX_CODE_ATTEMPTS, sameDigest, SIGN_IN_TTL_MS } from "./tokens";

export const SIGN_IN_LIMITS = { perClientAndAddress: 5, perClient: 10, windowMs: 15 * 60_000 } as const;

export type SignInRequest = { email: string; clientIp: string; redirectTo: string | null };
export type SignInRequestResult =
  | { ok: true; emailId: number | null }
  | { ok: false; error: "rate-limited"; retryInMinutes: number };

/** Code guesses per client across every address: 10 in 15 minutes (each code also allows 5 tries). */
export const CODE_GUESSES = { limit: 10, windowMs: 15 * 60_000 } as const;
const codeGuesses = new RateLimiter(CODE_GUESSES);

/**
 * Counts one code attempt for this client. Refused past the limit, whatever addresses the
 * attempts were for, so one client cannot guess across many people's codes.
 */
export function allowCodeGuess(clientIp: string, now: Date): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const decision = codeGuesses.hit(clientKey(clientIp), now);
  return decision.allowed ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) };
}

/** For tests: forget every client's guesses. */
export function resetCodeGuesses(): void {
  codeGuesses.reset();
}

export function clientKey(ip: string): string {
  return hashToken(`client:${ip}`);
}

export function formatTime(date: Date, timeZone: string | null): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: timeZone ?? "UTC", timeZoneName: "short" }).format(date);
}

export async function requestSignIn(db: Db, request: SignInRequest, now: Date, appUrl: string): Promise<SignInRequestResult> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const client = clientKey(request.clientIp);
  const recent = (where: ReturnType<typeof and>) => db.select({ n: count() }).from(signInTokens).where(where).get()!.n;
  const byPair = recent(and(eq(signInTokens.email, request.email), eq(signInTokens.clientKey, client), gt(signInTokens.createdAt, since)));
  const byClient = recent(and(eq(signInTokens.clientKey, client), gt(signInTokens.createdAt, since)));
  if (byPair >= SIGN_IN_LIMITS.perClientAndAddress || byClient >= SIGN_IN_LIMITS.perClient) {
    const oldest = db
      .select({ at: signInTokens.createdAt })
      .from(signInTokens)
      .where(and(eq(signInTokens.clientKey, client), byPair >= SIGN_IN_LIMITS.perClientAndAddress ? eq(signInTokens.email, request.email) : undefined, gt(signInTokens.createdAt, since)))
      .orderBy(signInTokens.createdAt)
      .limit(1)
      .get();
    const freeAt = (oldest?.at.getTime() ?? now.getTime()) + SIGN_IN_LIMITS.windowMs;
    return { ok: false, error: "rate-limited", retryInMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
  }

  // Same work for every address, so the answer (and its timing) reveals nothing.
  // The email is rendered for an unknown address too (and then dropped): rendering is most
  // of a request's time, so skipping it would tell a stranger which addresses have accounts.
  const issued = issueSignIn(db, { email: request.email, clientKey: client, redirectTo: request.redirectTo }, now, appUrl);
  const user = db.select({ id: users.id, name: users.name, timeZone: users.timeZone }).from(users).where(eq(users.email, request.email)).get();
  const rendered = await renderEmail(EMAILS.signIn, { name: user?.name ?? "there", link: issued.link, code: issued.code, expiresAt: formatTime(issued.expiresAt, user?.timeZone ?? null) });
  const email = { key: `sign-in/${issued.id}`, kind: EMAILS.signIn.kind, to: request.email, userId: user?.id ?? null, ...rendered };
  if (!user) {
    rehearseEnqueue(db, email, now);
    return { ok: true, emailId: null };
  }
  const { id } = enqueueEmail(db, email, now);
  return { ok: true, emailId: id };
}

export type IssuedSignIn = { id: number; link: string; code: string; expiresAt: Date };

/**
 * Stores a new single-use link and code for an address. An enrollment email passes the
 * `enrollmentId` whose seat using them confirms, and a longer life (the 48-hour hold).
 */
export function issueSignIn(
  db: Db,
  input: { email: string; clientKey: string; redirectTo?: string | null; enrollmentId?: number | null; ttlMs?: number },
  now: Date,
  appUrl: string,
): IssuedSignIn {
  const token = generateToken();
  const code = generateCode();
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? SIGN_IN_TTL_MS));
  const row = db
    .insert(signInTokens)
    .values({
      email: input.email,
      clientKey: input.clientKey,
      tokenHash: hashToken(token),
      codeHash: hashCode(input.email, code),
      redirectTo: input.redirectTo ?? null,
      enrollmentId: input.enrollmentId ?? null,
      expiresAt,
      createdAt: now,
    })
    .returning({ id: signInTokens.id })
    .get();
  return { id: row.id, link: new URL(`/login/verify?token=${token}`, appUrl).toString(), code, expiresAt };
}

/** Where a sign-in lands: the requested page, else the seat it confirmed, else the default. */
export function landingAfterSignIn(result: SignInSuccess): string | null {
  if (result.redirectTo) return result.redirectTo;
  if (result.seat?.status === "active") return `/learn/${result.seat.enrollmentId}`;
  if (result.seat) return `/cohorts/${result.seat.cohortSlug}`;
  return null;
}

export type SignInSuccess = { ok: true; userId: number; redirectTo: string | null; seat: SeatConfirmation | null };
export type LinkFailure = { ok: false; reason: "invalid" | "expired" | "used" };
export type CodeFailure = { ok: false; reason: "expired" | "locked" | "wrong"; attemptsLeft: number };

/** What a link would do, without using it: for the one-button page a GET shows. */
export function checkMagicLink(db: Db, token: string, now: Date): { ok: true } | LinkFailure {
  const row = db.select().from(signInTokens).where(eq(signInTokens.tokenHash, hashToken(token))).get();
  if (!row) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true };
}

/** Consumes a magic-link token: exactly one use, before it expires; confirms its seat, if any. */
export function verifyMagicLink(db: Db, token: string, now: Date): SignInSuccess | LinkFailure {
  return db.transaction((tx) => {
    const row = tx.select().from(signInTokens).where(eq(signInTokens.tokenHash, hashToken(token))).get();
    if (!row) return { ok: false, reason: "invalid" } as const;
    if (row.usedAt) return { ok: false, reason: "used" } as const;
    if (row.expiresAt <= now) return { ok: false, reason: "expired" } as const;
    const user = tx.select({ id: users.id }).from(users).where(eq(users.email, row.email)).get();
    if (!user) return { ok: false, reason: "invalid" } as const;
    tx.update(signInTokens).set({ usedAt: now }).where(eq(signInTokens.id, row.id)).run();
    const seat = row.enrollmentId === null ? null : confirmSeat(tx, row.enrollmentId, now);
    acceptTeamInvites(tx, user.id, row.email, now);
    return { ok: true, userId: user.id, redirectTo: row.redirectTo, seat } as const;
  }, { behavior: "immediate" });
}

/** Checks a code against the address's latest open sign-in; five wrong tries lock it. */
export function verifyCode(db: Db, email: string, code: string, now: Date): SignInSuccess | CodeFailure {
  return db.transaction((tx) => {
    const row = tx
      .select()
      .from(signInTokens)
      .where(and(eq(signInTokens.email, email), isNull(signInTokens.usedAt)))
      .orderBy(desc(signInTokens.createdAt), desc(signInTokens.id))
      .limit(1)
      .get();
    if (!row || row.expiresAt <= now) return { ok: false, reason: "expired", attemptsLeft: 0 } as const;
    if (row.codeAttempts >= MAX_CODE_ATTEMPTS) return { ok: false, reason: "locked", attemptsLeft: 0 } as const;
    const user = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (!user || !sameDigest(row.codeHash, hashCode(email, code))) {
      const attempts = row.codeAttempts + 1;
      tx.update(signInTokens).set({ codeAttempts: attempts }).where(eq(signInTokens.id, row.id)).run();
      return { ok: false, reason: attempts >= MAX_CODE_ATTEMPTS ? "locked" : "wrong", attemptsLeft: MAX_CODE_ATTEMPTS - attempts } as const;
    }
    tx.update(signInTokens).set({ usedAt: now }).where(eq(signInTokens.id, row.id)).run();
    const seat = row.enrollmentId === null ? null : confirmSeat(tx, row.enrollmentId, now);
    acceptTeamInvites(tx, user.id, row.email, now);
    return { ok: true, userId: user.id, redirectTo: row.redirectTo, seat } as const;
  }, { behavior: "immediate" });
}
