/** Reading certificates (the participant's, the public verify page's, a cohort's) and revoking them. */
import { and, asc, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { assessmentAnswers, certificates, cohorts, dayProgress, enrollments, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { localDateOf, type LocalDate } from "~/time/local-date";
import { prepared } from "~/util/prepared";
import { isCertificateCode, MIN_DAYS } from "./rules";

export type Certificate = typeof certificates.$inferSelect;
/** A certificate with its dates as local dates in its cohort's zone (fixed once day 1 opened). */
export type CertificateView = Certificate & { issuedOn: LocalDate; revokedOn: LocalDate | null; timeZone: string };

const withDates = (row: { certificate: Certificate; timeZone: string }): CertificateView => ({
  ...row.certificate,
  timeZone: row.timeZone,
  issuedOn: localDateOf(row.certificate.issuedAt, row.timeZone),
  revokedOn: row.certificate.revokedAt ? localDateOf(row.certificate.revokedAt, row.timeZone) : null,
});

/** The certificate of one enrollment (the caller has checked whose enrollment it is). */
export function certificateOf(db: Db, enrollmentId: number): CertificateView | undefined {
  const row = db
    .select({ certificate: certificates, timeZone: cohorts.timeZone })
    .from(certificates)
    .innerJoin(enrollments, eq(enrollments.id, certificates.enrollmentId))
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(eq(certificates.enrollmentId, enrollmentId))
    .get();
  return row ? withDates(row) : undefined;
}

/** By its verify code, on the unique index; a malformed code never reaches the database. */
export function certificateByCode(db: Db, code: string | undefined): CertificateView | undefined {
  if (!isCertificateCode(code)) return undefined;
  const row = prepared(db, "certificate-by-code", () =>
    db
      .select({ certificate: certificates, timeZone: cohorts.timeZone })
      .from(certificates)
      .innerJoin(enrollments, eq(enrollments.id, certificates.enrollmentId))
      .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
      .where(eq(certificates.code, sql.placeholder("code")))
      .prepare(),
  ).get({ code });
  return row ? withDates(row) : undefined;
}

/** A certificate of this cohort, by id (undefined for another cohort's: the page's 404). */
export function cohortCertificate(db: Db, cohortId: number, certificateId: number) {
  return db
    .select({ id: certificates.id, recipientName: certificates.recipientName, revokedAt: certificates.revokedAt })
    .from(certificates)
    .innerJoin(enrollments, eq(enrollments.id, certificates.enrollmentId))
    .where(and(eq(certificates.id, certificateId), eq(enrollments.cohortId, cohortId)))
    .get();
}

export type CloseOne = { enrollmentId: number; name: string; completedDays: number; finalAnswers: number };

/**
 * A cohort's certificates (earned and revoked, names A-Z) and the active participants close to
 * one: no certificate yet, and either MIN_DAYS days done or some final assessment answers.
 * Three queries whatever the cohort's size.
 */
export function cohortCertificates(db: Db, cohortId: number, timeZone: string): { certificates: (CertificateView & { revokedByName: string | null })[]; close: CloseOne[] } {
  const revoker = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${certificates.revokedBy})`;
  const list = db
    .select({ certificate: certificates, revokedByName: revoker })
    .from(certificates)
    .innerJoin(enrollments, eq(enrollments.id, certificates.enrollmentId))
    .where(eq(enrollments.cohortId, cohortId))
    .orderBy(asc(certificates.recipientName))
    .all()
    .map((r) => ({ ...withDates({ certificate: r.certificate, timeZone }), revokedByName: r.revokedByName }));
  const without = and(
    eq(enrollments.cohortId, cohortId),
    eq(enrollments.status, "active"),
    sql`not exists (select 1 from ${certificates} where ${certificates.enrollmentId} = ${enrollments.id})`,
  );
  const days = new Map(
    db
      .select({ id: enrollments.id, name: users.name, n: count() })
      .from(dayProgress)
      .innerJoin(enrollments, eq(enrollments.id, dayProgress.enrollmentId))
      .innerJoin(users, eq(users.id, enrollments.userId))
      .where(and(without, isNotNull(dayProgress.completedAt)))
      .groupBy(enrollments.id)
      .all()
      .map((r) => [r.id, r]),
  );
  const finals = db
    .select({ id: enrollments.id, name: users.name, n: count() })
    .from(assessmentAnswers)
    .innerJoin(enrollments, eq(enrollments.id, assessmentAnswers.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(without, eq(assessmentAnswers.kind, "final")))
    .groupBy(enrollments.id)
    .all();
  const close = new Map<number, CloseOne>();
  for (const d of days.values()) if (d.n >= MIN_DAYS) close.set(d.id, { enrollmentId: d.id, name: d.name, completedDays: d.n, finalAnswers: 0 });
  for (const f of finals) close.set(f.id, { enrollmentId: f.id, name: f.name, completedDays: days.get(f.id)?.n ?? 0, finalAnswers: f.n });
  return { certificates: list, close: [...close.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Revokes a valid certificate with the facilitator's reason; false when it was already revoked. */
export function revokeCertificate(db: Db, certificateId: number, by: number, reason: string, at: Date): boolean {
  return db.update(certificates).set({ revokedAt: at, revokedBy: by, revokeReason: reason }).where(and(eq(certificates.id, certificateId), isNull(certificates.revokedAt))).run().changes > 0;
}

/** Makes a revoked certificate valid again (the same certificate, code and fields). */
export function reinstateCertificate(db: Db, certificateId: number): boolean {
  return db.update(certificates).set({ revokedAt: null, revokedBy: null, revokeReason: null }).where(and(eq(certificates.id, certificateId), isNotNull(certificates.revokedAt))).run().changes > 0;
}
