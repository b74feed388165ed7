/**
 * The public enrollment form's work. Whatever the address (new, holding a seat, enrolled,
 * waitlisted) and whether or not the cohort is open, the form answers the same "check
 * your email" page and queues one email; only the email says what happened. Each client
 * may enroll a few times an hour.
 */
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Db } from "~/db.server";
import { clientKey } from "~/auth/sign-in.server";
import type { WelcomeCase } from "~/emails/welcome";
import { deliverSoon } from "~/email/send.server";
import { RateLimiter } from "~/util/rate-limit";
import type { Cohort } from "./cohorts.server";
import { enroll, type EnrollStatus, type Person } from "./enrollment.server";
import { positionAt } from "./schedule";
import { enrollmentRecipient, queueWelcome } from "./welcome.server";

export const ENROLL_LIMIT = { limit: 5, windowMs: 60 * 60_000 } as const;
const limiter = new RateLimiter(ENROLL_LIMIT);

/** Tests start each case with no history. */
export function resetEnrollLimits(): void {
  limiter.reset();
}

const CASE: Record<EnrollStatus, WelcomeCase> = {
  held: "held",
  "already-held": "held",
  enrolled: "enrolled",
  waitlisted: "waitlisted",
  "already-waitlisted": "waitlisted",
  "already-enrolled": "already",
  closed: "closed",
};

export type PublicEnrollResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function enrollFromPublicPage(db: Db, cohort: Cohort, person: Person, clientIp: string, now: Date, appUrl: string): Promise<PublicEnrollResult> {
  const decision = limiter.hit(clientKey(clientIp), now);
  if (!decision.allowed) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) };

  const ended = positionAt(cohort, now).phase === "ended";
  const result = ended ? ({ status: "closed", enrollmentId: null, userId: null } as const) : enroll(db, cohort.id, person, now);
  const found = result.enrollmentId === null ? null : enrollmentRecipient(db, result.enrollmentId);
  const known = db.select().from(users).where(eq(users.email, person.email)).get();
  const to = found?.to ?? { id: known?.id ?? null, email: person.email, name: known?.name || person.name, timeZone: known?.timeZone ?? person.timeZone ?? null, sendHour: known?.sendHour ?? null, unsubscribeToken: known?.unsubscribeToken ?? null };
  const emailId = await queueWelcome(db, { case: CASE[result.status], cohort, to, enrollmentId: result.enrollmentId, clientIp }, now, appUrl);
  deliverSoon([emailId]);
  return { ok: true };
}
