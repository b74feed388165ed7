import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { manageableCohorts } from "~/cohorts/cohorts.server";
import { countByStatus } from "~/cohorts/people.server";
import { cohortSummaries } from "~/facilitation/cohort-view.server";
import { calendarProblem, positionAt } from "~/cohorts/schedule";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";
import { formatShortDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Your cohorts · Tripod" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "facilitator", "admin");
  const db = getDb();
  const cohorts = manageableCohorts(db, user);
  const counts = countByStatus(db, cohorts.map((c) => c.id));
  const at = now();
  // A cohort whose calendar cannot be computed (a corrupt row) is listed with a way to fix it; the others as usual.
  const problems = new Map(cohorts.map((c) => [c.id, calendarProblem(c)]));
  const summaries = cohortSummaries(db, cohorts.filter((c) => !problems.get(c.id)), at);
  return {
    cohorts: cohorts.map((c) => {
      const problem = problems.get(c.id) ?? null;
      const position = problem ? null : positionAt(c, at);
      const summary = summaries.get(c.id);
      return {
        completionRate: summary?.completionRate ?? null,
        atRisk: summary?.counts["at-risk"] ?? null,
        standing: summary && summary.participants > 0 ? summary.line : null,
        slug: c.slug,
        title: c.title,
        starts: problem ? c.startsOn.slice(0, 20) : formatShortDate(c.startsOn),
        status: !position ? "Dates need fixing" : position.phase === "before" ? "Not started" : position.phase === "running" ? `Day ${position.day}` : "Finished",
        problem,
        active: counts.get(c.id)?.active ?? 0,
        waitlisted: counts.get(c.id)?.waitlisted ?? 0,
        capacity: c.capacity,
      };
    }),
  };
}

export default function Facilitate() {
  const { cohorts } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">Facilitate</p>
          <h1>Your cohorts</h1>
        </div>
        <Link to="/facilitate/cohorts/new" className="button">
          New cohort
        </Link>
      </div>
      {cohorts.length === 0 ? (
        <p className="notice">You do not facilitate a cohort yet. Create one to get its enrollment link.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col">Day 1</th>
                <th scope="col">Now</th>
                <th scope="col">Participants</th>
                <th scope="col">Completion</th>
                <th scope="col">Where people stand</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.map((c) => (
                <tr key={c.slug}>
                  <td>
                    <Link to={`/facilitate/cohorts/${c.slug}`}>{c.title}</Link>
                  </td>
                  <td>{c.starts}</td>
                  <td>
                    {c.problem ? (
                      <>
                        <span className="status status-waitlisted">{c.status}</span>{" "}
                        <Link to={`/facilitate/cohorts/${c.slug}/settings`} title={`This cohort's calendar cannot be worked out: ${c.problem}.`}>
                          Fix in settings
                        </Link>
                      </>
                    ) : (
                      c.status
                    )}
                  </td>
                  <td>
                    {c.active} of {c.capacity}
                    {c.waitlisted > 0 ? `, ${c.waitlisted} waiting` : ""}
                  </td>
                  <td>{c.completionRate === null ? "–" : `${c.completionRate}%`}</td>
                  <td>{c.standing ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
