/**
 * Small server-rendered SVG charts: columns (coloured by pillar), with an optional dashed
 * line for a comparison and optional ticks (a 75th percentile). Each chart is an image
 * named by its title and a sentence elsewhere on the page (its text alternative), and
 * scales to its container (viewBox, width 100%), so it reads at 390 px as at 1280.
 */
import type { DayPillar } from "~/course/pillars";

export type Column = { label: string; value: number | null; pillar?: DayPillar; tip: string };

type Props = {
  id: string;
  title: string;
  /** The id of the sentence that says what the chart shows. */
  describedBy: string;
  columns: Column[];
  /** A comparison, one value per column: a dashed line with square points. */
  line?: (number | null)[];
  /** A second figure per column (e.g. the 75th percentile): a short dark tick. */
  ticks?: (number | null)[];
  max: number;
  axis: { value: number; label: string }[];
  /** With many columns, label the first and every n-th. */
  labelEvery?: number;
};

const W = 360;
const H = 196;
const PAD = { left: 38, right: 6, top: 10, bottom: 24 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

export function ColumnChart({ id, title, describedBy, columns, line, ticks, max, axis, labelEvery = 1 }: Props) {
  const top = Math.max(max, Number.EPSILON);
  const y = (v: number) => PAD.top + PLOT_H * (1 - Math.min(v, top) / top);
  const slot = PLOT_W / Math.max(1, columns.length);
  const barWidth = slot * (columns.length > 10 ? 0.72 : 0.55);
  const centre = (i: number) => PAD.left + slot * (i + 0.5);
  const points = (line ?? []).map((v, i) => (v === null ? null : { x: centre(i), y: y(v) }));
  // The line breaks where the comparison has no figure.
  const path = points.reduce((d, p, i) => (p === null ? d : `${d}${points[i - 1] ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`), "");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${describedBy}`} className="chart">
      <title id={`${id}-title`}>{title}</title>
      {axis.map((a) => (
        <g key={a.value}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(a.value)} y2={y(a.value)} className={a.value === 0 ? "chart-base" : "chart-grid"} />
          <text x={PAD.left - 5} y={y(a.value)} textAnchor="end" dominantBaseline="middle" className="chart-axis">
            {a.label}
          </text>
        </g>
      ))}
      {columns.map((c, i) =>
        c.value === null || c.value <= 0 ? null : (
          <rect key={i} x={centre(i) - barWidth / 2} y={y(c.value)} width={barWidth} height={y(0) - y(c.value)} rx={1.5} className={`chart-bar pillar-${c.pillar ?? "all"}`}>
            <title>{c.tip}</title>
          </rect>
        ),
      )}
      {(ticks ?? []).map((v, i) => (v === null ? null : <line key={i} x1={centre(i) - barWidth / 2 - 1.5} x2={centre(i) + barWidth / 2 + 1.5} y1={y(v)} y2={y(v)} className="chart-tick" />))}
      {path ? <path d={path} className="chart-line" /> : null}
      {points.map((p, i) => (p === null ? null : <rect key={i} x={p.x - 2.75} y={p.y - 2.75} width={5.5} height={5.5} className="chart-point" />))}
      {columns.map((c, i) =>
        i === 0 || (i + 1) % labelEvery === 0 ? (
          <text key={i} x={centre(i)} y={H - 7} textAnchor="middle" className="chart-axis">
            {c.label}
          </text>
        ) : null,
      )}
    </svg>
  );
}

export type LegendItem = { kind: "pillars" | "bar" | "line" | "tick"; label: string };

/** What the marks mean, in words beside a sample of each (not colour alone). */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span className={`key key-${item.kind}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Axis marks: 0, the middle and the top, labelled with `format`. */
export function axisOf(max: number, format: (v: number) => string): { value: number; label: string }[] {
  return [0, max / 2, max].map((value) => ({ value, label: format(value) }));
}

/** A round top for an hours axis: 6, 12, 24, 48... hours, at least the largest figure. */
export function hoursTop(largest: number): number {
  let top = 6;
  while (top < largest) top *= 2;
  return top;
}
