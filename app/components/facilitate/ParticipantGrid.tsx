import { Link } from "@remix-run/react";
import type { DayPillar } from "~/course/pillars";
import type { CellState } from "~/facilitation/grid";

export type GridRow = { enrollmentId: number; name: string; done: number; lastActive: string | null; atRisk: boolean; openIncomplete: number; cells: CellState[] };

const MARK: Record<CellState, string> = { done: "●", late: "◐", open: "○", missed: "✕", locked: "" };
const WORD: Record<CellState, string> = { done: "done", late: "done late", open: "open", missed: "missed", locked: "locked" };

/** Participants by days: each cell's pillar colour and a mark for its state; a text summary per row. */
export function ParticipantGrid({ slug, rows, dayPillars }: { slug: string; rows: GridRow[]; dayPillars: DayPillar[] }) {
  return (
    <div className="table-wrap">
      <table className="grid-table">
        <caption className="visually-hidden">Participants by day. ● done, ◐ done late, ○ open today, ✕ missed, empty: not open yet.</caption>
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">Status</th>
            {dayPillars.map((pillar, i) => (
              <th key={i} scope="col" className={`day-col pillar-${pillar}`}>
                {i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.enrollmentId} className={r.atRisk ? "at-risk" : undefined}>
              <th scope="row">
                <Link to={`/facilitate/cohorts/${slug}/people/${r.enrollmentId}`}>{r.name}</Link>
              </th>
              <td className="row-status">
                {r.done} done{r.atRisk ? <span className="status status-waitlisted">at risk</span> : null}
                <span className="muted small"> {r.lastActive ? `active ${r.lastActive}` : "no activity yet"}</span>
              </td>
              {r.cells.map((state, i) => (
                <td key={i} className={`cell s-${state} pillar-${dayPillars[i]}`} title={`Day ${i + 1}: ${WORD[state]}`}>
                  {MARK[state]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
