/**
 * Certificates of completion (issue 18), pure: who earns one, what it states, how its dates
 * read, and the links it carries. The database side is ./issue.server.
 *
 * The rule: at least MIN_DAYS of the thirty days completed AND the final assessment complete
 * (every statement of the cohort's edition rated, as day 30 requires to mark the day
 * complete), on an enrollment that is still active. It is issued the moment both hold, in the
 * save that made them true, and never again once it exists (a revoked one included).
 */
import { COURSE_LENGTH, dateOfDay, type CohortCalendar } from "~/cohorts/schedule";
import type { LocalDate } from "~/time/local-date";

export const MIN_DAYS = 24;
/** What the certificate says was completed, and who issues it (LinkedIn's organisation). */
export const COURSE_TITLE = "Engineering Leadership in 30 Days: Product, Process and People";
export const ISSUER = "Tripod";

/** The verify page's key: 160 random bits as 40 lowercase hex characters (db/schema's randomToken). */
export const CODE_PATTERN = /^[0-9a-f]{40}$/;
export function isCertificateCode(value: string | undefined): value is string {
  return typeof value === "string" && CODE_PATTERN.test(value);
}

/** Every statement of the edition's assessment has a final rating (partial drafts do not count). */
export function finalAssessmentComplete(statementIds: readonly string[], finalRated: ReadonlySet<string>): boolean {
  return statementIds.length > 0 && statementIds.every((id) => finalRated.has(id));
}

export type EligibilityFacts = { status: string; completedDays: number; finalComplete: boolean };
export type Eligibility = { eligible: true } | { eligible: false; missing: ("enrollment" | "days" | "final")[] };

export function eligibility(facts: EligibilityFacts): Eligibility {
  const missing: ("enrollment" | "days" | "final")[] = [];
  if (facts.status !== "active") missing.push("enrollment");
  if (facts.completedDays < MIN_DAYS) missing.push("days");
  if (!facts.finalComplete) missing.push("final");
  return missing.length === 0 ? { eligible: true } : { eligible: false, missing };
}

/** What is still needed, in the participant's words; null when nothing is. */
export function stillNeeded(facts: Omit<EligibilityFacts, "status">): string | null {
  const days = Math.max(0, MIN_DAYS - facts.completedDays);
  const parts = [days > 0 ? `${days} more ${days === 1 ? "day" : "days"} completed` : null, facts.finalComplete ? null : "the final assessment on day 30"].filter(Boolean);
  return parts.length === 0 ? null : parts.join(" and ");
}

/** "Ada", "Ada and Grace", "Ada, Grace and Barbara". */
export function joinNames(names: readonly string[]): string {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  if (clean.length <= 1) return clean[0] ?? "";
  return `${clean.slice(0, -1).join(", ")} and ${clean.at(-1)}`;
}

/** What a certificate states, written down when it is issued (the `certificates` row). */
export type CertificateFields = {
  recipientName: string;
  courseTitle: string;
  cohortTitle: string;
  startsOn: LocalDate;
  endsOn: LocalDate;
  facilitatorNames: string;
  daysCompleted: number;
};

export function certificateFields(input: { recipientName: string; cohortTitle: string; calendar: CohortCalendar; facilitators: readonly string[]; daysCompleted: number }): CertificateFields {
  return {
    recipientName: input.recipientName.trim(),
    courseTitle: COURSE_TITLE,
    cohortTitle: input.cohortTitle.trim(),
    // Schedule-aware: a weekdays cohort's day 30 is six weeks after its day 1.
    startsOn: dateOfDay(input.calendar, 1),
    endsOn: dateOfDay(input.calendar, COURSE_LENGTH),
    facilitatorNames: joinNames(input.facilitators),
    daysCompleted: input.daysCompleted,
  };
}

const parts = (date: LocalDate) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { y, m, d };
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "9 March 2026" */
export function formatCertificateDate(date: LocalDate): string {
  const { y, m, d } = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The course's dates, as short as reads well: "2–31 March 2026", "2 March – 10 April 2026", "28 December 2026 – 5 February 2027". */
export function datesWording(startsOn: LocalDate, endsOn: LocalDate): string {
  const a = parts(startsOn);
  const b = parts(endsOn);
  if (a.y !== b.y) return `${formatCertificateDate(startsOn)} – ${formatCertificateDate(endsOn)}`;
  if (a.m !== b.m) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  return `${a.d}–${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
}

/** "Completed 27 of 30 days" */
export function daysWording(daysCompleted: number): string {
  return `Completed ${daysCompleted} of ${COURSE_LENGTH} days and the final self-assessment`;
}

/** The public verify page of a certificate. */
export function verifyUrl(appUrl: string, code: string): string {
  return new URL(`/certificates/${code}`, appUrl).toString();
}

/**
 * LinkedIn's "Add licence or certification" form, filled in
 * (https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&...). Each value is
 * percent-encoded (spaces as %20, never "+"); the month is 1-12.
 */
export function linkedInAddUrl(input: { courseTitle: string; issuedOn: LocalDate; verifyUrl: string; code: string }): string {
  const { y, m } = parts(input.issuedOn);
  const params: [string, string][] = [
    ["startTask", "CERTIFICATION_NAME"],
    ["name", input.courseTitle],
    ["organizationName", ISSUER],
    ["issueYear", String(y)],
    ["issueMonth", String(m)],
    ["certUrl", input.verifyUrl],
    ["certId", input.code],
  ];
  return `https://www.linkedin.com/profile/add?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
}

/** "tripod-certificate-zoe-angstrom-overgaard.pdf": ASCII, from the name, never empty. */
export function pdfFilename(recipientName: string): string {
  const slug = recipientName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[øØ]/g, "o")
    .replace(/[æÆ]/g, "ae")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `tripod-certificate${slug ? `-${slug}` : ""}.pdf`;
}

/** What the participant and the verify page call the certificate's state. */
export type CertificateState = { kind: "valid" } | { kind: "revoked"; on: LocalDate };

/** The certificate's words as the page, the verify page and the PDF show them. */
export function sheetWords(c: CertificateFields & { issuedOn: LocalDate }, verify: string) {
  return {
    recipientName: c.recipientName,
    courseTitle: c.courseTitle,
    cohortTitle: c.cohortTitle,
    dates: datesWording(c.startsOn, c.endsOn),
    days: daysWording(c.daysCompleted),
    facilitatorNames: c.facilitatorNames || ISSUER,
    facilitatorLabel: c.facilitatorNames.includes(" and ") ? "Facilitators" : "Facilitator",
    issuedOn: formatCertificateDate(c.issuedOn),
    verifyUrl: verify,
  };
}
