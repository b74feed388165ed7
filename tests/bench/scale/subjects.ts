/**
 * Who the pages are measured as: a participant on track in a running cohort of 500 (their
 * day and home pages), and that cohort's lead facilitator (the workspace grid, analytics,
 * report, that participant's page, the CSV export, yesterday's thread). Signed in with
 * sessions made by the app's own code.
 */
import { openDatabase } from "../../../db/client";
import { createSession, SESSION_COOKIE } from "~/auth/session.server";
import { positionAt } from "~/cohorts/schedule";
import { measuredCohort, QUIET, type CohortPlan } from "./layout";

export type Subjects = { slug: string; day: number; enrollmentId: number; participant: string; facilitator: string; enrolled: number };

export function subjectsOf(file: string, plans: CohortPlan[]): Subjects {
  const plan = measuredCohort(plans);
  const position = positionAt(plan, QUIET);
  if (position.phase !== "running") throw new Error(`${plan.slug} is not running at ${QUIET.toISOString()}`);
  const db = openDatabase(file);
  try {
    const sqlite = db.$client;
    const cohort = sqlite.prepare("select id from cohorts where slug = ?").get(plan.slug) as { id: number };
    const enrolled = (sqlite.prepare("select count(*) as n from enrollments where cohort_id = ?").get(cohort.id) as { n: number }).n;
    // On track: every open day before today done, in the cohort's own zone and hour.
    const person = sqlite
      .prepare(
        `select e.id as enrollmentId, e.user_id as userId from enrollments e join users u on u.id = e.user_id
         where e.cohort_id = ? and e.status = 'active' and u.time_zone is null
           and (select count(*) from day_progress d where d.enrollment_id = e.id and d.completed_at is not null) >= ?
         order by e.id limit 1`,
      )
      .get(cohort.id, position.day - 1) as { enrollmentId: number; userId: number } | undefined;
    if (!person) throw new Error(`nobody on track in ${plan.slug}`);
    const lead = sqlite.prepare("select user_id as id from cohort_facilitators where cohort_id = ? order by created_at, user_id limit 1").get(cohort.id) as { id: number };
    const cookie = (userId: number) => `${SESSION_COOKIE}=${createSession(db, userId, QUIET).token}`;
    return { slug: plan.slug, day: position.day, enrollmentId: person.enrollmentId, participant: cookie(person.userId), facilitator: cookie(lead.id), enrolled };
  } finally {
    db.$client.close();
  }
}
