/**
 * ADR 0016: a sent or cancelled email keeps its words for EMAIL_BODY_DAYS (30), then the tick
 * blanks them. The row stays, so its key still stops the same email being queued again; what
 * may still go (pending, sending, failed, which an operator can requeue) keeps its words.
 */
import { eq } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { emailOutbox } from "../../db/schema";
import { deliverDue } from "~/email/deliver.server";
import { requeueFailed } from "~/email/operator.server";
import { enqueueEmail } from "~/email/outbox.server";
import { bodiesDue, bodyCutoff, pruneEmailBodies } from "~/email/retention.server";
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

const DAY = 86_400_000;
const NOW = new Date("2026-11-21T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

/** One email per status, queued `age` days before NOW, each with words and a header. */
function queue(age: number, status: "pending" | "sending" | "sent" | "failed" | "cancelled", key = `${status}/${age}`): number {
  const { id } = enqueueEmail(t.db, { key, kind: "test", to: "ada@example.org", subject: `Subject ${key}`, html: `<p>Words of ${key}</p>`, text: `Words of ${key}`, headers: { "List-Unsubscribe": "<https://x/u/1>" } }, daysAgo(age));
  t.db.update(emailOutbox).set({ status, sentAt: status === "sent" ? daysAgo(age) : null }).where(eq(emailOutbox.id, id)).run();
  return id;
}
const row = (id: number) => t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).get()!;

describe("email retention", () => {
  it("blanks the words of sent and cancelled email older than 30 days, and keeps everything else", async () => {
    const old = { sent: queue(31, "sent"), cancelled: queue(45, "cancelled"), failed: queue(40, "failed"), pending: queue(35, "pending"), sending: queue(33, "sending") };
    const recent = { sent: queue(29, "sent"), cancelled: queue(2, "cancelled") };

    expect(await pruneEmailBodies(t.db, NOW, { keepDays: 30 })).toBe(2);

    for (const id of [old.sent, old.cancelled]) {
      const r = row(id);
      expect(r).toMatchObject({ html: "", text: "" });
      // What stays: the key, the state, the dates, the subject and headers.
      expect(r.idempotencyKey).toMatch(/^(sent|cancelled)\//);
      expect(r.subject).toMatch(/^Subject /);
      expect(r.headers).toEqual({ "List-Unsubscribe": "<https://x/u/1>" });
    }
    expect(row(old.sent).sentAt).toEqual(daysAgo(31));
    for (const id of [old.failed, old.pending, old.sending, recent.sent, recent.cancelled]) expect(row(id).text).toMatch(/^Words of /);
    // Nothing left to do: a second run blanks nothing.
    expect(await pruneEmailBodies(t.db, NOW, { keepDays: 30 })).toBe(0);
  });

  it("keeps the key: the same email is not queued again once its words are gone", async () => {
    const id = queue(60, "sent", "daily/7/12");
    await pruneEmailBodies(t.db, NOW, { keepDays: 30 });
    expect(enqueueEmail(t.db, { key: "daily/7/12", kind: "test", to: "ada@example.org", subject: "again", html: "<p>again</p>", text: "again" }, NOW)).toEqual({ id, created: false });
  });

  it("sends a failed email an operator requeues after 30 days with its words", async () => {
    const id = queue(40, "failed");
    await pruneEmailBodies(t.db, NOW, { keepDays: 30 });
    expect(requeueFailed(t.db, NOW, [id])).toBe(1);
    await deliverDue(t.db, localOutboxTransport(), () => NOW);
    expect(row(id)).toMatchObject({ status: "sent", text: "Words of failed/40" });
  });

  it("works through a backlog a share per call, oldest first", async () => {
    const ids = Array.from({ length: 12 }, (_, i) => queue(100 - i, "sent", `backlog/${i}`));
    expect(await pruneEmailBodies(t.db, NOW, { keepDays: 30, max: 5 })).toBe(5);
    expect(ids.map((id) => row(id).text === "")).toEqual([...Array(5).fill(true), ...Array(7).fill(false)]);
    expect(await pruneEmailBodies(t.db, NOW, { keepDays: 30, max: 5 })).toBe(5);
    expect(await pruneEmailBodies(t.db, NOW, { keepDays: 30, max: 5 })).toBe(2);
  });

  it("finds what to blank through its partial index, not by reading every email", () => {
    const query = new SQLiteSyncDialect().sqlToQuery(bodiesDue(bodyCutoff(NOW, 30), 500));
    const plan = t.db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.params as number[])) as { detail: string }[];
    expect(plan.map((p) => p.detail).join("; ")).toMatch(/SEARCH email_outbox USING INDEX email_outbox_body_kept_idx \(created_at<\?\)$/);
  });

  it("runs in every tick with the configured days, and the tick says so", async () => {
    useClock(() => NOW);
    const id = queue(31, "sent");
    const report = await runTick(t.db, localOutboxTransport(), () => NOW, "https://tripod.example");
    expect(report.pruned).toBe(1);
    expect(row(id).text).toBe("");
  });
});
