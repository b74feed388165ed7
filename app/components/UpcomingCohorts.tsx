import { Link } from "@remix-run/react";
import type { UpcomingCohort } from "~/cohorts/upcoming";
import { LocalTime } from "./LocalTime";

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };

/** "Join a cohort": the cohorts open to a visitor now, each with where it stands and a way in. */
export function UpcomingCohorts({ cohorts, headingLevel = 2 }: { cohorts: UpcomingCohort[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="section" aria-labelledby="upcoming-title">
      <Heading id="upcoming-title">Join a cohort</Heading>
      {cohorts.length === 0 ? (
        <p className="notice">
          No cohort is open for enrollment right now. A facilitator opens new cohorts a few weeks before they start; the thirty days
          below are what you would do.
        </p>
      ) : (
        <ul className="upcoming-list">
          {cohorts.map((c) => (
            <li key={c.slug} className="card">
              <h3 className="h3">
                <Link to={`/cohorts/${c.slug}`}>{c.title}</Link>
              </h3>
              <p>
                {c.status.kind === "starting" ? (
                  <>
                    Starts <LocalTime iso={c.startsAt} fallbackZone={c.timeZone} options={DAY} />
                  </>
                ) : (
                  <>
                    Running: on day {c.status.day} of 30, and you can still join (you start with day 1). It began{" "}
                    <LocalTime iso={c.startsAt} fallbackZone={c.timeZone} options={DAY} />
                  </>
                )}
              </p>
              <p className="small muted">
                {c.seatsLeft} {c.seatsLeft === 1 ? "seat" : "seats"} left ·{" "}
                <Link to={`/cohorts/${c.slug}`}>
                  See the cohort and enroll<span className="visually-hidden"> ({c.title})</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
