/**
 * Restoring an older backup with `npm run db:restore` sends no email twice and, with the
 * operator's check against the provider's log, loses none (ADR 0015). Real SQLite files,
 * the real CLIs, the Resend SDK against the fake provider, which honours Idempotency-Key.
 */
import fs from "node:fs";
import path from "node:path";
import { cohorts, emailOutbox } from "../../db/schema";
import { openDatabase } from "../../db/client";
import { useDatabase } from "~/db.server";
import { deliverDue } from "~/email/deliver.server";
import { resendTransport } from "~/email/transport.server";
import { planAndQueue, runTick } from "~/nudges/tick.server";
import { runCli } from "../support/cli-run";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { createUser, enrollUser } from "../support/fixtures";

vi.setConfig({ testTimeout: 90_000 });

const APP = "http://localhost:3000";
const PEOPLE = 180;
const DAY1_7AM = new Date("2026-11-21T12:00:00Z"); // day 1 of a New York cohort, 07:00 local
const at = (minutes: number) => new Date(DAY1_7AM.getTime() + minutes * 60_000);

let t: TestDatabase;
let fake: FakeResend;
beforeEach(async () => {
  t = freshDatabase();
  fake = await startFakeResend();
  const cohort = t.db.insert(cohorts).values({ slug: "winter", title: "Winter", startsOn: "2026-11-21", timeZone: "America/New_York", sendHour: 7 }).returning().get();
  for (let i = 0; i < PEOPLE; i++) enrollUser(t.db, cohort.id, createUser(t.db, `p${i}@example.org`, "participant", `Person ${i}`).id);
});
afterEach(async () => {
  await fake.close();
  removeDatabase(t);
});

const transport = () => resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
const cli = (script: string, args: string[], now: Date) => {
  const run = runCli(script, args, { DATABASE_URL: t.file, APP_NOW: now.toISOString() });
  expect(run.status, `${script}: ${run.stderr}`).toBe(0);
  return run.stdout;
};
/** The server's disk is lost: the connection dies with it, the files are gone. */
function loseTheDatabase() {
  t.db.$client.close();
  for (const f of [t.file, `${t.file}-wal`, `${t.file}-shm`]) fs.rmSync(f, { force: true });
}
function reopen() {
  const db = openDatabase(t.file);
  useDatabase(db);
  t = { ...t, db };
}
/** How many times the provider delivered to each participant; every one must be exactly 1. */
function deliveriesPerPerson(): number[] {
  const counts = new Map<string, number>();
  for (const a of fake.accepted) counts.set(a.to[0]!, (counts.get(a.to[0]!) ?? 0) + 1);
  return Array.from({ length: PEOPLE }, (_, i) => counts.get(`p${i}@example.org`) ?? 0);
}

describe("restoring an older backup", () => {
  it("does not send again what went out after the backup was taken", async () => {
    await planAndQueue(t.db, at(0), APP);
    expect((await deliverDue(t.db, transport(), () => at(0), { maxBatches: 1 })).sent).toBe(100);
    const backup = path.join(t.dir, "backup.db");
    cli("db-backup", [backup], at(0));
    // After the backup: the rest of the morning goes out, then the disk is lost.
    expect((await deliverDue(t.db, transport(), () => at(1))).sent).toBe(PEOPLE - 100);
    loseTheDatabase();

    const restored = cli("db-restore", [backup], at(5));
    expect(restored).toContain(`Outbox: ${PEOPLE - 100} email(s) held`);
    reopen();
    for (const minute of [6, 7, 60]) await runTick(t.db, transport(), () => at(minute), APP);
    expect(deliveriesPerPerson()).toEqual(Array(PEOPLE).fill(1));
    expect(fake.accepted).toHaveLength(PEOPLE);
    const status = cli("emails-status", [], at(61));
    expect(status).toMatch(new RegExp(`sent 100, failed ${PEOPLE - 100}`));
    expect(status).toContain("held at restore from a backup");
  });

  it("holds the morning planned again after a backup from before it, and the operator sends only what the provider never got", async () => {
    const backup = path.join(t.dir, "backup.db");
    cli("db-backup", [backup], at(-60));
    // 07:00: the morning is planned; only one batch goes before the disk is lost.
    await planAndQueue(t.db, at(0), APP);
    expect((await deliverDue(t.db, transport(), () => at(0), { maxBatches: 1 })).sent).toBe(100);
    loseTheDatabase();

    const restored = cli("db-restore", [backup], at(5));
    expect(restored).toContain(`Outbox: ${PEOPLE} email(s) held: each may have gone out after the backup was taken (${PEOPLE} of them planned again now)`);
    reopen();
    await runTick(t.db, transport(), () => at(6), APP);
    expect(fake.accepted).toHaveLength(100);

    // The operator's check: held emails the provider's log does not show go again.
    const delivered = new Set(fake.accepted.map((a) => a.to[0]));
    const notDelivered = t.db.select().from(emailOutbox).all().filter((r) => r.status === "failed" && !delivered.has(r.toAddress));
    expect(notDelivered).toHaveLength(PEOPLE - 100);
    expect(cli("emails-retry", notDelivered.flatMap((r) => ["--id", String(r.id)]), at(10))).toMatch(new RegExp(`^requeued ${PEOPLE - 100} emails`));
    for (const minute of [11, 12, 60]) await runTick(t.db, transport(), () => at(minute), APP);
    expect(deliveriesPerPerson()).toEqual(Array(PEOPLE).fill(1));
  });

  it("with --send-queued, sends the queued email as the backup left it (for a backup nothing was sent after)", async () => {
    await planAndQueue(t.db, at(0), APP);
    const backup = path.join(t.dir, "backup.db");
    cli("db-backup", [backup], at(0));
    loseTheDatabase();
    expect(cli("db-restore", [backup, "--send-queued"], at(1))).toContain("--send-queued: queued email goes as it stands");
    reopen();
    await runTick(t.db, transport(), () => at(2), APP);
    expect(deliveriesPerPerson()).toEqual(Array(PEOPLE).fill(1));
  });
});
