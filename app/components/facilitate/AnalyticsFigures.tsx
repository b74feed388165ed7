import type { ReactNode } from "react";
import { Panel } from "~/components/Panel";
import { PillarBadge } from "~/components/PillarBadge";
import { PILLAR_INFO } from "~/course/pillars";
import type { CohortAnalytics } from "~/facilitation/analytics";
import { percent } from "~/facilitation/analytics-words";
import { axisOf, ChartLegend, ColumnChart, hoursTop, type LegendItem } from "~/facilitation/charts";

export type Words = { completion: string; weeks: string; pace: string; ratings: string };
type Other = { title: string; figures: CohortAnalytics } | null;
type Cell = ReactNode;

const pct = (v: number) => `${Math.round(v)}%`;
const shareOf = (share: number | null, open = true) => (open && share !== null ? share * 100 : null);
const fixed = (v: number | null, digits = 1) => (v === null ? "–" : v.toFixed(digits));

/** The figures behind a chart, as a table, folded away until asked for. */
function FigureTable({ caption, head, rows }: { caption: string; head: string[]; rows: Cell[][] }) {
  return (
    <details className="figure-table">
      <summary>{caption} as a table</summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, i) => (
              <tr key={i}>
                {cells.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Column headings for a figure: this cohort's, then the comparison's under its name. */
const heads = (mine: string[], other: Other, theirs: string[] = mine) => [...mine, ...(other ? theirs.map((h) => `${other.title}: ${h.toLowerCase()}`) : [])];

function legend(title: string, other: Other, bars: LegendItem["kind"], extra: LegendItem[] = []): LegendItem[] {
  return [{ kind: bars, label: bars === "pillars" ? `${title}, coloured by the day's pillar` : title }, ...extra, ...(other ? [{ kind: "line" as const, label: other.title }] : [])];
}

export function AnalyticsFigures({ title, figures: a, other, words }: { title: string; figures: CohortAnalytics; other: Other; words: Words }) {
  const o = other?.figures;
  const days = a.completion.map((c) => String(c.day));
  const weekCount = Math.max(a.weeks.length, o?.weeks.length ?? 0);
  const paceTop = hoursTop(Math.max(1, ...a.pace.map((p) => p.p75Hours ?? 0), ...(o?.pace.map((p) => p.medianHours ?? 0) ?? [])));
  return (
    <>
      <Panel id="completion-title" title="Completion by day">
        <p id="completion-text">{words.completion}</p>
        <ColumnChart
          id="completion-chart"
          title="Participants who finished each day, as a share of everyone who took part"
          describedBy="completion-text"
          columns={a.completion.map((c) => ({ label: days[c.day - 1]!, value: shareOf(c.share, c.open), pillar: c.pillar, tip: `Day ${c.day}: ${c.completed} of ${a.participants} (${percent(c.share)})` }))}
          line={o?.completion.map((c) => shareOf(c.share, c.open))}
          max={100}
          axis={axisOf(100, pct)}
          labelEvery={5}
        />
        <ChartLegend items={legend(title, other, "pillars")} />
        {a.dropOffs.length > 0 ? (
          <p className="small">
            Largest falls: {a.dropOffs.map((d) => `day ${d.day} (${d.before} to ${d.after})`).join(", ")}.
          </p>
        ) : null}
        <FigureTable
          caption="Completion by day"
          head={heads(["Day", "Pillar", "Finished", "Share"], other, ["Finished", "Share"])}
          rows={a.completion.map((c, i) => [
            c.day,
            <PillarBadge key="p" pillar={c.pillar} />,
            c.open ? c.completed : "not open",
            c.open ? percent(c.share) : "–",
            ...(o ? [o.completion[i]!.open ? o.completion[i]!.completed : "not open", o.completion[i]!.open ? percent(o.completion[i]!.share) : "–"] : []),
          ])}
        />
      </Panel>

      <Panel id="weeks-title" title="Active participants per week">
        <p id="weeks-text">{words.weeks}</p>
        <ColumnChart
          id="weeks-chart"
          title="Share of enrolled participants active each week of the course"
          describedBy="weeks-text"
          columns={Array.from({ length: weekCount }, (_, i) => {
            const w = a.weeks[i];
            return { label: `W${i + 1}`, value: w ? shareOf(w.share) : null, tip: w ? `Week ${w.week}: ${w.active} of ${w.enrolled} (${percent(w.share)})` : `Week ${i + 1}: not begun` };
          })}
          line={o ? Array.from({ length: weekCount }, (_, i) => (o.weeks[i] ? shareOf(o.weeks[i]!.share) : null)) : undefined}
          max={100}
          axis={axisOf(100, pct)}
        />
        <ChartLegend items={legend(title, other, "bar")} />
        <p className="small muted">Active: completed or saved a day that week. Weeks start on day 1's date, in the cohort's time zone.</p>
        <FigureTable
          caption="Active participants per week"
          head={heads(["Week", "Dates", "Active", "Enrolled", "Share"], other, ["Active", "Enrolled", "Share"])}
          rows={Array.from({ length: weekCount }, (_, i) => {
            const w = a.weeks[i];
            const t = o?.weeks[i];
            return [
              `Week ${i + 1}${w?.current ? " (so far)" : ""}`,
              w ? `${w.from} to ${w.to}` : "–",
              w?.active ?? "–",
              w?.enrolled ?? "–",
              w ? percent(w.share) : "–",
              ...(o ? [t?.active ?? "–", t?.enrolled ?? "–", t ? percent(t.share) : "–"] : []),
            ];
          })}
        />
        {a.activeAfterEnd !== null ? <p className="small">After the course ended: {a.activeAfterEnd} active.</p> : null}
      </Panel>

      <Panel id="pace-title" title="From a day's unlock to its completion">
        <p id="pace-text">{words.pace}</p>
        <ColumnChart
          id="pace-chart"
          title="Median hours from each day's unlock to its completion, with the 75th percentile"
          describedBy="pace-text"
          columns={a.pace.map((p) => ({ label: days[p.day - 1]!, value: p.medianHours, pillar: p.pillar, tip: `Day ${p.day}: median ${fixed(p.medianHours)} h, 75th percentile ${fixed(p.p75Hours)} h (${p.completions} completions)` }))}
          ticks={a.pace.map((p) => p.p75Hours)}
          line={o?.pace.map((p) => p.medianHours)}
          max={paceTop}
          axis={axisOf(paceTop, (v) => `${Math.round(v)} h`)}
          labelEvery={5}
        />
        <ChartLegend items={legend(`${title}: median`, other, "pillars", [{ kind: "tick", label: "75th percentile" }]).map((l) => (l.kind === "line" ? { ...l, label: `${l.label}: median` } : l))} />
        <p className="small muted">A day unlocks at midnight of its date in the cohort's time zone, or when the person joined if that was later. Times are real hours, so a day across a clock change counts its 23 or 25.</p>
        <FigureTable
          caption="Hours from unlock to completion"
          head={heads(["Day", "Completions", "Median (h)", "75th percentile (h)"], other, ["Median (h)", "75th percentile (h)"])}
          rows={a.pace.map((p, i) => [p.day, p.completions, fixed(p.medianHours), fixed(p.p75Hours), ...(o ? [fixed(o.pace[i]!.medianHours), fixed(o.pace[i]!.p75Hours)] : [])])}
        />
      </Panel>

      <Panel id="ratings-title" title="Self-rating">
        <p id="ratings-text">{words.ratings}</p>
        <div className="grid grid-2">
          <ColumnChart
            id="ratings-pillar-chart"
            title="Average self-rating per pillar, 1 to 5"
            describedBy="ratings-text"
            columns={a.ratingsByPillar.map((r) => ({ label: PILLAR_INFO[r.pillar].name, value: r.mean, pillar: r.pillar, tip: `${PILLAR_INFO[r.pillar].name}: ${fixed(r.mean)} of 5 (${r.count} ratings)` }))}
            line={o?.ratingsByPillar.map((r) => r.mean)}
            max={5}
            axis={[0, 1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }))}
          />
          <ColumnChart
            id="ratings-day-chart"
            title="Average self-rating per day, 1 to 5"
            describedBy="ratings-text"
            columns={a.ratingsByDay.map((r) => ({ label: days[r.day - 1]!, value: r.mean, pillar: r.pillar, tip: `Day ${r.day}: ${fixed(r.mean)} of 5 (${r.count} ratings)` }))}
            line={o?.ratingsByDay.map((r) => r.mean)}
            max={5}
            axis={[0, 1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }))}
            labelEvery={5}
          />
        </div>
        <ChartLegend items={legend(title, other, "pillars")} />
        <p className="small muted">Integration days count toward every pillar, as in the balance report.</p>
        <FigureTable
          caption="Average self-rating per pillar"
          head={heads(["Pillar", "Average", "Ratings"], other, ["Average", "Ratings"])}
          rows={a.ratingsByPillar.map((r, i) => [PILLAR_INFO[r.pillar].name, fixed(r.mean, 2), r.count, ...(o ? [fixed(o.ratingsByPillar[i]!.mean, 2), o.ratingsByPillar[i]!.count] : [])])}
        />
        <FigureTable
          caption="Average self-rating per day"
          head={heads(["Day", "Pillar", "Average", "Ratings"], other, ["Average", "Ratings"])}
          rows={a.ratingsByDay.map((r, i) => [r.day, <PillarBadge key="p" pillar={r.pillar} />, fixed(r.mean, 2), r.count, ...(o ? [fixed(o.ratingsByDay[i]!.mean, 2), o.ratingsByDay[i]!.count] : [])])}
        />
      </Panel>
    </>
  );
}
