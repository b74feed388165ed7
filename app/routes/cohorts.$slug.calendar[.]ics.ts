import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireWorkingCalendar } from "~/cohorts/access.server";
import { findCohortAt } from "~/cohorts/addresses.server";
import { buildCalendar } from "~/cohorts/ical";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

/** Public: the cohort's 30 lesson days as an iCalendar feed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const cohort = findCohortAt(getDb(), params.slug ?? "", request);
  if (!cohort) throw new Response("Not found", { status: 404 });
  requireWorkingCalendar(cohort);
  const body = buildCalendar(cohort, getCourse(cohort.edition).days, getEnv().APP_URL, now());
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="tripod-${cohort.slug}.ics"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
