/** Queues the welcome email for an enrollment (once: its key is welcome/<enrollment>). */
import { eq } from "drizzle-orm";
import { cohorts, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import { enqueueEmail } from "~/email/outbox.server";
import { deliverSoon } from "~/email/send.server";
import { describeSchedule, formatHour, formatLocalDate } from "~/time/format";
import { dateOfDay } from "./schedule";

export async function queueWelcome(db: Db, enrollmentId: number, now: Date, appUrl: string): Promise<number | null> {
  const row = db
    .select({ user: users, cohort: cohorts })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(eq(enrollments.id, enrollmentId))
    .get();
  if (!row) return null;
  const { user, cohort } = row;
  const zone = user.timeZone ?? cohort.timeZone;
  const url = (path: string) => new URL(path, appUrl).toString();
  const rendered = await renderEmail(EMAILS.welcome, {
    name: user.name,
    cohortTitle: cohort.title,
    startsOn: formatLocalDate(dateOfDay(cohort, 1)),
    schedule: describeSchedule(cohort.schedule),
    sendTime: `${formatHour(user.sendHour ?? cohort.sendHour)} (${zone.replaceAll("_", " ")} time)`,
    signInUrl: url(`/login?email=${encodeURIComponent(user.email)}`),
    cohortUrl: url(`/cohorts/${cohort.slug}`),
    calendarUrl: url(`/cohorts/${cohort.slug}/calendar.ics`),
  });
  return enqueueEmail(db, { key: `welcome/${enrollmentId}`, kind: EMAILS.welcome.kind, to: user.email, userId: user.id, enrollmentId, ...rendered }, now).id;
}

/** Queues the welcome email of each enrollment and starts delivering them now. */
export async function sendWelcomes(db: Db, enrollmentIds: (number | null)[], now: Date, appUrl: string): Promise<void> {
  const emailIds: number[] = [];
  for (const id of enrollmentIds) {
    if (id === null) continue;
    const emailId = await queueWelcome(db, id, now, appUrl);
    if (emailId !== null) emailIds.push(emailId);
  }
  deliverSoon(emailIds);
}
