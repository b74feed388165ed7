import { loader } from "~/routes/healthz";
import { closeDb } from "~/db.server";
import { localOutboxTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { useClock } from "~/time/clock.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => {
  useClock(undefined);
  removeDatabase(t);
});

const APP = "http://localhost:3000";
const at = (iso: string) => new Date(iso);
async function healthAt(iso: string) {
  useClock(() => at(iso));
  return (await (await loader()).json()) as { status: string; tick: null | Record<string, unknown> };
}

describe("GET /healthz", () => {
  it("answers 200 with a database round-trip", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true } });
    expect(typeof body.database.roundTripMs).toBe("number");
  });

  it("answers 503 when the database cannot be reached", async () => {
    t.db.$client.close();
    const response = await loader();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: { ok: false } });
    closeDb();
  });

  it("reports the email tick's last run, whichever process ran it, and says degraded when it stops", async () => {
    expect(await healthAt("2026-11-22T07:00:30Z")).toMatchObject({ status: "ok", tick: null });
    await runTick(t.db, localOutboxTransport(), () => at("2026-11-22T07:00:00Z"), APP);
    expect(await healthAt("2026-11-22T07:00:30Z")).toMatchObject({
      status: "ok",
      tick: { lastStartedAt: "2026-11-22T07:00:00.000Z", lastFinishedAt: "2026-11-22T07:00:00.000Z", running: false, secondsSinceStart: 30, error: null, late: false, lagLimitSeconds: 600 },
    });
    // Nobody ran it for eleven minutes: the scheduler stopped, or the cron line was lost.
    expect(await healthAt("2026-11-22T07:11:00Z")).toMatchObject({ status: "degraded", tick: { late: true } });
    await runTick(t.db, localOutboxTransport(), () => at("2026-11-22T07:11:00Z"), APP);
    expect(await healthAt("2026-11-22T07:11:05Z")).toMatchObject({ status: "ok", tick: { late: false } });
  });

  it("keeps a failed tick's error and when the last good one finished", async () => {
    await runTick(t.db, localOutboxTransport(), () => at("2026-11-22T07:00:00Z"), APP);
    t.db.$client.exec("DROP TABLE live_sessions"); // a part of the tick fails
    await expect(runTick(t.db, localOutboxTransport(), () => at("2026-11-22T07:01:00Z"), APP)).rejects.toThrow();
    const health = await healthAt("2026-11-22T07:01:10Z");
    expect(health.tick).toMatchObject({ lastStartedAt: "2026-11-22T07:01:00.000Z", error: expect.stringMatching(/live_sessions/), lastOkAt: "2026-11-22T07:00:00.000Z" });
  });
});
