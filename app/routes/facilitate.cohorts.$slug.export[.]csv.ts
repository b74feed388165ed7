import type { LoaderFunctionArgs } from "@remix-run/node";
import { cohortScores } from "~/balance/report.server";
import { requireManagedCohort } from "~/cohorts/access.server";
import { getDb } from "~/db.server";
import { cohortView } from "~/facilitation/cohort-view.server";
import { toCsv } from "~/facilitation/csv";
import { now } from "~/time/clock.server";
import { localDateOf } from "~/time/local-date";

/** One row per active participant: progress and scores only; no exercise or reflection text, ever. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const db = getDb();
  const at = now();
  const view = cohortView(db, cohort.id, cohort, at);
  const { byEnrollment } = cohortScores(db, cohort.id, cohort, at);
  const rows = view.rows.map((r) => {
    const report = byEnrollment.get(r.enrollmentId)!;
    return [r.profileName, r.email, r.done, ...report.pillars.map((p) => p.score), report.balance, r.lastActivity ? localDateOf(r.lastActivity, cohort.timeZone) : null, r.risk.atRisk ? "yes" : "no"];
  });
  const body = toCsv(["name", "email", "days_done", "product", "process", "people", "balance", "last_activity", "at_risk"], rows);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tripod-${cohort.slug}-${localDateOf(at, cohort.timeZone)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
