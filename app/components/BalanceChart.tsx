import { PILLAR_INFO, type Pillar } from "~/course/pillars";

type Point = { pillar: Pillar; score: number };

const SIZE = 320;
const CENTER = { x: SIZE / 2, y: 175 };
const RADIUS = 115;
/** Product at the top, Process bottom right, People bottom left. */
const ANGLES: Record<Pillar, number> = { product: -90, process: 30, people: 150 };
const COLOURS: Record<Pillar, string> = { product: "var(--product)", process: "var(--process)", people: "var(--people)" };

function at(pillar: Pillar, fraction: number) {
  const angle = (ANGLES[pillar] * Math.PI) / 180;
  return { x: CENTER.x + Math.cos(angle) * RADIUS * fraction, y: CENTER.y + Math.sin(angle) * RADIUS * fraction };
}
const polygon = (points: { x: number; y: number }[]) => points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");

/**
 * The three scores as a triangle: each pillar's axis runs from the centre (0) to a corner
 * (100). An even triangle is a balanced practice. Server-rendered SVG with text labels and
 * a text description for screen readers.
 */
export function BalanceChart({ scores, balance, id }: { scores: Point[]; balance: number; id: string }) {
  const pillars = scores.map((s) => s.pillar);
  const description = `${scores.map((s) => `${PILLAR_INFO[s.pillar].name} ${s.score} of 100`).join(", ")}. Balance index ${balance} of 100.`;
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="balance-chart">
      <title id={`${id}-title`}>Balance across Product, Process and People</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[0.25, 0.5, 0.75, 1].map((f) => (
        <polygon key={f} points={polygon(pillars.map((p) => at(p, f)))} fill="none" stroke="var(--line-strong)" strokeWidth={f === 1 ? 1.5 : 1} strokeDasharray={f === 1 ? undefined : "3 4"} />
      ))}
      {pillars.map((p) => {
        const end = at(p, 1);
        return <line key={p} x1={CENTER.x} y1={CENTER.y} x2={end.x} y2={end.y} stroke={COLOURS[p]} strokeWidth={2} opacity={0.5} />;
      })}
      <polygon points={polygon(scores.map((s) => at(s.pillar, Math.max(0.02, s.score / 100))))} fill="var(--ink)" fillOpacity={0.12} stroke="var(--ink)" strokeWidth={2.5} strokeLinejoin="round" />
      {scores.map((s) => {
        const dot = at(s.pillar, Math.max(0.02, s.score / 100));
        const label = at(s.pillar, 1.18);
        return (
          <g key={s.pillar}>
            <circle cx={dot.x} cy={dot.y} r={5} fill={COLOURS[s.pillar]} />
            <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="middle" className="chart-label">
              <tspan fontWeight={700}>{PILLAR_INFO[s.pillar].name}</tspan>
              <tspan x={label.x} dy="1.2em">
                {s.score}
              </tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}
