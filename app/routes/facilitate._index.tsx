import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { manageableCohorts } from "~/cohorts/cohorts.server";
import { countByStatus } from "~/cohorts/people.server";
import { cohortSummaries } from "~/facilitation/cohort-view.server";
import { positionAt } from "~/cohorts/schedule";
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
  const summaries = cohortSummaries(db, cohorts, at);
  return {
    cohorts: cohorts.map((c) => {
      const position = positionAt(c, at);
      const summary = summaries.get(c.id)!;
      return {
        completionRate: summary.completionRate,
        atRisk: summary.atRisk,
        slug: c.slug,
        title: c.title,
        starts: formatShortDate(c.startsOn),
        status: position.phase === "before" ? "Not started" : position.phase === "running" ? `Day ${position.day}` : "Finished",
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
                <th scope="col">At risk</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.map((c) => (
                <tr key={c.slug}>
                  <td>
                    <Link to={`/facilitate/cohorts/${c.slug}`}>{c.title}</Link>
                  </td>
                  <td>{c.starts}</td>
                  <td>{c.status}</td>
                  <td>
                    {c.active} of {c.capacity}
                    {c.waitlisted > 0 ? `, ${c.waitlisted} waiting` : ""}
                  </td>
                  <td>{c.completionRate === null ? "–" : `${c.completionRate}%`}</td>
                  <td>{c.atRisk}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
