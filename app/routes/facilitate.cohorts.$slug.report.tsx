import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { cohortReport } from "~/balance/report.server";
import { requireManagedCohort } from "~/cohorts/access.server";
import { BalanceChart } from "~/components/BalanceChart";
import { Panel } from "~/components/Panel";
import { PrintButton } from "~/components/PrintButton";
import { getCourse } from "~/course/content.server";
import { PILLAR_INFO } from "~/course/pillars";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

export const meta: MetaFunction = () => [{ title: "Cohort report · Tripod" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const report = cohortReport(getDb(), cohort.id, cohort, now());
  const course = getCourse(cohort.edition);
  return { slug: cohort.slug, title: cohort.title, ...report, dayPillars: course.days.map((d) => d.pillar) };
}

export default function CohortReportPage() {
  const r = useLoaderData<typeof loader>();
  const most = Math.max(1, r.participants);
  return (
    <article className="stack report">
      <header>
        <BackToCohort slug={r.slug} title={r.title} className="no-print" />
        <p className="eyebrow">Cohort report · day {r.unlocked} of 30</p>
        <h1>How {r.title} stands</h1>
        <p className="lede">{r.participants} active participants. Averages of each person's scores, computed as on their own report.</p>
      </header>
      {r.participants === 0 ? (
        <p className="notice">No active participants yet.</p>
      ) : (
        <>
          <div className="grid grid-2">
            <Panel id="avg-title" title="Average pillar scores">
              <BalanceChart id="cohort-balance" scores={r.averages.map((a) => ({ pillar: a.pillar, score: a.score }))} balance={r.balance?.median ?? 100} />
              <p>
                {r.weakest ? (
                  <>
                    The cohort's weakest pillar is <strong>{PILLAR_INFO[r.weakest].name}</strong>: the risk is a {PILLAR_INFO[r.weakest].riskWhenWeak} team.
                  </>
                ) : (
                  "The three pillars are level across the cohort."
                )}
              </p>
            </Panel>
            <Panel id="spread-title" title="Spread of balance indices">
              <p>
                Lowest {r.balance!.min}, median {r.balance!.median}, highest {r.balance!.max} (out of 100).
              </p>
              <div className="bucket-bars">
                {r.balance!.buckets.map((b) => (
                  <div key={b.from} className="bucket-bar">
                    <span>
                      {b.from}–{b.to}
                    </span>
                    <span className="bar" role="img" aria-label={`${b.count} participants with a balance from ${b.from} to ${b.to}`}>
                      <span style={{ width: `${(100 * b.count) / most}%` }} />
                    </span>
                    <span>{b.count}</span>
                  </div>
                ))}
              </div>
            </Panel>
          </div>
          <Panel id="pillars-title" title="By pillar">
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Pillar</th>
                    <th scope="col">Average score</th>
                    <th scope="col">Average growth since day 1</th>
                  </tr>
                </thead>
                <tbody>
                  {r.averages.map((a) => (
                    <tr key={a.pillar}>
                      <td>{PILLAR_INFO[a.pillar].name}</td>
                      <td>{a.score}</td>
                      <td>{a.growth === null ? "Needs baseline and final assessments" : `${a.growth > 0 ? "+" : ""}${a.growth.toFixed(2)} (${a.withGrowth} people)`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Panel>
          <Panel id="days-title" title="Completion per day">
            <div className="day-bars" role="img" aria-label={r.completionPerDay.map((d) => `day ${d.day}: ${d.completed}`).join(", ")}>
              {r.completionPerDay.map((d) => (
                <span key={d.day} className={`day-bar pillar-${r.dayPillars[d.day - 1]}`} style={{ height: `${(100 * d.completed) / most}%` }} title={`Day ${d.day}: ${d.completed} of ${r.participants}`} />
              ))}
            </div>
            <div className="day-bars-labels" aria-hidden="true">
              {r.completionPerDay.map((d) => (
                <span key={d.day}>{d.day}</span>
              ))}
            </div>
          </Panel>
        </>
      )}
      <PrintButton />
    </article>
  );
}
