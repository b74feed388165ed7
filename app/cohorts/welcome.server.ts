/**
 * The one email of enrolling (and of an invitation or a promotion from the waitlist): where
 * the cohort is, what a day asks, and a link and code that sign in and, for a held seat,
 * confirm it. Each email has its own sign-in token, so its outbox key is welcome/<token>.
 */
import { eq } from "drizzle-orm";
import { cohorts, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { clientKey, formatTime, issueSignIn } from "~/auth/sign-in.server";
import { SIGN_IN_TTL_MS } from "~/auth/tokens";
import { getCourse } from "~/course/content.server";
import { describeEffort, typicalMinutes } from "~/course/effort";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import type { WelcomeCase } from "~/emails/welcome";
import { enqueueEmail } from "~/email/outbox.server";
import { deliverSoon } from "~/email/send.server";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { describeSchedule, formatHour } from "~/time/format";
import type { Cohort } from "./cohorts.server";
import { HOLD_MS } from "./enrollment.server";
import { joiningNow, standingAt } from "./standing";

/** `unsubscribeToken`: the account's, when the address has one (every case but a closed cohort's answer to a stranger). */
type Recipient = { id: number | null; email: string; name: string; timeZone: string | null; sendHour: number | null; unsubscribeToken: string | null };

export type WelcomeRequest = { case: WelcomeCase; cohort: Cohort; to: Recipient; enrollmentId: number | null; clientIp: string };

/** Queues one enrollment email; returns its outbox id. */
export async function queueWelcome(db: Db, request: WelcomeRequest, now: Date, appUrl: string): Promise<number> {
  const { cohort, to } = request;
  const zone = to.timeZone ?? cohort.timeZone;
  const url = (path: string) => new URL(path, appUrl).toString();
  // Every case stores a token, so the form does the same work whatever the address.
  const issued = issueSignIn(
    db,
    {
      email: to.email,
      clientKey: clientKey(request.clientIp),
      enrollmentId: request.enrollmentId,
      ttlMs: request.case === "already" ? SIGN_IN_TTL_MS : HOLD_MS,
    },
    now,
    appUrl,
  );
  const unsubscribe = to.unsubscribeToken ? unsubscribeUrl(appUrl, to.unsubscribeToken) : null;
  const linked = request.case === "held" || request.case === "enrolled" || request.case === "already";
  const rendered = await renderEmail(EMAILS.welcome, {
    case: request.case,
    name: to.name,
    cohortTitle: cohort.title,
    standing: joiningNow(standingAt(cohort, now)),
    schedule: describeSchedule(cohort.schedule),
    effort: describeEffort(typicalMinutes(getCourse(cohort.edition).days)),
    sendTime: `${formatHour(to.sendHour ?? cohort.sendHour)} (${zone.replaceAll("_", " ")} time)`,
    signIn: linked ? { link: issued.link, code: issued.code, expiresAt: formatTime(issued.expiresAt, zone) } : null,
    cohortUrl: url(`/cohorts/${cohort.slug}`),
    calendarUrl: url(`/cohorts/${cohort.slug}/calendar.ics`),
    unsubscribeUrl: unsubscribe,
  });
  const key = `welcome/${issued.id}`;
  const headers = unsubscribe ? listUnsubscribeHeaders(unsubscribe) : {};
  return enqueueEmail(db, { key, kind: EMAILS.welcome.kind, to: to.email, userId: to.id, enrollmentId: request.enrollmentId, headers, ...rendered }, now).id;
}

/** The enrollment and its person, for an email about it. */
export function enrollmentRecipient(db: Db, enrollmentId: number): { cohort: Cohort; to: Recipient } | null {
  const row = db
    .select({ user: users, cohort: cohorts })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(eq(enrollments.id, enrollmentId))
    .get();
  if (!row) return null;
  const { user, cohort } = row;
  return { cohort, to: { id: user.id, email: user.email, name: user.name, timeZone: user.timeZone, sendHour: user.sendHour, unsubscribeToken: user.unsubscribeToken } };
}

/**
 * Welcomes people a facilitator placed directly (an invitation, or a promotion from the
 * waitlist): one email each, with a sign-in link, delivered now.
 */
export async function sendWelcomes(db: Db, enrollmentIds: (number | null)[], now: Date, appUrl: string, clientIp = "server"): Promise<void> {
  const emailIds: number[] = [];
  for (const id of enrollmentIds) {
    if (id === null) continue;
    const found = enrollmentRecipient(db, id);
    if (found) emailIds.push(await queueWelcome(db, { case: "enrolled", ...found, enrollmentId: id, clientIp }, now, appUrl));
  }
  deliverSoon(emailIds);
}
