/**
 * A day's thread through the real routes (loaders and actions on a real SQLite file): who sees
 * what, who may do what, and that a day's words go only where their author allowed.
 */
import { eq } from "drizzle-orm";
import { enrollments, notifications, posts } from "../../db/schema";
import { resetThreadLimits } from "~/community/thread-actions.server";
import type { ShownPost } from "~/community/thread";
import { useClock } from "~/time/clock.server";
import { action as dayAction, loader as dayLoader } from "~/routes/learn.$enrollmentId.days.$day";
import { action as facAction, loader as facLoader } from "~/routes/facilitate.cohorts.$slug.days.$day";
import { countStatements, freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
const NOW = new Date("2026-11-21T20:00:00Z"); // day 12 of cohorts that started on 10 November (New York)
type Person = { id: number; cookie: string; enrollment: number };
let ann: Person, ben: Person, cat: Person, fay: { id: number; cookie: string }, gus: { id: number; cookie: string };
const FULL = { exerciseAnswer: "Listed three goals.", reflection: "I lean on process.", rating: "4" };

beforeEach(() => {
  t = freshDatabase();
  useClock(() => NOW);
  resetThreadLimits();
  const fayUser = createUser(t.db, "fay@example.com", "facilitator", "Fay Facilitator");
  const gusUser = createUser(t.db, "gus@example.com", "facilitator", "Gus Elsewhere");
  const spring = createCohort(t.db, "spring", fayUser.id);
  const autumn = createCohort(t.db, "autumn", gusUser.id);
  const person = (email: string, name: string, cohortId: number): Person => {
    const user = createUser(t.db, email, "participant", name);
    return { id: user.id, cookie: signedInCookie(t.db, user.id), enrollment: enrollUser(t.db, cohortId, user.id).id };
  };
  ann = person("ann@example.com", "Ann Able", spring.id);
  ben = person("ben@example.com", "Ben Baker", spring.id);
  cat = person("cat@example.com", "Cat Other", autumn.id);
  fay = { id: fayUser.id, cookie: signedInCookie(t.db, fayUser.id) };
  gus = { id: gusUser.id, cookie: signedInCookie(t.db, gusUser.id) };
});
afterEach(() => {
  useClock(undefined);
  removeDatabase(t);
});

const dayPath = (p: Person, day: number) => `/learn/${p.enrollment}/days/${day}`;
const act = (p: Person, day: number, fields: Record<string, string>) => runResponse(dayAction, formRequest(dayPath(p, day), fields, { cookie: p.cookie }), { enrollmentId: String(p.enrollment), day: String(day) });
const threadOf = async (p: Person, day: number, page = 1) => ((await run(dayLoader, getRequest(`${dayPath(p, day)}?thread=${page}`, { cookie: p.cookie }), { enrollmentId: String(p.enrollment), day: String(day) })) as { thread: { posts: ShownPost[] } }).thread.posts;
const facParams = (day: number, slug = "spring") => ({ slug, day: String(day) });
const facThread = async (day: number, as = fay) => ((await run(facLoader, getRequest(`/facilitate/cohorts/spring/days/${day}`, { cookie: as.cookie }), facParams(day))) as { thread: { posts: ShownPost[] } }).thread.posts;
const facAct = (day: number, fields: Record<string, string>, as = fay) => runResponse(facAction, formRequest(`/facilitate/cohorts/spring/days/${day}`, fields, { cookie: as.cookie }), facParams(day));
const text = (thread: ShownPost[]) => JSON.stringify(thread);
const idOf = (thread: ShownPost[], author: string) => thread.find((p) => p.author === author)!.id;

describe("sharing a day with the cohort", () => {
  it("shows a completed day shared with the cohort to its peers, and never a draft, a private day or one for the facilitators", async () => {
    await act(ann, 5, { intent: "complete", ...FULL, exerciseAnswer: "MARKER-COHORT", visibility: "cohort" });
    await act(ann, 6, { intent: "complete", ...FULL, exerciseAnswer: "MARKER-FACILITATORS", visibility: "facilitators" });
    await act(ann, 7, { intent: "complete", ...FULL, exerciseAnswer: "MARKER-SELF", visibility: "self" });
    await act(ann, 8, { intent: "save", ...FULL, exerciseAnswer: "MARKER-DRAFT", visibility: "cohort" });
    expect(text(await threadOf(ben, 5))).toContain("MARKER-COHORT");
    expect((await threadOf(ben, 5))[0]).toMatchObject({ author: "Ann Able", answer: { exerciseAnswer: "MARKER-COHORT", reflection: FULL.reflection } });
    for (const day of [6, 7, 8]) {
      expect(text(await threadOf(ben, day))).not.toMatch(/MARKER/);
      expect(text(await facThread(day))).not.toMatch(/MARKER/);
    }
    // The rating is never in the thread, for anyone.
    expect(text(await threadOf(ben, 5))).not.toMatch(/"rating"/);
  });

  it("takes effect at once when the author changes their mind, and gives it back with its replies", async () => {
    await act(ann, 5, { intent: "complete", ...FULL, exerciseAnswer: "MARKER-1", visibility: "cohort" });
    const answerId = idOf(await threadOf(ben, 5), "Ann Able");
    expect((await act(ben, 5, { intent: "thread.reply", postId: String(answerId), body: "REPLY-MARKER" })).status).toBe(200);
    await act(ann, 5, { intent: "save", visibility: "facilitators" });
    expect(text(await threadOf(ben, 5))).not.toMatch(/MARKER/);
    expect(text(await facThread(5))).not.toMatch(/MARKER/);
    await act(ann, 5, { intent: "save", visibility: "cohort" });
    expect(text(await threadOf(ben, 5))).toContain("REPLY-MARKER");
    // "Stop sharing" from the thread does the same.
    expect((await act(ann, 5, { intent: "thread.unshare", postId: String(answerId) })).status).toBe(200);
    expect(text(await threadOf(ben, 5))).not.toMatch(/MARKER/);
  });

  it("removes a participant's answers and posts from others' views when they leave the cohort", async () => {
    await act(ann, 5, { intent: "complete", ...FULL, exerciseAnswer: "MARKER-LEAVER", visibility: "cohort" });
    await act(ann, 5, { intent: "thread.post", body: "MARKER-POST" });
    expect(text(await threadOf(ben, 5))).toContain("MARKER-POST");
    t.db.update(enrollments).set({ status: "withdrawn", leftAt: NOW }).where(eq(enrollments.id, ann.enrollment)).run();
    expect(text(await threadOf(ben, 5))).not.toMatch(/MARKER/);
    expect(text(await facThread(5))).not.toMatch(/MARKER/);
  });
});

describe("the conversation", () => {
  it("posts, replies, reacts once, and tells the author (not the actor) about replies and reactions", async () => {
    await act(ann, 4, { intent: "thread.post", body: "What did you all pick?" });
    const postId = idOf(await threadOf(ben, 4), "Ann Able");
    await act(ben, 4, { intent: "thread.reply", postId: String(postId), body: "The on-call rota." });
    await act(ben, 4, { intent: "thread.react", postId: String(postId) });
    await act(ben, 4, { intent: "thread.react", postId: String(postId) });
    const seenByAnn = (await threadOf(ann, 4))[0]!;
    expect(seenByAnn).toMatchObject({ body: "What did you all pick?", reactions: 1, own: true, may: { edit: true, delete: true, react: false, report: false } });
    expect(seenByAnn.replies).toMatchObject([{ author: "Ben Baker", body: "The on-call rota." }]);
    const notes = t.db.select().from(notifications).all();
    expect(notes.map((n) => [n.userId, n.kind, n.actorId])).toEqual([
      [ann.id, "reply", ben.id],
      [ann.id, "reaction", ben.id],
    ]);
    // Withdrawing the reaction takes its notification back; reacting to your own post is refused.
    await act(ben, 4, { intent: "thread.unreact", postId: String(postId) });
    expect(t.db.select().from(notifications).all().map((n) => n.kind)).toEqual(["reply"]);
    expect((await act(ann, 4, { intent: "thread.react", postId: String(postId) })).status).toBe(403);
  });

  it("lets authors edit and delete only their own words; a deleted post takes its replies with it", async () => {
    await act(ann, 4, { intent: "thread.post", body: "First words" });
    const postId = String(idOf(await threadOf(ann, 4), "Ann Able"));
    expect((await act(ben, 4, { intent: "thread.edit", postId, body: "Hijacked" })).status).toBe(403);
    expect((await act(ben, 4, { intent: "thread.delete", postId })).status).toBe(403);
    expect((await act(ann, 4, { intent: "thread.edit", postId, body: "Better words" })).status).toBe(200);
    expect((await threadOf(ben, 4))[0]).toMatchObject({ body: "Better words", edited: true });
    await act(ben, 4, { intent: "thread.reply", postId, body: "REPLY-TO-DELETED" });
    expect((await act(ann, 4, { intent: "thread.delete", postId })).status).toBe(200);
    expect(await threadOf(ben, 4)).toEqual([]);
    expect(t.db.select().from(posts).all()).toEqual([]);
    expect(t.db.select().from(notifications).all()).toEqual([]);
  });

  it("refuses empty and over-long writing with a clear message and keeps what was typed", async () => {
    const empty = await act(ann, 4, { intent: "thread.post", body: "   " });
    expect(empty.status).toBe(400);
    expect((await empty.json()).thread).toMatchObject({ ok: false, target: "new", error: "Write your post first." });
    const long = "x".repeat(5_001);
    const tooLong = await act(ann, 4, { intent: "thread.post", body: long });
    expect(tooLong.status).toBe(400);
    const body = (await tooLong.json()).thread;
    expect(body.error).toMatch(/5,001 characters; the limit is 5,000/);
    expect(body.values.body).toBe(long);
    expect(t.db.select().from(posts).all()).toEqual([]);
  });

  it("keeps writing as text: markup and control characters are never HTML", async () => {
    await act(ann, 4, { intent: "thread.post", body: "<script>alert(1)</script>\u0000 **bold**" });
    expect((await threadOf(ben, 4))[0]!.body).toBe("<script>alert(1)</script> **bold**");
  });

  it("stops a flood of posts with a message that keeps the text", async () => {
    for (let i = 0; i < 30; i++) expect((await act(ann, 4, { intent: "thread.post", body: `Post ${i}` })).status).toBe(200);
    const refused = await act(ann, 4, { intent: "thread.post", body: "One more" });
    expect(refused.status).toBe(429);
    expect((await refused.json()).thread.values.body).toBe("One more");
  });
});

describe("facilitators", () => {
  it("post, pin to the top, hide (the author still sees it, marked) and answer reports", async () => {
    await act(ann, 3, { intent: "thread.post", body: "First" });
    await act(ben, 3, { intent: "thread.post", body: "MARKER-RUDE" });
    const rude = String(idOf(await threadOf(ann, 3), "Ben Baker"));
    expect((await act(ann, 3, { intent: "thread.report", postId: rude, reason: "Unkind" })).status).toBe(200);
    expect((await facThread(3)).find((p) => p.author === "Ben Baker")).toMatchObject({ openReports: 1, reportReasons: ["Unkind"] });
    // Reports are for facilitators only.
    expect((await threadOf(ann, 3)).find((p) => p.author === "Ben Baker")).toMatchObject({ openReports: 0, reportReasons: [], reported: true });
    expect((await facAct(3, { intent: "thread.post", body: "Welcome to day 3" })).status).toBe(200);
    const welcome = String((await facThread(3)).find((p) => p.author === "Fay Facilitator")!.id);
    await facAct(3, { intent: "thread.pin", postId: welcome });
    expect((await threadOf(ann, 3))[0]).toMatchObject({ author: "Fay Facilitator", pinned: true, byFacilitator: true });
    await facAct(3, { intent: "thread.hide", postId: rude });
    expect(text(await threadOf(ann, 3))).not.toContain("MARKER-RUDE");
    expect((await threadOf(ben, 3)).find((p) => p.author === "Ben Baker")).toMatchObject({ hidden: true, body: "MARKER-RUDE" });
    expect((await facThread(3)).find((p) => p.author === "Ben Baker")).toMatchObject({ hidden: true, openReports: 0 });
    // A hidden post takes no replies; participants cannot pin or hide.
    expect((await act(ben, 3, { intent: "thread.reply", postId: rude, body: "x" })).status).toBe(403);
    expect((await act(ann, 3, { intent: "thread.pin", postId: welcome })).status).toBe(403);
    expect((await act(ann, 3, { intent: "thread.hide", postId: welcome })).status).toBe(403);
  });
});

describe("other cohorts", () => {
  it("never see any of it, and cannot act on it from their own pages", async () => {
    await act(ann, 5, { intent: "complete", ...FULL, exerciseAnswer: "MARKER-SPRING", visibility: "cohort" });
    await act(ann, 5, { intent: "thread.post", body: "MARKER-SPRING-POST" });
    const postId = String(idOf(await threadOf(ben, 5), "Ann Able"));
    expect(text(await threadOf(cat, 5))).not.toMatch(/MARKER/);
    // Cat replies, reacts, reports from her own day 5 page with a spring post id: as if it did not exist.
    for (const intent of ["thread.reply", "thread.react", "thread.report", "thread.edit", "thread.delete"]) {
      expect((await act(cat, 5, { intent, postId, body: "x" })).status).toBe(404);
    }
    // Gus facilitates another cohort: spring's thread page does not exist for him.
    expect(await run(facLoader, getRequest("/facilitate/cohorts/spring/days/5", { cookie: gus.cookie }), facParams(5))).toMatchObject({ status: 404 });
    expect((await facAct(5, { intent: "thread.hide", postId }, gus)).status).toBe(404);
    // Another day of the same cohort is another thread.
    expect((await act(ben, 6, { intent: "thread.reply", postId, body: "x" })).status).toBe(404);
  });
});

describe("reading a thread", () => {
  it("takes the same number of statements for two posts as for sixty posts with 120 replies, and shows them a page at a time", async () => {
    const counter = countStatements(t.db);
    const statementsFor = async () => {
      await threadOf(ben, 4); // warm: prepared statements are made once
      counter.reset();
      await threadOf(ben, 4);
      return counter.count();
    };
    for (let i = 0; i < 2; i++) await act(ann, 4, { intent: "thread.post", body: `Post ${i}` });
    const small = await statementsFor();
    resetThreadLimits();
    const insert = t.db.$client.prepare("insert into posts (cohort_id, day, author_id, parent_id, body, created_at) values (?, 4, ?, ?, ?, ?) returning id");
    const cohortId = (t.db.$client.prepare("select cohort_id as c from enrollments where id = ?").get(ann.enrollment) as { c: number }).c;
    for (let i = 0; i < 60; i++) {
      const id = (insert.get(cohortId, i % 2 ? ann.id : ben.id, null, `Post ${i}`, NOW.getTime()) as { id: number }).id;
      for (let r = 0; r < 2; r++) insert.get(cohortId, ben.id, id, `Reply ${r}`, NOW.getTime());
    }
    const large = await statementsFor();
    counter.stop();
    expect(large).toBe(small);
    // Thirty posts a page, newest first: 62 make three pages.
    expect((await threadOf(ben, 4, 1)).map((p) => p.body).slice(0, 1)).toEqual(["Post 59"]);
    expect((await threadOf(ben, 4, 3)).length).toBe(2);
  });
});
