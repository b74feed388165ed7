import fs from "node:fs";
import path from "node:path";
import { emailOutbox } from "../../db/schema";
import { openDatabase } from "../../db/client";
import { useDatabase } from "~/db.server";
import { deliverDue } from "~/email/deliver.server";
import { enqueueEmail } from "~/email/outbox.server";
import { resendTransport } from "~/email/transport.server";
import type { TestDatabase } from "../support/db";
import type { FakeResend } from "../support/fake-resend";
import { useDatabaseAndFakeResend } from "../support/mail-env";

let t: TestDatabase;
let fake: FakeResend;
useDatabaseAndFakeResend((db, f) => ([t, fake] = [db, f]));

const email = (to: string, subject = "Hello") => ({ from: "Tripod <course@tripod.example>", to, subject, html: `<p>${subject}</p>`, text: subject, headers: {} });
const transport = (overrides: { apiKey?: string; timeoutMs?: number } = {}) => resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url, ...overrides });

/** The instant the pinned-clock tests stand on: rows are queued and delivered on this one clock. */
const T0 = new Date("2026-11-21T12:00:00Z");

function enqueue(count: number, now: Date) {
  for (let i = 0; i < count; i++) {
    enqueueEmail(t.db, { key: `test/${i}`, kind: "test", to: `person${i}@example.com`, subject: `Email ${i}`, html: `<p>${i}</p>`, text: `${i}` }, now);
  }
}

describe("the resend transport, with the real SDK against the fake", () => {
  it("sends a batch and returns the provider's id for each email", async () => {
    const result = await transport().sendBatch([email("a@example.com"), email("b@example.com")], "k1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect(fake.accepted.map((a) => a.to[0])).toEqual(["a@example.com", "b@example.com"]);
    expect(fake.requests[0]).toMatchObject({ path: "/emails/batch", idempotencyKey: "k1", count: 2 });
  });

  it("refuses one bad address without failing the rest of the batch", async () => {
    const result = await transport().sendBatch([email("a@example.com"), email("not an address"), email("c@example.com")], "k2");
    expect(result.ok && result.outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(fake.accepted).toHaveLength(2);
  });

  it("classifies the provider's answers: bad key never, 5xx transient, 429 rate-limited, timeout transient", async () => {
    expect(await transport({ apiKey: "re_wrong" }).sendBatch([email("a@example.com")], "k3")).toMatchObject({ ok: false, retry: "never" });
    fake.faults.serverErrorRate = 1;
    expect(await transport().sendBatch([email("a@example.com")], "k4")).toMatchObject({ ok: false, retry: "transient" });
    fake.faults.serverErrorRate = 0;
    fake.faults.rateLimitBurst = { count: 1, retryAfterSeconds: 2 };
    expect(await transport().sendBatch([email("a@example.com")], "k5")).toMatchObject({ ok: false, retry: "rate-limited", retryAfterMs: 2000 });
    fake.faults.latencyMs = 300;
    expect(await transport({ timeoutMs: 50 }).sendBatch([email("a@example.com")], "k6")).toMatchObject({ ok: false, retry: "transient" });
  });

  it("is deduplicated by the fake when the same batch is sent again under its key", async () => {
    await transport().sendBatch([email("a@example.com")], "same-key");
    await transport().sendBatch([email("a@example.com")], "same-key");
    expect(fake.accepted).toHaveLength(1);
  });
});

describe("delivering the outbox through Resend", () => {
  it("sends every row exactly once despite 20% server errors, in batches of at most 100", async () => {
    enqueue(1500, T0);
    fake.faults.serverErrorRate = 0.2;
    let clock = T0;
    for (let round = 0; round < 40; round++) {
      await deliverDue(t.db, transport(), () => clock);
      clock = new Date(clock.getTime() + 60 * 60_000);
    }
    const rows = t.db.select().from(emailOutbox).all();
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    expect(fake.accepted).toHaveLength(1500);
    expect(new Set(fake.accepted.map((a) => a.to[0])).size).toBe(1500);
    expect(Math.max(...fake.requests.map((r) => r.count))).toBeLessThanOrEqual(100);
    // The faults really happened: some requests failed and their batches were sent again.
    expect(fake.requests.filter((r) => r.status === 500).length).toBeGreaterThanOrEqual(2);
  });

  it("never duplicates when the provider accepted a batch but the answer was lost", async () => {
    enqueue(30, T0);
    fake.faults.acceptThenFailRate = 1;
    let clock = T0;
    await deliverDue(t.db, transport(), () => clock);
    fake.faults.acceptThenFailRate = 0;
    clock = new Date(clock.getTime() + 60 * 60_000);
    await deliverDue(t.db, transport(), () => clock);
    expect(fake.accepted).toHaveLength(30);
    expect(t.db.select().from(emailOutbox).all().every((r) => r.status === "sent")).toBe(true);
  });

  it("after a restore from backup reuses row ids, new email is still delivered (batch keys are never reused)", async () => {
    // A backup taken before anything was queued.
    t.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const backup = path.join(t.dir, "backup.db");
    fs.copyFileSync(t.file, backup);
    enqueue(30, T0);
    await deliverDue(t.db, transport(), () => T0);
    expect(fake.accepted).toHaveLength(30);

    // Restore: the database goes back to the backup; the next emails get the same row ids.
    t.db.$client.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${t.file}${suffix}`, { force: true });
    fs.copyFileSync(backup, t.file);
    t.db = openDatabase(t.file);
    useDatabase(t.db);
    const later = new Date(T0.getTime() + 86_400_000);
    for (let i = 0; i < 30; i++) enqueueEmail(t.db, { key: `next-day/${i}`, kind: "test", to: `person${i}@example.com`, subject: `Next day ${i}`, html: `<p>next ${i}</p>`, text: `next ${i}` }, later);
    expect(t.db.select().from(emailOutbox).all().map((r) => r.id)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    await deliverDue(t.db, transport(), () => later);

    expect(fake.accepted).toHaveLength(60);
    expect(fake.accepted.filter((a) => a.subject.startsWith("Next day"))).toHaveLength(30);
    expect(t.db.select().from(emailOutbox).all().every((r) => r.status === "sent")).toBe(true);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(fake.requests.length);
  });

  it("paces itself to the provider's rate limit instead of running into 429s", async () => {
    enqueue(2000, new Date());
    fake.faults.maxRequestsPerSecond = 5;
    const started = performance.now();
    const report = await deliverDue(t.db, transport(), () => new Date(), { requestsPerSecond: 5 });
    const seconds = (performance.now() - started) / 1000;
    expect(report.sent).toBe(2000);
    // Unpaced, every request after the fifth in a second is refused. Paced, a 429 is at most
    // the odd one where network jitter (a cold first connection) bunches two arrivals.
    expect(fake.requests.filter((r) => r.status === 429).length).toBeLessThanOrEqual(1);
    // Twenty batches at five a second: at most a little over the ideal 3.8 s.
    expect(seconds).toBeLessThan(5);
  });

  it("waits for retry-after on a 429 and then sends the same batch", async () => {
    enqueue(5, new Date());
    fake.faults.rateLimitBurst = { count: 2, retryAfterSeconds: 1 };
    const slept: number[] = [];
    const report = await deliverDue(t.db, transport(), () => new Date(Date.now() + slept.reduce((a, b) => a + b, 0)), {
      sleep: async (ms) => void slept.push(ms),
    });
    expect(slept).toEqual([1000, 1000]);
    expect(report.sent).toBe(5);
    expect(fake.accepted).toHaveLength(5);
  });

  it("records a refused email as a permanent failure and does not retry it", async () => {
    enqueueEmail(t.db, { key: "bad", kind: "test", to: "not an address", subject: "x", html: "x", text: "x" }, new Date());
    const clock = () => new Date();
    const first = await deliverDue(t.db, transport(), clock);
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    const row = t.db.select().from(emailOutbox).get()!;
    expect(row.status).toBe("failed");
    expect(row.lastError).toBe("Invalid `to` field.");
    expect((await deliverDue(t.db, transport(), clock)).batches).toBe(0);
  });

  it("sends each email once when two deliverers run at the same time", async () => {
    enqueue(120, new Date());
    fake.faults.latencyMs = 30;
    const clock = () => new Date();
    await Promise.all([deliverDue(t.db, transport(), clock), deliverDue(t.db, transport(), clock)]);
    expect(fake.accepted).toHaveLength(120);
  });
});
