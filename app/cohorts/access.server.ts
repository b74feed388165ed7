import { requireCohortFacilitator, requireUser } from "~/auth/guards.server";
import { getDb } from "~/db.server";
import { findCohortAt } from "./addresses.server";
import type { Cohort } from "./cohorts.server";
import { calendarProblem } from "./schedule";

/**
 * For /facilitate/cohorts/:slug pages: signed in first, then the cohort's own facilitators
 * (or an admin). A cohort that does not exist and one that is not yours look the same: 404.
 */
export function requireManagedCohort(request: Request, slug: string | undefined, options: { calendar: boolean } = { calendar: true }): { cohort: Cohort; user: ReturnType<typeof requireUser> } {
  requireUser(request);
  const cohort = findCohortAt(getDb(), slug ?? "", request);
  if (!cohort) throw new Response("Not found", { status: 404 });
  const user = requireCohortFacilitator(request, cohort.id);
  if (options.calendar) requireWorkingCalendar(cohort, `/facilitate/cohorts/${cohort.slug}/settings`);
  return { cohort, user };
}

/**
 * Pages that work out a cohort's days need a calendar that can be computed. One that cannot
 * (a corrupt row) gets a page that says so, with where to fix it, instead of a 500.
 */
export function requireWorkingCalendar(cohort: Cohort, fixAt?: string): void {
  const problem = calendarProblem(cohort);
  if (!problem) return;
  const fix = fixAt ? ` Fix it in the cohort's settings: ${fixAt}` : " Its facilitators have been told; try again later.";
  throw new Response(`The dates of ${cohort.title} cannot be worked out: ${problem}.${fix}`, { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
