import { describeTick, type TickReport } from "~/nudges/tick.server";
import { parseTickSummary } from "../bench/tick-cli";

const report = (pruned: number): TickReport => ({
  planned: { daily: 3, "catch-up": 1, congrats: 0, report: 0 },
  queued: 4,
  skipped: 0,
  delivery: { batches: 1, sent: 4, retrying: 0, failed: 0, rateLimitedMs: 0, ms: 12 },
  pruned,
  ms: 40,
});
const at = new Date("2026-11-21T12:00:00Z");

describe("the tick's log line", () => {
  it("says how many emails lost their words, in the singular for one, and only when some did", () => {
    expect(describeTick(at, report(0))).not.toMatch(/blanked/);
    expect(describeTick(at, report(1))).toMatch(/; blanked the words of 1 email past their retention$/);
    expect(describeTick(at, report(250))).toMatch(/; blanked the words of 250 emails past their retention$/);
  });

  it("stays readable by the benchmarks' parser with or without that part", () => {
    for (const pruned of [0, 7]) expect(parseTickSummary(describeTick(at, report(pruned)))).toEqual({ planned: 4, daily: 3, catchUp: 1, queued: 4, delivered: 4, retrying: 0, failed: 0, ms: 40, deliveryMs: 12 });
  });
});
