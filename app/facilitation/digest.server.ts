/** Queues the Monday digests that are due: one per facilitator per cohort per week. */
import { and, eq, isNull } from "drizzle-orm";
import { cohortFacilitators, cohorts, emailOutbox, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import type { NewEmail } from "~/email/outbox.server";
import { cohortStandings } from "./cohort-view.server";
import { calendarProblem, COURSE_LENGTH, dateOfDay } from "~/cohorts/schedule";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { formatShortDate } from "~/time/format";
import { digestGroups, digestKey, digestWeekDue } from "./digest";

/** The digests due now; a cohort whose digest cannot be made is passed to `skipped` and the rest go on. */
export async function dueDigests(db: Db, now: Date, appUrl: string, skipped: (cohortId: number, reason: string) => void = () => {}): Promise<NewEmail[]> {
  const due = db
    .select()
    .from(cohorts)
    .all()
    .flatMap((cohort) => {
      const problem = calendarProblem(cohort);
      if (problem) {
        skipped(cohort.id, `cohort ${cohort.slug}: ${problem}`);
        return [];
      }
      return [{ cohort, monday: digestWeekDue(cohort, now) }];
    })
    .filter((d) => d.monday !== null);
  const emails: NewEmail[] = [];
  for (const { cohort, monday } of due) {
    try {
      emails.push(...(await cohortDigests(db, cohort, monday!, now, appUrl)));
    } catch (error) {
      skipped(cohort.id, error instanceof Error ? error.message : String(error));
    }
  }
  return emails;
}

async function cohortDigests(db: Db, cohort: typeof cohorts.$inferSelect, monday: string, now: Date, appUrl: string): Promise<NewEmail[]> {
  const emails: NewEmail[] = [];
  // Already queued this week: skip before rendering anything.
  const queued = (key: string) => db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key)).get() !== undefined;
  const facilitators = db
    .select({ id: users.id, name: users.name, email: users.email, token: users.unsubscribeToken })
    .from(cohortFacilitators)
    .innerJoin(users, eq(users.id, cohortFacilitators.userId))
    .where(and(eq(cohortFacilitators.cohortId, cohort.id), eq(users.digestEmails, true), isNull(users.unsubscribedAt)))
    .all()
    .filter((f) => !queued(digestKey(cohort.id, f.id, monday)));
  if (facilitators.length === 0) return emails;
  const { clock, people, summary } = cohortStandings(db, cohort, now);
  const groups = digestGroups(
    clock.phase,
    people.map((p) => ({ name: p.name, url: new URL(`/facilitate/cohorts/${cohort.slug}/people/${p.enrollmentId}`, appUrl).toString(), standing: p.standing })),
  );
  const when =
    clock.phase === "running" ? `Day ${clock.newestDay} of ${COURSE_LENGTH}.` : clock.phase === "ended" ? `The course ended on ${formatShortDate(dateOfDay(cohort, COURSE_LENGTH))}.` : `Day 1 opens on ${formatShortDate(dateOfDay(cohort, 1))}.`;
  for (const f of facilitators) {
    const unsubscribe = unsubscribeUrl(appUrl, f.token!, "digest");
    const rendered = await renderEmail(EMAILS.digest, {
      facilitator: f.name,
      cohortTitle: cohort.title,
      headline: summary.line,
      when,
      atRisk: summary.counts["at-risk"],
      groups,
      cohortUrl: new URL(`/facilitate/cohorts/${cohort.slug}`, appUrl).toString(),
      unsubscribeUrl: unsubscribe,
    });
    emails.push({ key: digestKey(cohort.id, f.id, monday), kind: EMAILS.digest.kind, to: f.email, userId: f.id, headers: listUnsubscribeHeaders(unsubscribe), ...rendered });
  }
  return emails;
}
