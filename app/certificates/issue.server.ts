/**
 * Issuing certificates. `issueIfEligible` is synchronous so it runs inside the transaction of
 * the save that can make someone eligible (completing a day, saving day 30's final
 * assessment): the day's work, the certificate and its announcement email are committed
 * together or not at all. Each enrollment gets at most one certificate (unique index), and a
 * revoked one is never replaced.
 */
import { letRequestsIn } from "~/util/let-requests-in";
import { and, asc, count, eq, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import { assessmentAnswers, certificates, cohortFacilitators, cohorts, dayProgress, enrollments, users } from "../../db/schema";
import { calendarProblem, COURSE_LENGTH, openDays } from "~/cohorts/schedule";
import { getCourse } from "~/course/content.server";
import { assessmentRatings } from "~/progress/progress.server";
import type { Db } from "~/db.server";
import { EMAILS } from "~/emails";
import { renderEmailNow } from "~/emails/render.server";
import { enqueueEmail } from "~/email/outbox.server";
import { getEnv } from "~/env.server";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { certificateFields, datesWording, eligibility, finalAssessmentComplete, MIN_DAYS, verifyUrl } from "./rules";

export const certificateEmailKey = (enrollmentId: number) => `certificate/${enrollmentId}`;

/** Days completed and final statements rated, for one enrollment (two indexed queries). */
export function completionFacts(db: Db, enrollmentId: number): { completedDays: number; finalRated: Set<string> } {
  const completed = db
    .select({ n: count() })
    .from(dayProgress)
    .where(and(eq(dayProgress.enrollmentId, enrollmentId), isNotNull(dayProgress.completedAt)))
    .get()!.n;
  return { completedDays: completed, finalRated: new Set(assessmentRatings(db, enrollmentId, "final").keys()) };
}

export type IssueResult = { issued: true; certificateId: number; code: string } | { issued: false; reason: "exists" | "not-found" | "calendar" | "not-eligible" };

/**
 * Issues the enrollment's certificate if it has earned one and has none yet, and queues its
 * announcement through the outbox (key `certificate/<enrollment>`). Call it inside the
 * transaction of the save that may have made the enrollment eligible; it opens its own
 * (nested: a savepoint) otherwise. The first query, an index lookup, ends it for anyone who
 * already has one.
 */
export function issueIfEligible(db: Db, enrollmentId: number, at: Date, appUrl: string = getEnv().APP_URL): IssueResult {
  return db.transaction(() => {
    const existing = db.select({ id: certificates.id }).from(certificates).where(eq(certificates.enrollmentId, enrollmentId)).get();
    if (existing) return { issued: false, reason: "exists" } as const;
    const row = db
      .select({ status: enrollments.status, cohort: cohorts, name: users.name, email: users.email, userId: users.id, token: users.unsubscribeToken })
      .from(enrollments)
      .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
      .innerJoin(users, eq(users.id, enrollments.userId))
      .where(eq(enrollments.id, enrollmentId))
      .get();
    if (!row) return { issued: false, reason: "not-found" } as const;
    if (calendarProblem(row.cohort)) return { issued: false, reason: "calendar" } as const;
    // Day 30 (with the final assessment) has to be open: nothing earlier can qualify.
    if (row.status !== "active" || openDays(row.cohort, at) < COURSE_LENGTH) return { issued: false, reason: "not-eligible" } as const;
    const facts = completionFacts(db, enrollmentId);
    const statementIds = getCourse(row.cohort.edition).assessment.statements.map((s) => s.id);
    const verdict = eligibility({ status: row.status, completedDays: facts.completedDays, finalComplete: finalAssessmentComplete(statementIds, facts.finalRated) });
    if (!verdict.eligible) return { issued: false, reason: "not-eligible" } as const;

    const facilitators = db
      .select({ name: users.name })
      .from(cohortFacilitators)
      .innerJoin(users, eq(users.id, cohortFacilitators.userId))
      .where(eq(cohortFacilitators.cohortId, row.cohort.id))
      .orderBy(asc(cohortFacilitators.createdAt), asc(users.id))
      .all()
      .map((f) => f.name);
    const fields = certificateFields({ recipientName: row.name, cohortTitle: row.cohort.title, calendar: row.cohort, facilitators, daysCompleted: facts.completedDays });
    const inserted = db
      .insert(certificates)
      .values({ enrollmentId, ...fields, issuedAt: at })
      .onConflictDoNothing({ target: certificates.enrollmentId })
      .returning({ id: certificates.id, code: certificates.code })
      .get();
    if (!inserted) return { issued: false, reason: "exists" } as const;

    const unsubscribe = unsubscribeUrl(appUrl, row.token!);
    const rendered = renderEmailNow(EMAILS.certificate, {
      name: fields.recipientName,
      courseTitle: fields.courseTitle,
      cohortTitle: fields.cohortTitle,
      dates: datesWording(fields.startsOn, fields.endsOn),
      certificateUrl: new URL(`/learn/${enrollmentId}/certificate`, appUrl).toString(),
      verifyUrl: verifyUrl(appUrl, inserted.code),
      unsubscribeUrl: unsubscribe,
    });
    enqueueEmail(
      db,
      { key: certificateEmailKey(enrollmentId), kind: EMAILS.certificate.kind, to: row.email, userId: row.userId, enrollmentId, headers: listUnsubscribeHeaders(unsubscribe), ...rendered },
      at,
    );
    return { issued: true, certificateId: inserted.id, code: inserted.code } as const;
  });
}

/**
 * Enrollments that may have earned a certificate and have none: active, in a cohort whose
 * day 30 has opened, with at least MIN_DAYS completed days and some final assessment
 * answers. One query per qualifying cohort on the enrollments' indexes; `issueIfEligible`
 * makes the exact check.
 */
export function certificateCandidates(db: Db, at: Date): number[] {
  const finished = db
    .select({ id: cohorts.id, startsOn: cohorts.startsOn, timeZone: cohorts.timeZone, schedule: cohorts.schedule })
    .from(cohorts)
    .all()
    .filter((c) => !calendarProblem(c) && openDays(c, at) >= COURSE_LENGTH)
    .map((c) => c.id);
  if (finished.length === 0) return [];
  const completedDays = sql<number>`(select count(*) from ${dayProgress} where ${dayProgress.enrollmentId} = ${enrollments.id} and ${dayProgress.completedAt} is not null)`;
  return db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(
      and(
        inArray(enrollments.cohortId, finished),
        eq(enrollments.status, "active"),
        notExists(db.select({ one: sql`1` }).from(certificates).where(eq(certificates.enrollmentId, enrollments.id))),
        sql`exists (select 1 from ${assessmentAnswers} where ${assessmentAnswers.enrollmentId} = ${enrollments.id} and ${assessmentAnswers.kind} = 'final')`,
        sql`${completedDays} >= ${MIN_DAYS}`,
      ),
    )
    .all()
    .map((r) => r.id);
}

/**
 * Issues what was earned before certificates existed (or while issuing was off): run once
 * when the server starts, never in the per-minute tick. Yields to requests between slices.
 */
export async function sweepCertificates(db: Db, at: Date, appUrl: string = getEnv().APP_URL): Promise<{ candidates: number; issued: number; ms: number }> {
  const started = performance.now();
  const candidates = certificateCandidates(db, at);
  let issued = 0;
  for (let i = 0; i < candidates.length; i++) {
    if (issueIfEligible(db, candidates[i]!, at, appUrl).issued) issued++;
    if (i % 50 === 49) await letRequestsIn();
  }
  return { candidates: candidates.length, issued, ms: Math.round(performance.now() - started) };
}
