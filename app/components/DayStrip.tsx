import { Link } from "@remix-run/react";
import { PILLAR_INFO, type DayPillar } from "~/course/pillars";
import { DAY_WORDS, type DayState } from "~/progress/vocabulary";

export type StripDay = { day: number; pillar: DayPillar; title: string; state: DayState; unlocksOn: string };

/** The thirty days as a grid of tiles coloured by pillar, each saying its state in the shared words too. */
export function DayStrip({ enrollmentId, days }: { enrollmentId: number; days: StripDay[] }) {
  return (
    <ol className="day-strip" aria-label="Your thirty days">
      {days.map((d) => {
        const label = `Day ${d.day}, ${PILLAR_INFO[d.pillar].name}: ${d.title}. ${d.state === "not-open" ? `Opens ${d.unlocksOn}` : DAY_WORDS[d.state].word}.`;
        const body = (
          <>
            <span className="tile-day">{d.day}</span>
            <span className="tile-mark" aria-hidden="true">
              {DAY_WORDS[d.state].mark}
            </span>
          </>
        );
        return (
          <li key={d.day} className={`tile tile-${d.state} pillar-${d.pillar}`}>
            {d.state === "not-open" ? (
              <span role="img" aria-label={label} title={`Opens ${d.unlocksOn}`}>
                {body}
              </span>
            ) : (
              <Link to={`/learn/${enrollmentId}/days/${d.day}`} aria-label={label} title={d.title}>
                {body}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}
