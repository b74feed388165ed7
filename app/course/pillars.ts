/** The three Ps, in the course's own words. Pure data, shared by pages and emails. */
export const PILLARS = ["product", "process", "people"] as const;
export type Pillar = (typeof PILLARS)[number];
/** A day's tag: one pillar, or `all` for an integration day that counts toward every pillar. */
export type DayPillar = Pillar | "all";

export type PillarInfo = {
  id: DayPillar;
  name: string;
  question: string;
  blurb: string;
  /** What a team becomes when its leader neglects this pillar. */
  riskWhenWeak?: "chaotic" | "mechanical" | "disconnected";
};

export const PILLAR_INFO: Record<DayPillar, PillarInfo> = {
  product: {
    id: "product",
    name: "Product",
    question: "Why we build, and what",
    blurb: "Turn business goals into engineering outcomes, partner with product, shape the roadmap, and keep quality and speed in balance.",
    riskWhenWeak: "disconnected",
  },
  process: {
    id: "process",
    name: "Process",
    question: "How work flows, safely and fast",
    blurb: "Fit the workflow to the team, build feedback loops that change things, and give delivery guardrails that speed people up.",
    riskWhenWeak: "chaotic",
  },
  people: {
    id: "people",
    name: "People",
    question: "The team that does it",
    blurb: "Coach and give feedback, hire fairly, build trust and psychological safety, and resolve conflict with empathy and clarity.",
    riskWhenWeak: "mechanical",
  },
  all: {
    id: "all",
    name: "All three",
    question: "Keeping the legs in step",
    blurb: "Integration days check your balance across the three Ps and count toward every pillar.",
  },
};

/**
 * The pillar colours as hex, for email, where CSS custom properties do not work. They match
 * --product/--process/--people (`bar`) and their -ink variants (`text`) in app.css.
 */
export const PILLAR_HEX: Record<Pillar, { bar: string; text: string }> = {
  product: { bar: "#3151c6", text: "#2740a3" },
  process: { bar: "#0d7a5f", text: "#0a624c" },
  people: { bar: "#c4471b", text: "#a33a14" },
};
