/**
 * When each self-assessment can be taken or changed (pure).
 * - The baseline (day 1) stays editable until day 1 is completed: it is the starting point
 *   growth is measured from, so it is fixed once the participant has moved on.
 * - The final assessment (day 30) can be taken or changed until FINAL_GRACE_DAYS days after
 *   the course ends, whether or not the report email has gone: someone finishing late still
 *   gets their growth, and the report page always reflects it.
 */
import { COURSE_LENGTH, dateOfDay, type CohortCalendar } from "~/cohorts/schedule";
import { addDays, instantAt, type LocalDate } from "~/time/local-date";

export const FINAL_GRACE_DAYS = 30;

/** The instant the final assessment closes: FINAL_GRACE_DAYS local days after the course ends. */
export function finalAssessmentDeadline(cohort: CohortCalendar): Date {
  return instantAt(addDays(finalAssessmentLastDate(cohort), 1), 0, cohort.timeZone);
}

/** The last local date (in the cohort's zone) on which the final assessment can be taken. */
export function finalAssessmentLastDate(cohort: CohortCalendar): LocalDate {
  return addDays(dateOfDay(cohort, COURSE_LENGTH), FINAL_GRACE_DAYS);
}

export type AssessmentState = { day1Completed: boolean };

export function assessmentEditable(kind: "baseline" | "final", cohort: CohortCalendar, state: AssessmentState, at: Date): boolean {
  return kind === "baseline" ? !state.day1Completed : at < finalAssessmentDeadline(cohort);
}

/** Where the final assessment stands, for wording the report. */
export type FinalStatus =
  | { kind: "taken" }
  /** Day 30 has not opened yet. */
  | { kind: "later" }
  /** Day 30 is open and the deadline has not passed. */
  | { kind: "open"; lastDate: LocalDate }
  | { kind: "closed" };

export function finalStatus(cohort: CohortCalendar, hasFinal: boolean, day30Open: boolean, at: Date): FinalStatus {
  if (hasFinal) return { kind: "taken" };
  if (!day30Open) return { kind: "later" };
  return at < finalAssessmentDeadline(cohort) ? { kind: "open", lastDate: finalAssessmentLastDate(cohort) } : { kind: "closed" };
}

/** Whether an assessment is fixed, with one sentence telling the participant why or until when (dates formatted by the caller). */
export function assessmentNote(kind: "baseline" | "final", locked: boolean, finalBy: string): string | null {
  if (kind === "baseline") return locked ? "You completed day 1, so your baseline is fixed: it is where your growth is measured from." : null;
  return locked ? `The final assessment closed after ${finalBy}, so these answers are fixed.` : `You can take or change it until ${finalBy}; your report updates when you do.`;
}
