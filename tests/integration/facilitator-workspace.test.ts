import { eq } from "drizzle-orm";
import { cohorts, dayProgress, emailOutbox, feedback, users } from "../../db/schema";
import type { Db } from "../../db/client";
import { settleDeliveries } from "~/email/send.server";
import { localOutboxTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { useClock } from "~/time/clock.server";
import { loader as gridLoader } from "~/routes/facilitate.cohorts.$slug._index";
import { loader as facilitateLoader } from "~/routes/facilitate._index";
import { action as detailAction, loader as detailLoader } from "~/routes/facilitate.cohorts.$slug.people.$enrollmentId";
import { loader as csvLoader } from "~/routes/facilitate.cohorts.$slug.export[.]csv";
import { loader as reportLoader } from "~/routes/facilitate.cohorts.$slug.report";
import { loader as dayLoader } from "~/routes/learn.$enrollmentId.days.$day";
import { countStatements, freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { cohortGrid } from "~/facilitation/cohort-view.server";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
const NOW = new Date("2026-11-21T20:00:00Z"); // day 12 of a cohort that started 10 November (New York)
beforeEach(() => {
  t = freshDatabase();
  useClock(() => NOW);
});
afterEach(async () => {
  await settleDeliveries();
  useClock(undefined);
  removeDatabase(t);
});

const SECRET = "SECRET-PRIVATE-REFLECTION-7731";
const SHARED = "Shared answer: mapped our review queue";
const DRAFT = "DRAFT-NOT-YET-SHARED-4410";

function setup() {
  const fac = createUser(t.db, "fac@example.com", "facilitator", "Morgan Ellis");
  const cohort = createCohort(t.db, "spring", fac.id);
  const dana = createUser(t.db, "dana@example.com", "participant", "Dana Whitfield");
  const enrollment = enrollUser(t.db, cohort.id, dana.id);
  const at = new Date("2026-11-12T15:00:00Z");
  t.db.insert(dayProgress)
    .values([
      { enrollmentId: enrollment.id, day: 1, exerciseAnswer: SHARED, reflection: "Visible reflection", rating: 4, completedAt: at, updatedAt: at },
      { enrollmentId: enrollment.id, day: 2, exerciseAnswer: SECRET, reflection: SECRET, rating: 2, visibility: "self", completedAt: at, updatedAt: at },
      // A draft, not private: still its author's alone until the day is complete.
      { enrollmentId: enrollment.id, day: 3, exerciseAnswer: DRAFT, reflection: DRAFT, rating: 5, completedAt: null, updatedAt: at },
    ])
    .run();
  return { fac, cohort, dana, enrollment, cookie: signedInCookie(t.db, fac.id) };
}

describe("who may see a cohort's workspace", () => {
  it("refuses an anonymous visitor, a participant and another cohort's facilitator on every URL, the CSV included", async () => {
    const { enrollment } = setup();
    const participant = signedInCookie(t.db, createUser(t.db, "p@example.com").id);
    const other = createUser(t.db, "other@example.com", "facilitator");
    createCohort(t.db, "elsewhere", other.id);
    const otherCookie = signedInCookie(t.db, other.id);
    const e = String(enrollment.id);
    const calls = [
      (cookie?: string) => run(gridLoader, getRequest("/facilitate/cohorts/spring", { cookie }), { slug: "spring" }),
      (cookie?: string) => run(detailLoader, getRequest(`/facilitate/cohorts/spring/people/${e}`, { cookie }), { slug: "spring", enrollmentId: e }),
      (cookie?: string) => run(detailAction, formRequest(`/facilitate/cohorts/spring/people/${e}`, { intent: "nudge" }, { cookie }), { slug: "spring", enrollmentId: e }),
      (cookie?: string) => run(csvLoader, getRequest("/facilitate/cohorts/spring/export.csv", { cookie }), { slug: "spring" }),
      (cookie?: string) => run(reportLoader, getRequest("/facilitate/cohorts/spring/report", { cookie }), { slug: "spring" }),
    ];
    for (const call of calls) {
      const anonymous = (await call()) as Response;
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
      expect(((await call(participant)) as Response).status).toBe(404);
      expect(((await call(otherCookie)) as Response).status).toBe(404);
    }
    expect(t.db.select().from(emailOutbox).all()).toHaveLength(0);
  });

  it("is a 404 for an enrollment of another cohort, even for a real facilitator", async () => {
    const { fac, cookie } = setup();
    const elsewhere = createCohort(t.db, "elsewhere", fac.id);
    const stranger = enrollUser(t.db, createCohort(t.db, "third").id, createUser(t.db, "s@example.com").id);
    expect(elsewhere.id).toBeGreaterThan(0);
    const response = (await run(detailLoader, getRequest(`/facilitate/cohorts/spring/people/${stranger.id}`, { cookie }), { slug: "spring", enrollmentId: String(stranger.id) })) as Response;
    expect(response.status).toBe(404);
  });
});

describe("private text", () => {
  it("never appears in the grid, the participant page, the CSV, the report or a digest; nor does a draft", async () => {
    const { enrollment, cookie } = setup();
    const e = String(enrollment.id);
    const grid = await run(gridLoader, getRequest("/facilitate/cohorts/spring", { cookie }), { slug: "spring" });
    type Detail = { readable: { day: number; exerciseAnswer: string; rating: number | null }[]; unreadable: { day: number; state: string }[] };
    const detail = (await run(detailLoader, getRequest(`/facilitate/cohorts/spring/people/${e}`, { cookie }), { slug: "spring", enrollmentId: e })) as Detail;
    const csv = await (await runResponse(csvLoader, getRequest("/facilitate/cohorts/spring/export.csv", { cookie }), { slug: "spring" })).text();
    const report = await run(reportLoader, getRequest("/facilitate/cohorts/spring/report", { cookie }), { slug: "spring" });
    await runTick(t.db, localOutboxTransport(), () => new Date("2026-11-23T13:00:00Z"), "http://localhost:3000"); // Monday: digest
    const emails = t.db.select().from(emailOutbox).all();
    expect(emails.some((m) => m.kind === "digest")).toBe(true);
    for (const text of [JSON.stringify(grid), JSON.stringify(detail), csv, JSON.stringify(report), JSON.stringify(emails)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(DRAFT);
    }
    // What is shared is there, to read and answer; the draft shows its state only, without its
    // rating; the private day shows its state and rating only.
    expect(detail.readable.map((d) => d.day)).toEqual([1]);
    expect(detail.readable[0]).toMatchObject({ exerciseAnswer: SHARED, rating: 4 });
    expect(detail.unreadable.find((d) => d.day === 3)).toEqual({ day: 3, title: expect.any(String), pillar: expect.any(String), mark: "◐", state: "in progress", feedback: [] });
    expect(detail.unreadable.find((d) => d.day === 2)!.state).toBe("done, kept private, rated 2 of 5");
    const days = Array.from({ length: 30 }, (_, i) => `day_${i + 1}`).join(",");
    expect(csv.split("\r\n")[0]).toBe(`name,email,days_done,standing,product,process,people,balance,last_activity,${days}`);
    // Day 12 at 15:00 in New York: the full thirty days, in the words the participant reads.
    const states = ["done", "done", "in progress", ...Array(8).fill("to catch up"), "today", ...Array(18).fill("not open yet")].join(",");
    expect(csv).toMatch(new RegExp(`^Dana Whitfield,dana@example\\.com,2,at risk,\\d+,\\d+,\\d+,\\d+,2026-11-12,${states}\r$`, "m"));
  });
});

describe("the CSV export", () => {
  it("starts with a UTF-8 byte-order mark, so Excel reads accented names as written", async () => {
    const { cookie } = setup();
    t.db.update(users).set({ name: "José Fernández" }).where(eq(users.email, "dana@example.com")).run();
    const response = await runResponse(csvLoader, getRequest("/facilitate/cohorts/spring/export.csv", { cookie }), { slug: "spring" });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFname,email,")).toBe(true);
    expect(text).toContain("\r\nJosé Fernández,dana@example.com,");
  });
});

describe("feedback and nudges", () => {
  it("five identical feedback posts at once save one feedback and send one email", async () => {
    const { enrollment, cookie } = setup();
    const e = String(enrollment.id);
    const post = () => runResponse(detailAction, formRequest(`/facilitate/cohorts/spring/people/${e}`, { intent: "feedback", day: "1", body: "Same words, sent five times." }, { cookie }), { slug: "spring", enrollmentId: e });
    const answers = await Promise.all(Array.from({ length: 5 }, post));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    await settleDeliveries();
    expect(t.db.select().from(feedback).where(eq(feedback.enrollmentId, enrollment.id)).all()).toHaveLength(1);
    expect(t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "feedback")).all()).toHaveLength(1);
    // Different words are new feedback.
    await runResponse(detailAction, formRequest(`/facilitate/cohorts/spring/people/${e}`, { intent: "feedback", day: "1", body: "A second thought." }, { cookie }), { slug: "spring", enrollmentId: e });
    expect(t.db.select().from(feedback).where(eq(feedback.enrollmentId, enrollment.id)).all()).toHaveLength(2);
  });

  it("feedback is saved, emailed, and shown on the participant's day page", async () => {
    const { enrollment, dana, cookie } = setup();
    const e = String(enrollment.id);
    const response = await runResponse(detailAction, formRequest(`/facilitate/cohorts/spring/people/${e}`, { intent: "feedback", day: "1", body: "Good map. Which wait will you attack first?" }, { cookie }), { slug: "spring", enrollmentId: e });
    expect((await response.json()).done).toBe("Feedback on day 1 saved and emailed to Dana Whitfield.");
    await settleDeliveries();
    const mail = t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "feedback")).get()!;
    expect(mail).toMatchObject({ toAddress: "dana@example.com", subject: "Morgan Ellis left feedback on day 1", status: "sent" });
    const day = (await run(dayLoader, getRequest(`/learn/${e}/days/1`, { cookie: signedInCookie(t.db, dana.id) }), { enrollmentId: e, day: "1" })) as { feedback: { body: string; author: string }[] };
    expect(day.feedback).toEqual([expect.objectContaining({ body: "Good map. Which wait will you attack first?", author: "Morgan Ellis" })]);
    const empty = await runResponse(detailAction, formRequest(`/facilitate/cohorts/spring/people/${e}`, { intent: "feedback", day: "1", body: "  " }, { cookie }), { slug: "spring", enrollmentId: e });
    expect(empty.status).toBe(400);
  });

  it("a nudge goes at most once a day per participant", async () => {
    const { enrollment, cookie } = setup();
    const e = String(enrollment.id);
    const nudge = () => runResponse(detailAction, formRequest(`/facilitate/cohorts/spring/people/${e}`, { intent: "nudge" }, { cookie }), { slug: "spring", enrollmentId: e });
    expect((await (await nudge()).json()).done).toBe("Nudge sent.");
    expect((await (await nudge()).json()).done).toBe("Already nudged today; one a day is plenty.");
    const nudges = t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "nudge")).all();
    expect(nudges).toHaveLength(1);
    expect(nudges[0]!.idempotencyKey).toBe(`nudge/${e}/2026-11-21`);
    expect(nudges[0]!.text).toContain("The smallest next step is day 3");
  });
});

describe("the weekly digest", () => {
  it("goes to each facilitator once per week, on Monday at the cohort's send hour", async () => {
    setup();
    const tick = (iso: string) => runTick(t.db, localOutboxTransport(), () => new Date(iso), "http://localhost:3000");
    await tick("2026-11-23T11:59:00Z");
    expect(t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "digest")).all()).toHaveLength(0);
    await tick("2026-11-23T12:00:00Z");
    await tick("2026-11-24T12:00:00Z");
    const digests = t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "digest")).all();
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ toAddress: "fac@example.com", subject: "Cohort spring: 1 at risk, 0 catching up, 0 on track" });
    expect(digests[0]!.text).toContain("Dana Whitfield");
    expect(digests[0]!.text).toContain("/facilitate/cohorts/spring/people/");
  });
});

describe("scale", () => {
  async function countQueries(db: Db, fn: () => Promise<unknown>): Promise<number> {
    const counter = countStatements(db);
    await fn(); // warm-up: statements prepared once per connection are prepared (and counted from) here
    counter.reset();
    await fn();
    const count = counter.count();
    counter.stop();
    return count;
  }

  /** A cohort of `n` people at varied points: some days done, a draft, some never started. */
  function fill(slug: string, n: number, facilitatorId: number) {
    const cohort = createCohort(t.db, slug, facilitatorId);
    t.db.update(cohorts).set({ capacity: 2000 }).where(eq(cohorts.id, cohort.id)).run();
    const rows: (typeof dayProgress.$inferInsert)[] = [];
    for (let i = 0; i < n; i++) {
      const e = enrollUser(t.db, cohort.id, createUser(t.db, `${slug}${i}@example.com`).id);
      const through = i % 12;
      for (let day = 1; day <= through; day++) rows.push({ enrollmentId: e.id, day, completedAt: NOW, updatedAt: NOW });
      if (i % 3 === 0) rows.push({ enrollmentId: e.id, day: through + 1, exerciseAnswer: "draft", updatedAt: NOW });
    }
    for (let i = 0; i < rows.length; i += 2000) t.db.insert(dayProgress).values(rows.slice(i, i + 2000)).run();
    return { ...cohort, capacity: 2000 };
  }

  it("the cohort grid's data runs the same statements for 1,000 participants as for 10, whatever the view", () => {
    const fac = createUser(t.db, "fac@example.com", "facilitator");
    const small = fill("small", 10, fac.id);
    const large = fill("large", 1000, fac.id);
    const views = [
      { week: null, sort: "attention" as const, filter: "all" as const, page: 1 },
      { week: 1, sort: "name" as const, filter: "catching-up" as const, page: 2 },
      { week: 5, sort: "activity" as const, filter: "at-risk" as const, page: 1 }, // nobody: no cells to read
    ];
    const counter = countStatements(t.db);
    for (const view of views) {
      counter.reset();
      const few = cohortGrid(t.db, small, NOW, view);
      const smallCount = counter.count();
      counter.reset();
      const many = cohortGrid(t.db, large, NOW, view);
      const largeCount = counter.count();
      expect(few.summary.participants).toBe(10);
      expect(many.summary.participants).toBe(1000);
      expect(smallCount).toBe(view.filter === "at-risk" ? 1 : 2); // standings (one aggregate), and one week of cells for the page shown
      expect(largeCount).toBe(smallCount);
    }
    counter.stop();
    // The page shows fifty people a week at a time, and says where everyone stands.
    const page = cohortGrid(t.db, large, NOW, views[0]!);
    expect(page.rows).toHaveLength(50);
    expect(page.rows[0]!.cells).toHaveLength(7);
    expect(Object.values(page.summary.counts).reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it("the cohort page makes the same number of queries for 1,000 participants as for 10", async () => {
    const fac = createUser(t.db, "fac@example.com", "facilitator");
    const cookie = signedInCookie(t.db, fac.id);
    fill("small", 10, fac.id);
    fill("large", 1000, fac.id);
    const small = await countQueries(t.db, () => run(gridLoader, getRequest("/facilitate/cohorts/small", { cookie }), { slug: "small" }));
    const large = await countQueries(t.db, () => run(gridLoader, getRequest("/facilitate/cohorts/large", { cookie }), { slug: "large" }));
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it("the list of cohorts makes the same number of queries for 6 cohorts as for 2", async () => {
    const fac = createUser(t.db, "fac@example.com", "facilitator");
    const cookie = signedInCookie(t.db, fac.id);
    const list = () => run(facilitateLoader, getRequest("/facilitate", { cookie }));
    const addCohort = (slug: string) => {
      const cohort = createCohort(t.db, slug, fac.id);
      for (let i = 0; i < 5; i++) enrollUser(t.db, cohort.id, createUser(t.db, `${slug}${i}@example.com`).id);
    };
    addCohort("one");
    addCohort("two");
    await list(); // warm-up
    const two = await countQueries(t.db, list);
    for (const slug of ["three", "four", "five", "six"]) addCohort(slug);
    const six = (await countQueries(t.db, list)) as number;
    expect(six).toBe(two);
    const data = (await list()) as { cohorts: { atRisk: number; active: number }[] };
    expect(data.cohorts).toHaveLength(6);
    expect(data.cohorts.every((c) => c.active === 5 && c.atRisk === 5)).toBe(true);
  });
});
