import { PILLAR_INFO, type DayPillar } from "~/course/pillars";

export function PillarBadge({ pillar }: { pillar: DayPillar }) {
  return <span className={`badge pillar-${pillar}`}>{PILLAR_INFO[pillar].name}</span>;
}
