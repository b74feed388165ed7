import { requireCohortFacilitator, requireUser } from "~/auth/guards.server";
import { getDb } from "~/db.server";
import { getCohortBySlug, type Cohort } from "./cohorts.server";

/**
 * For /facilitate/cohorts/:slug pages: signed in first, then the cohort's own facilitators
 * (or an admin). A cohort that does not exist and one that is not yours look the same: 404.
 */
export function requireManagedCohort(request: Request, slug: string | undefined): { cohort: Cohort; user: ReturnType<typeof requireUser> } {
  requireUser(request);
  const cohort = getCohortBySlug(getDb(), slug ?? "");
  if (!cohort) throw new Response("Not found", { status: 404 });
  const user = requireCohortFacilitator(request, cohort.id);
  return { cohort, user };
}
