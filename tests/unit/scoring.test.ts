import { scoreBalance, type ScoringInput } from "~/balance/scoring";
import { OUTLINE_PILLARS } from "../support/content-fixtures";

const days = OUTLINE_PILLARS.map((pillar, i) => ({ day: i + 1, pillar }));
const statements = (["product", "process", "people"] as const).flatMap((pillar) => [1, 2, 3, 4].map((n) => ({ id: `${pillar}-${n}`, pillar })));
const ratings = (per: Partial<Record<"product" | "process" | "people", number[]>>) =>
  new Map(Object.entries(per).flatMap(([pillar, list]) => list!.map((r, i) => [`${pillar}-${i + 1}`, r] as [string, number])));
const upTo = (n: number) => new Set(Array.from({ length: n }, (_, i) => i + 1));

function input(overrides: Partial<ScoringInput>): ScoringInput {
  return { days, unlocked: 12, completed: new Set(), dayRatings: new Map(), statements, baseline: new Map(), final: new Map(), ...overrides };
}
const scores = (r: ReturnType<typeof scoreBalance>) => r.pillars.map((p) => p.score);

describe("balance scoring", () => {
  it("counts a reverse-worded statement the other way round: 'never' on something to avoid is a 5", () => {
    const reversed = statements.map((s) => (s.id === "product-4" ? { ...s, reverse: true } : s));
    const base = ratings({ product: [4, 4, 4, 1], process: [4, 4, 4, 4], people: [4, 4, 4, 4] });
    const r = scoreBalance(input({ statements: reversed, baseline: base, final: ratings({ product: [4, 4, 4, 3] }) }));
    // product's mean: baseline (4 + 4 + 4 + 5) / 4 = 4.25; final (4 + 4 + 4 + 3) / 4 = 3.75; growth -0.5.
    expect(r.pillars[0]).toMatchObject({ baselineMean: 4.25, finalMean: 3.75, growth: -0.5, confidence: (3.75 - 1) / 4 });
    expect(scoreBalance(input({ baseline: base })).pillars[0]!.baselineMean).toBe(3.25);
  });

  it("nothing done: all scores 0, balance 100, no weakest pillar", () => {
    const r = scoreBalance(input({}));
    expect(scores(r)).toEqual([0, 0, 0]);
    expect(r.balance).toBe(100);
    expect(r.diagnosis).toEqual({ kind: "balanced" });
    expect(r.pillars.every((p) => p.confidence === null && p.growth === null)).toBe(true);
  });

  it("one pillar only: product's days done, nothing else", () => {
    // Days 1-12: product 2,5,9,12; integration 1,7 count for every pillar.
    // product: 4 of 6 -> engagement 0.667 -> score round(33.3) = 33; process and people 0.
    const r = scoreBalance(input({ completed: new Set([2, 5, 9, 12]) }));
    expect(scores(r)).toEqual([33, 0, 0]);
    expect(r.balance).toBe(0);
    expect(r.diagnosis).toEqual({ kind: "weak", pillar: "process", risk: "chaotic", revisit: [3, 6, 10] });
  });

  it("all equal: balance 100 and no weakest pillar", () => {
    // Everything done (engagement 1) and every statement rated 3 (confidence 0.5): 75 each.
    const r = scoreBalance(input({ completed: upTo(12), baseline: ratings({ product: [3, 3, 3, 3], process: [3, 3, 3, 3], people: [3, 3, 3, 3] }) }));
    expect(scores(r)).toEqual([75, 75, 75]);
    expect(r.balance).toBe(100);
    expect(r.diagnosis).toEqual({ kind: "balanced" });
  });

  it("missing final: confidence from the baseline, no growth", () => {
    // Engagement 1 everywhere. Baseline means: product 2 (0.25), process 4 (0.75), people 3 (0.5).
    // Scores: 62.5 -> 63, 87.5 -> 88, 75. Balance round(100 x 63 / 88) = 72.
    const r = scoreBalance(input({ completed: upTo(12), baseline: ratings({ product: [2, 2, 2, 2], process: [4, 4, 4, 4], people: [3, 3, 3, 3] }) }));
    expect(scores(r)).toEqual([63, 88, 75]);
    expect(r.balance).toBe(72);
    expect(r.pillars.map((p) => p.growth)).toEqual([null, null, null]);
    expect(r.diagnosis).toMatchObject({ kind: "weak", pillar: "product", risk: "disconnected" });
  });

  it("missing baseline: the final counts for confidence, still no growth", () => {
    const r = scoreBalance(input({ unlocked: 30, completed: upTo(30), final: ratings({ product: [5, 5, 5, 5], process: [5, 5, 5, 5], people: [1, 1, 1, 1] }) }));
    // product and process 100; people: engagement 1, confidence 0 -> 50.
    expect(scores(r)).toEqual([100, 100, 50]);
    expect(r.balance).toBe(50);
    expect(r.pillars.map((p) => p.growth)).toEqual([null, null, null]);
    expect(r.diagnosis).toMatchObject({ kind: "weak", pillar: "people", risk: "mechanical" });
  });

  it("growth per pillar is final minus baseline, and the latest answer wins", () => {
    const r = scoreBalance(
      input({
        unlocked: 30,
        completed: upTo(30),
        baseline: ratings({ product: [2, 2, 2, 3], process: [3, 3, 3, 3], people: [4, 4, 4, 4] }),
        final: ratings({ product: [4, 4, 4, 4], process: [3, 3, 3, 3], people: [3, 3, 4, 4] }),
      }),
    );
    expect(r.pillars.map((p) => p.growth)).toEqual([1.75, 0, -0.5]);
    // Confidence from the final: product 0.75 -> 88, process 0.5 -> 75, people 3.5 -> 0.625 -> 81.
    expect(scores(r)).toEqual([88, 75, 81]);
  });

  it("rounds halves up as a person would, despite binary floating point", () => {
    // 100 x (0.5 x 0.4 + 0.5 x 0.75) is 57.5 exactly on paper, 57.49999999999999 in floating point.
    const r = scoreBalance(input({ completed: new Set([1, 3]), baseline: ratings({ process: [4, 4, 4, 4] }) }));
    expect(r.pillars[1]!.score).toBe(58);
  });

  it("integration days count toward all three pillars", () => {
    // Only days 1 and 7 done: product 2/6 -> 17, process 2/5 -> 20, people 2/5 -> 20.
    const r = scoreBalance(input({ completed: new Set([1, 7]) }));
    expect(r.pillars.map((p) => [p.completed, p.unlocked])).toEqual([[2, 6], [2, 5], [2, 5]]);
    expect(scores(r)).toEqual([17, 20, 20]);
    expect(r.balance).toBe(85);
  });

  it("points to unfinished days of the weakest pillar first, then its lowest-rated ones", () => {
    // All 30 open; product weakest. Product days: 2,5,9,12,16,19,23,26. Unfinished: 16 and 23.
    const completed = new Set([...upTo(30)].filter((d) => d !== 16 && d !== 23));
    const r = scoreBalance(input({ unlocked: 30, completed, dayRatings: new Map([[2, 5], [5, 1], [9, 4], [12, 2], [19, 5], [26, 3]]), baseline: ratings({ product: [1, 1, 1, 1], process: [4, 4, 4, 4], people: [4, 4, 4, 4] }) }));
    expect(r.diagnosis).toEqual({ kind: "weak", pillar: "product", risk: "disconnected", revisit: [5, 12, 16, 23] });
  });
});
