import { Link } from "@remix-run/react";
import { PILLAR_INFO, type DayPillar } from "~/course/pillars";

export type StripDay = { day: number; pillar: DayPillar; title: string; state: "done" | "open" | "missed" | "earlier" | "locked"; unlocksOn: string };

/** `earlier`: opened before the person joined; theirs at their own pace, shown calmly (no "!"). */
const STATE_TEXT = { done: "done", open: "open today", missed: "to catch up", earlier: "open for you, at your own pace", locked: "locked" } as const;
const STATE_MARK = { done: "✓", open: "●", missed: "!", earlier: "", locked: "" } as const;

/** The thirty days as a grid of tiles coloured by pillar, each saying its state in words too. */
export function DayStrip({ enrollmentId, days }: { enrollmentId: number; days: StripDay[] }) {
  return (
    <ol className="day-strip" aria-label="Your thirty days">
      {days.map((d) => {
        const label = `Day ${d.day}, ${PILLAR_INFO[d.pillar].name}: ${d.title}. ${d.state === "locked" ? `Opens ${d.unlocksOn}` : STATE_TEXT[d.state]}.`;
        const body = (
          <>
            <span className="tile-day">{d.day}</span>
            <span className="tile-mark" aria-hidden="true">
              {STATE_MARK[d.state]}
            </span>
          </>
        );
        return (
          <li key={d.day} className={`tile tile-${d.state} pillar-${d.pillar}`}>
            {d.state === "locked" ? (
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
