/**
 * The email tick loads its facts a page at a time (one cohort, at most PAGE enrollments), so
 * its memory and its event-loop holds do not grow with the enrollments in flight; and paging
 * changes nothing that is queued. Across a mix of cohorts (running in several zones, finished
 * with reports due, starting tomorrow east of UTC, starting next week) and people (on track,
 * behind, daily emails off, unsubscribed, done with day 30), what one tick queues is exactly what
 * the planner plans from all facts loaded at once.
 */
import { eq, inArray } from "drizzle-orm";
import { cohorts, dayProgress, emailOutbox, enrollments, users } from "../../db/schema";
import { loadNudgeFacts, nudgeCohorts } from "~/nudges/facts.server";
import { nudgeKey, planNudges } from "~/nudges/planner";
import { PAGE, planAndQueue } from "~/nudges/tick.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

const APP = "http://localhost:3000";
const JOINED = new Date("2026-09-01T00:00:00Z");

type Spec = { slug: string; startsOn: string; timeZone: string; schedule?: "daily" | "weekdays"; people: number; doneUpTo: (i: number) => number; dailyOff?: (i: number) => boolean };

function seed(spec: Spec): number {
  const cohort = t.db.insert(cohorts).values({ slug: spec.slug, title: spec.slug, startsOn: spec.startsOn, timeZone: spec.timeZone, schedule: spec.schedule ?? "daily", sendHour: 7, capacity: 5000 }).returning().get();
  t.db.transaction(() => {
    for (let i = 0; i < spec.people; i++) {
      const user = t.db
        .insert(users)
        .values({
          email: `${i}@${spec.slug}.example.org`,
          name: `P ${i}`,
          role: "participant",
          dailyEmails: !(spec.dailyOff?.(i) ?? false),
          unsubscribedAt: i % 20 === 7 ? JOINED : null,
          timeZone: i % 9 === 4 ? "Asia/Kolkata" : null,
          sendHour: i % 9 === 4 ? 9 : null,
        })
        .returning({ id: users.id })
        .get();
      const enrollment = t.db.insert(enrollments).values({ cohortId: cohort.id, userId: user.id, status: i % 31 === 3 ? "withdrawn" : "active", createdAt: JOINED }).returning({ id: enrollments.id }).get();
      const done = spec.doneUpTo(i);
      if (done > 0)
        t.db
          .insert(dayProgress)
          .values(Array.from({ length: done }, (_, d) => ({ enrollmentId: enrollment.id, day: d + 1, exerciseAnswer: "an answer ".repeat(30), completedAt: JOINED, updatedAt: JOINED })))
          .run();
    }
  });
  return cohort.id;
}

/** The most rows any one statement returned while `run` ran. */
async function peakRows<T>(run: () => Promise<T>): Promise<{ result: T; peak: number }> {
  const client = t.db.$client;
  const prepare = client.prepare;
  let peak = 0;
  client.prepare = ((source: string) => {
    const statement = prepare.call(client, source);
    const all = statement.all;
    statement.all = ((...params: unknown[]) => {
      const rows = all.apply(statement, params as never) as unknown[];
      peak = Math.max(peak, rows.length);
      return rows;
    }) as typeof all;
    return statement;
  }) as typeof prepare;
  try {
    return { result: await run(), peak };
  } finally {
    client.prepare = prepare;
  }
}

const keysSince = (id: number) =>
  t.db
    .select({ id: emailOutbox.id, key: emailOutbox.idempotencyKey })
    .from(emailOutbox)
    .where(inArray(emailOutbox.kind, ["daily", "congrats", "report"]))
    .all()
    .filter((r) => r.id > id)
    .map((r) => r.key)
    .sort();
const lastId = () => Math.max(0, ...t.db.select({ id: emailOutbox.id }).from(emailOutbox).all().map((r) => r.id));

describe("the email tick, a page at a time", () => {
  it("queues what planning all facts at once would, while no statement returns more than a page's rows", async () => {
    // 18 November 2026, 12:30 UTC: 07:00 in New York has passed (day 18 of a cohort that started on the 1st).
    const running = seed({ slug: "ny", startsOn: "2026-11-01", timeZone: "America/New_York", people: 1300, doneUpTo: (i) => i % 18, dailyOff: (i) => i % 7 !== 0 });
    seed({ slug: "berlin", startsOn: "2026-11-05", timeZone: "Europe/Berlin", schedule: "weekdays", people: 1300, doneUpTo: (i) => i % 10, dailyOff: (i) => i % 7 !== 1 });
    seed({ slug: "finished", startsOn: "2026-10-01", timeZone: "UTC", people: 120, doneUpTo: (i) => (i % 4 === 0 ? 30 : i % 25) });
    seed({ slug: "kiritimati", startsOn: "2026-11-19", timeZone: "Pacific/Kiritimati", people: 150, doneUpTo: () => 0, dailyOff: (i) => i % 3 === 0 });
    const nextWeek = seed({ slug: "next-week", startsOn: "2026-11-25", timeZone: "Pacific/Kiritimati", people: 150, doneUpTo: () => 0 });
    const early = seed({ slug: "early-finisher", startsOn: "2026-11-25", timeZone: "UTC", people: 3, doneUpTo: (i) => (i === 1 ? 30 : 0) });

    const noon = new Date("2026-11-18T12:30:00Z");
    // A cohort that starts after tomorrow is left out, unless a congratulation is possible there.
    const listed = nudgeCohorts(t.db, noon);
    expect(listed).not.toContain(nextWeek);
    expect(listed).toContain(early);
    expect(listed).toContain(running);

    // 18:00 UTC is 08:00 on the 19th in Kiritimati (UTC+14): day 1 there is due. Then the next mornings.
    const instants = [noon, new Date("2026-11-18T18:00:00Z"), new Date("2026-11-19T12:30:00Z"), new Date("2026-12-01T12:30:00Z")];
    const totals = { daily: 0, "catch-up": 0, congrats: 0, report: 0 };
    for (const now of instants) {
      // The reference: every enrollment's facts in one go, planned at once.
      const reference = planNudges(loadNudgeFacts(t.db, now).facts, now).map(nudgeKey).sort();
      const before = lastId();
      const { result, peak } = await peakRows(() => planAndQueue(t.db, now, APP));
      expect(keysSince(before)).toEqual(reference);
      expect(result.queued).toBe(reference.length);
      // One statement at most returns a page's completed days (30 a person), never all of them.
      expect(peak).toBeLessThanOrEqual(PAGE * 30);
      expect(peak).toBeGreaterThan(0);
      for (const kind of Object.keys(totals) as (keyof typeof totals)[]) totals[kind] += result.planned[kind];
    }
    expect(totals.daily).toBeGreaterThan(20);
    expect(totals["catch-up"]).toBeGreaterThan(100);
    expect(totals.congrats).toBeGreaterThan(10);
    expect(totals.report).toBeGreaterThan(50);
    // Nothing for anyone unsubscribed, nothing for the withdrawn.
    const sentTo = t.db.select({ unsubscribedAt: users.unsubscribedAt, status: enrollments.status }).from(emailOutbox).innerJoin(enrollments, eq(enrollments.id, emailOutbox.enrollmentId)).innerJoin(users, eq(users.id, enrollments.userId)).all();
    expect(sentTo.every((r) => r.unsubscribedAt === null && r.status === "active")).toBe(true);
  }, 120_000);

  it("does not load people who unsubscribed from all course email: nothing can go to them", () => {
    seed({ slug: "ny", startsOn: "2026-10-01", timeZone: "America/New_York", people: 40, doneUpTo: (i) => i % 30 });
    const facts = loadNudgeFacts(t.db, new Date("2026-11-18T12:30:00Z")).facts;
    expect(facts.length).toBeGreaterThan(30);
    expect(facts.some((f) => f.unsubscribed)).toBe(false);
  });
});
