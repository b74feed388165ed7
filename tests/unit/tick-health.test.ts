import { tickHealth, type TickRun } from "~/health/tick-health";

const at = (iso: string) => new Date(iso);
const run = (over: Partial<TickRun> = {}): TickRun => ({
  startedAt: at("2026-11-22T07:00:00Z"),
  finishedAt: at("2026-11-22T07:00:02Z"),
  durationMs: 2000,
  queued: 40,
  sent: 40,
  error: null,
  lastOkAt: at("2026-11-22T07:00:02Z"),
  ...over,
});

describe("tickHealth", () => {
  it("is null until a tick has run", () => {
    expect(tickHealth(null, at("2026-11-22T07:00:00Z"), 600)).toBeNull();
  });

  it("reports the last run, on time while it started within the limit", () => {
    const health = tickHealth(run(), at("2026-11-22T07:01:00Z"), 600)!;
    expect(health).toMatchObject({ lastStartedAt: "2026-11-22T07:00:00.000Z", lastFinishedAt: "2026-11-22T07:00:02.000Z", running: false, secondsSinceStart: 60, durationMs: 2000, sent: 40, late: false });
  });

  it("is late once the last start is older than the limit: a stopped scheduler or a lost cron line", () => {
    expect(tickHealth(run(), at("2026-11-22T07:10:00Z"), 600)!.late).toBe(false);
    expect(tickHealth(run(), at("2026-11-22T07:10:01Z"), 600)!.late).toBe(true);
  });

  it("is late when a run has been going for longer than the limit (a hung tick)", () => {
    const hung = run({ finishedAt: null, durationMs: null });
    expect(tickHealth(hung, at("2026-11-22T07:05:00Z"), 600)).toMatchObject({ running: true, late: false });
    expect(tickHealth(hung, at("2026-11-22T07:20:00Z"), 600)).toMatchObject({ running: true, late: true });
  });

  it("keeps a failed run's error and the last good run", () => {
    const failed = run({ startedAt: at("2026-11-22T07:05:00Z"), finishedAt: at("2026-11-22T07:05:01Z"), error: "database is locked", queued: 0, sent: 0 });
    expect(tickHealth(failed, at("2026-11-22T07:06:00Z"), 600)).toMatchObject({ error: "database is locked", lastOkAt: "2026-11-22T07:00:02.000Z", late: false });
  });
});
