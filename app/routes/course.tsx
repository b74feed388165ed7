import type { HeadersFunction, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { joinableCohorts } from "~/cohorts/upcoming.server";
import { PillarBadge } from "~/components/PillarBadge";
import { UpcomingCohorts } from "~/components/UpcomingCohorts";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";
import { getCourse } from "~/course/content.server";
import { PILLAR_INFO, PILLARS } from "~/course/pillars";
import { courseWeeks } from "~/course/weeks";

export const meta: MetaFunction = () => [
  { title: "The course: 30 days across Product, Process and People · Tripod" },
  { name: "description", content: "What the 30-day Tripod course covers, day by day, across the three pillars of engineering leadership." },
];

/** Public: the outline only (titles, pillars, summaries). Lessons stay behind enrollment. */
export async function loader() {
  const course = getCourse();
  const days = course.days.map(({ day, title, pillar, summary, minutes }) => ({ day, title, pillar, summary, minutes }));
  return { weeks: courseWeeks(days), statements: course.assessment.statements.length, cohorts: joinableCohorts(getDb(), now()) };
}

/** Seats change: a minute's shared caching at most (and none for a signed-in visitor: see the request gate). */
export const headers: HeadersFunction = () => ({ "Cache-Control": "public, max-age=60" });

export default function CoursePage() {
  const { weeks, statements, cohorts } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero">
        <p className="eyebrow">The course</p>
        <h1>Thirty days, three pillars, one practice.</h1>
        <p className="lede">
          Every day is one lesson, one exercise for the same afternoon, one reflection and one self-rating, in about
          twenty-five minutes. Eight days build each pillar; six integration days check how the three hold together.
          You rate {statements} habits on day 1 and again on day 30, and your balance report shows what moved.
        </p>
      </section>
      <UpcomingCohorts cohorts={cohorts} />

      <section className="section" aria-labelledby="pillars-title">
        <h2 id="pillars-title">The three Ps</h2>
        <div className="grid grid-3">
          {PILLARS.map((id) => (
            <article key={id} className={`card card-pillar pillar-${id}`}>
              <h3>
                {PILLAR_INFO[id].name}: <span className="muted">{PILLAR_INFO[id].question.toLowerCase()}</span>
              </h3>
              <p>{PILLAR_INFO[id].blurb}</p>
              <p className="small muted">Without it, a team becomes {PILLAR_INFO[id].riskWhenWeak}.</p>
            </article>
          ))}
        </div>
        <p className="small muted">
          <PillarBadge pillar="all" /> {PILLAR_INFO.all.blurb}
        </p>
      </section>

      {weeks.map((week) => (
        <section key={week.number} className="section" aria-labelledby={`week-${week.number}`}>
          <h2 id={`week-${week.number}`}>
            Week {week.number} <span className="muted small">days {week.days[0]!.day}–{week.days[week.days.length - 1]!.day}</span>
          </h2>
          <ol className="day-list">
            {week.days.map((d) => (
              <li key={d.day} className={`day-item pillar-${d.pillar}`}>
                <span className="day-number" aria-hidden="true">
                  {d.day}
                </span>
                <div>
                  <h3>
                    <span className="visually-hidden">Day {d.day}: </span>
                    {d.title}
                  </h3>
                  <p className="day-meta">
                    <PillarBadge pillar={d.pillar} /> <span className="muted small">{d.minutes} min</span>
                  </p>
                  <p>{d.summary}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
