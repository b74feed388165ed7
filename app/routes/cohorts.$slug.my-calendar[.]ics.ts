import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { requireWorkingCalendar } from "~/cohorts/access.server";
import { findCohortAt } from "~/cohorts/addresses.server";
import { buildCalendar } from "~/cohorts/ical";
import { calendarKeyMatches, parseMemberParam } from "~/community/calendar-key.server";
import { liveSessionEvent } from "~/community/live-ics";
import { isCohortMember, sessionsOf } from "~/community/live.server";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

/**
 * A member's personal feed: the lesson days and the cohort's live sessions. Calendar apps
 * subscribe without a cookie, so the key in `?member=` is the way in (./calendar-key.server);
 * a wrong key, someone who is not (or no longer) in the cohort, and an unknown cohort all get
 * the same 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const notFound = () => new Response("Not found", { status: 404 });
  const db = getDb();
  const member = parseMemberParam(new URL(request.url).searchParams.get("member"));
  const cohort = findCohortAt(db, params.slug ?? "", request);
  if (!member || !cohort) throw notFound();
  const user = db.select({ id: users.id, token: users.unsubscribeToken }).from(users).where(eq(users.id, member.userId)).get();
  if (!calendarKeyMatches(cohort.id, user?.token ?? null, member.key) || !isCohortMember(db, cohort.id, member.userId)) throw notFound();
  requireWorkingCalendar(cohort);
  const at = now();
  const appUrl = getEnv().APP_URL;
  const events = sessionsOf(db, cohort.id).flatMap((s) => liveSessionEvent(s, cohort, appUrl, at));
  const body = buildCalendar(cohort, getCourse(cohort.edition).days, appUrl, at, { name: `Tripod: ${cohort.title} (yours)`, events });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="tripod-${cohort.slug}-mine.ics"`,
      // Personal: never kept by a shared cache; calendar apps poll it.
      "Cache-Control": "private, no-cache",
      "Referrer-Policy": "no-referrer",
    },
  });
}
