/** A participant's standing as a one-line pill: its word (never colour alone), toned by what it asks of a facilitator. */
export function StandingPill({ word, tone }: { word: string; tone: "calm" | "ok" | "warn" }) {
  return <span className={`standing standing-${tone}`}>{word}</span>;
}
