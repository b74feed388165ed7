import type { LoaderFunctionArgs } from "@remix-run/node";
import { cohortScores } from "~/balance/report.server";
import { requireManagedCohort } from "~/cohorts/access.server";
import { getDb } from "~/db.server";
import { COURSE_LENGTH } from "~/cohorts/schedule";
import { cohortStandings, savedDays } from "~/facilitation/cohort-view.server";
import { dayStateOf } from "~/progress/standing";
import { DAY_WORDS, STANDING_WORDS } from "~/progress/vocabulary";
import { toCsv } from "~/facilitation/csv";
import { byName } from "~/facilitation/grid";
import { now } from "~/time/clock.server";
import { localDateOf } from "~/time/local-date";

/**
 * One row per active participant: progress, standing, scores and the state of each of the
 * thirty days (the grid's full view), in the same words as the pages; no exercise or
 * reflection text, ever.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const db = getDb();
  const at = now();
  const { clock, people } = cohortStandings(db, cohort, at);
  const saved = savedDays(db, { cohortId: cohort.id }, { from: 1, to: COURSE_LENGTH });
  const { byEnrollment } = cohortScores(db, cohort.id, cohort, at);
  const days = Array.from({ length: COURSE_LENGTH }, (_, i) => i + 1);
  const rows = [...people]
    .sort(byName)
    .map((p) => {
      const report = byEnrollment.get(p.enrollmentId)!;
      const position = { newestDay: clock.newestDay, ended: clock.phase === "ended", joinedDay: p.standing.joinedDay };
      const states = days.map((d) => DAY_WORDS[dayStateOf(d, position, saved.get(p.enrollmentId)?.get(d))].word);
      return [p.profileName, p.email, p.done, STANDING_WORDS[p.standing.standing].word, ...report.pillars.map((s) => s.score), report.balance, p.lastActivity ? localDateOf(p.lastActivity, cohort.timeZone) : null, ...states];
    });
  const body = toCsv(["name", "email", "days_done", "standing", "product", "process", "people", "balance", "last_activity", ...days.map((d) => `day_${d}`)], rows);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tripod-${cohort.slug}-${localDateOf(at, cohort.timeZone)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
