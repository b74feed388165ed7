import { Link, useLoaderData } from "@remix-run/react";
import { joinableCohorts } from "~/cohorts/upcoming.server";
import { UpcomingCohorts } from "~/components/UpcomingCohorts";
import { PILLAR_INFO, PILLARS } from "~/course/pillars";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";

/** Public: the cohorts a visitor can join now. */
export async function loader() {
  return { cohorts: joinableCohorts(getDb(), now()) };
}

export default function Landing() {
  const { cohorts } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero">
        <p className="eyebrow">A 30-day cohort course</p>
        <h1>Lead on three legs: Product, Process and People.</h1>
        <p className="lede">
          Tripod is thirty short days of engineering leadership for new and growing managers. Each morning brings one
          lesson, one exercise you can do that afternoon, and one question to reflect on. At the end you see how
          balanced your leadership really is.
        </p>
        <p className="button-row">
          <a className="button" href="#upcoming-title">
            Join a cohort
          </a>
          <Link className="button button-secondary" to="/course">
            See the 30 days
          </Link>
          <a className="link-button" href="#how-it-works">
            How a day works
          </a>
        </p>
      </section>

      <UpcomingCohorts cohorts={cohorts} />

      <section id="three-ps" className="section" aria-labelledby="three-ps-title">
        <h2 id="three-ps-title">The three Ps</h2>
        <p className="prose muted">
          Most new managers lean on one leg. A product with no process becomes chaotic. A process with no care for
          people becomes mechanical. A team with no product direction becomes disconnected. Leadership is keeping all
          three in step.
        </p>
        <div className="grid grid-3">
          {PILLARS.map((id) => {
            const pillar = PILLAR_INFO[id];
            return (
              <article key={id} className={`card card-pillar pillar-${id}`}>
                <p className="eyebrow" style={{ color: "var(--pillar-ink)" }}>
                  {pillar.name}
                </p>
                <h3>{pillar.question}</h3>
                <p>{pillar.blurb}</p>
                <p className="small muted">Neglect it and the team becomes {pillar.riskWhenWeak}.</p>
              </article>
            );
          })}
        </div>
      </section>

      <section id="how-it-works" className="section" aria-labelledby="how-title">
        <h2 id="how-title">How a day works</h2>
        <ol className="steps">
          <li>
            <strong>Read.</strong> A lesson of about five minutes, built around a real situation a new leader meets.
          </li>
          <li>
            <strong>Do.</strong> An exercise for the same afternoon that ends in something written down.
          </li>
          <li>
            <strong>Reflect.</strong> One question, answered in a few sentences. Choose for each day who reads it: only you, your facilitators, or your cohort.
          </li>
          <li>
            <strong>Rate.</strong> One "I can…" statement, 1 to 5. Over thirty days, the ratings show your balance.
          </li>
        </ol>
      </section>

      <section className="section grid grid-2" aria-label="Who it is for">
        <article className="card">
          <h3>For participants</h3>
          <p>
            Join a cohort that starts together. An email arrives at your morning hour with the day's lesson, or a gentle
            catch-up when you fall behind. Twenty to thirty minutes a day, in the browser, on any phone.
          </p>
        </article>
        <article className="card">
          <h3>For facilitators</h3>
          <p>
            Create a cohort, invite people, and follow everyone on one page: who is on track, who is slipping, and what
            they chose to share. Leave feedback on a day's work and read the cohort's balance at the end.
          </p>
        </article>
      </section>
    </>
  );
}
