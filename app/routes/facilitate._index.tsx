import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { manageableCohorts } from "~/cohorts/cohorts.server";
import { countByStatus } from "~/cohorts/people.server";
import { calendarProblem } from "~/cohorts/schedule";
import { standingAt } from "~/cohorts/standing";
import { cohortSummaries } from "~/facilitation/cohort-view.server";
import { cohortCard } from "~/facilitation/workspace";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Your cohorts · Tripod" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "facilitator", "admin");
  const db = getDb();
  const cohorts = manageableCohorts(db, user);
  const counts = countByStatus(db, cohorts.map((c) => c.id));
  const at = now();
  // A cohort whose calendar cannot be computed (a corrupt row) is shown with a way to fix it; the others as usual.
  const problems = new Map(cohorts.map((c) => [c.id, calendarProblem(c)]));
  const summaries = cohortSummaries(db, cohorts.filter((c) => !problems.get(c.id)), at);
  return {
    cohorts: cohorts.map((c) => {
      const problem = problems.get(c.id) ?? null;
      const summary = summaries.get(c.id);
      const facts = {
        slug: c.slug,
        standing: problem ? null : standingAt(c, at),
        problem,
        active: counts.get(c.id)?.active ?? 0,
        waitlisted: counts.get(c.id)?.waitlisted ?? 0,
        capacity: c.capacity,
        atRisk: summary?.counts["at-risk"] ?? null,
        completionRate: summary?.completionRate ?? null,
      };
      return { ...facts, title: c.title, edition: c.edition, ...cohortCard(facts) };
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
        {cohorts.length > 0 ? (
          <Link to="/facilitate/cohorts/new" className="button button-secondary">
            New cohort
          </Link>
        ) : null}
      </div>
      {cohorts.length === 0 ? (
        <section className="card empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title" className="h3">
            No cohorts yet
          </h2>
          <p>
            A cohort is a group that does the thirty days together: you pick day 1, the time zone and how many seats. Then share its enrollment link
            or invite people by email, and follow everyone's progress here.
          </p>
          <Link to="/facilitate/cohorts/new" className="button">
            Create a cohort
          </Link>
        </section>
      ) : (
        <ul className="cohort-cards">
          {cohorts.map((c) => (
            <li key={c.slug}>
              <article className="card stack" aria-labelledby={`cohort-${c.slug}`}>
                <div>
                  <p className="card-status">
                    <span className={`status ${c.problem ? "status-waitlisted" : c.standing?.phase === "running" ? "status-active" : ""}`.trim()}>{c.status}</span>
                  </p>
                  <h2 id={`cohort-${c.slug}`} className="h3">
                    <Link to={`/facilitate/cohorts/${c.slug}`}>{c.title}</Link>
                  </h2>
                  <p className="small muted">{c.when}</p>
                </div>
                <dl className="facts">
                  <dt>Participants</dt>
                  <dd>{c.seats}</dd>
                  <dt>Course</dt>
                  <dd>Edition {c.edition}</dd>
                  {c.attention ? (
                    <>
                      <dt>Attention</dt>
                      <dd>{c.attention}</dd>
                    </>
                  ) : null}
                  {c.completionRate !== null && c.active > 0 ? (
                    <>
                      <dt>Completion</dt>
                      <dd>{c.completionRate}% of open days done</dd>
                    </>
                  ) : null}
                </dl>
                <div className="next-step">
                  <Link to={c.next.href} className="button button-compact" aria-describedby={`cohort-${c.slug}`}>
                    {c.next.label}
                  </Link>
                  <p className="small muted">{c.next.why}</p>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
