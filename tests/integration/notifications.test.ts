/**
 * Issue 16, item 5: what is new for me. The header counts unread notifications with one
 * indexed statement; the notifications page lists them in words drawn from the live rows and
 * marks what it shows read; at most one activity email a day gathers replies and reactions,
 * with a preference and its own one-click link. Replies and reactions are planted as rows
 * here, as the day threads will write them.
 */
import { and, eq } from "drizzle-orm";
import { dayProgress, emailOutbox, feedback, notifications, posts, users } from "../../db/schema";
import { getSession } from "~/auth/guards.server";
import { queueActivityDigests } from "~/community/activity-digest.server";
import { notify } from "~/community/notify.server";
import { deliverDue } from "~/email/deliver.server";
import { settleDeliveries } from "~/email/send.server";
import { resendTransport } from "~/email/transport.server";
import { addFeedback, participantInCohort } from "~/facilitation/participant.server";
import { runTick } from "~/nudges/tick.server";
import { useClock } from "~/time/clock.server";
import { loader as rootLoader } from "~/root";
import { loader as notificationsLoader } from "~/routes/notifications";
import { loader as dayLoader } from "~/routes/learn.$enrollmentId.days.$day";
import { action as settingsAction } from "~/routes/settings";
import { action as unsubscribe } from "~/routes/unsubscribe.$token";
import { countStatements, type TestDatabase } from "../support/db";
import type { FakeResend } from "../support/fake-resend";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { useDatabaseAndFakeResend } from "../support/mail-env";
import { BASE, formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
let fake: FakeResend;
// Day 12 of the fixture cohort (New York, emails at 07:00 = 12:00 UTC).
const MORNING = new Date("2026-11-21T12:00:00Z");
const EARLIER = new Date("2026-11-21T03:00:00Z");
let clock = MORNING;
useDatabaseAndFakeResend((db, f) => ([t, fake] = [db, f]));
beforeEach(() => {
  clock = MORNING;
  useClock(() => clock);
});
afterEach(async () => {
  await settleDeliveries();
  useClock(undefined);
});

function setUp() {
  const morgan = createUser(t.db, "morgan@example.org", "facilitator", "Morgan Ellis");
  const cohort = createCohort(t.db, "spring", morgan.id);
  const person = (email: string, name: string) => {
    const user = createUser(t.db, email, "participant", name);
    return { user, enrollment: enrollUser(t.db, cohort.id, user.id), cookie: signedInCookie(t.db, user.id, MORNING) };
  };
  const dana = person("dana@example.org", "Dana Whitfield");
  const amara = person("amara@example.org", "Amara Okafor");
  const sam = person("sam@example.org", "Sam Ortiz");
  // Dana's day 4, shared with the cohort, is a post in the day's thread.
  const work = t.db.insert(dayProgress).values({ enrollmentId: dana.enrollment.id, day: 4, exerciseAnswer: "We ship on Fridays.", reflection: "", rating: 4, visibility: "cohort", completedAt: EARLIER, updatedAt: EARLIER }).returning().get();
  const answer = t.db.insert(posts).values({ cohortId: cohort.id, day: 4, authorId: dana.user.id, progressId: work.id, createdAt: EARLIER }).returning().get();
  const reply = (author: number, body: string, at = EARLIER) => t.db.insert(posts).values({ cohortId: cohort.id, day: 4, authorId: author, parentId: answer.id, body, createdAt: at }).returning().get();
  return { morgan, cohort, dana, amara, sam, work, answer, reply };
}

type World = ReturnType<typeof setUp>;

/** Two replies and a reaction on Dana's answer, told to Dana, as the thread will do it. */
function activity(w: World, at = EARLIER) {
  const first = w.reply(w.amara.user.id, "Fridays worked for us too, once we froze merges at noon.", at);
  const second = w.reply(w.sam.user.id, "How do you handle a failed Friday deploy?", at);
  t.db.insert(notifications)
    .values([
      { userId: w.dana.user.id, kind: "reply", cohortId: w.cohort.id, actorId: w.amara.user.id, postId: first.id, createdAt: at },
      { userId: w.dana.user.id, kind: "reply", cohortId: w.cohort.id, actorId: w.sam.user.id, postId: second.id, createdAt: at },
      { userId: w.dana.user.id, kind: "reaction", cohortId: w.cohort.id, actorId: w.amara.user.id, postId: w.answer.id, createdAt: at },
    ])
    .run();
  return { first, second };
}

type Header = { data: { user: { unreadNotifications: number } } };
const header = async (cookie: string, url = "/") => ((await run(rootLoader, getRequest(url, { cookie }))) as Header).data.user.unreadNotifications;
type Page = { page: number; hasOlder: boolean; lines: { text: string; excerpt: string | null; href: string; isNew: boolean; hidden: boolean; kind: string }[] };
const page = async (cookie: string, url = "/notifications") => (await run(notificationsLoader, getRequest(url, { cookie }))) as Page;
const transport = () => resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
const activityEmails = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "activity")).all();

describe("the header's count", () => {
  it("is one indexed statement on each page", async () => {
    const w = setUp();
    activity(w);
    const statements = countStatements(t.db);
    // The session alone, then the whole root loader for another request: the difference is the count.
    getSession(getRequest("/", { cookie: w.dana.cookie }));
    const session = statements.sql();
    statements.reset();
    expect(await header(w.dana.cookie)).toBe(3);
    const root = statements.sql();
    statements.stop();
    expect(root.length - session.length).toBe(1);
    const counting = root.filter((s) => /"notifications"/.test(s));
    expect(counting).toHaveLength(1);
    const plan = t.db.$client.prepare(`explain query plan ${counting[0]}`).all(w.dana.user.id) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/USING COVERING INDEX notifications_user_unread_idx/);
    // A facilitator's pages count too (replies to their posts), with the same one statement.
    expect(await header(signedInCookie(t.db, w.morgan.id, MORNING))).toBe(0);
  });

  it("counts feedback until the day is opened, and not on the day page that marks it read", async () => {
    const w = setUp();
    const participant = participantInCohort(t.db, w.cohort.id, w.dana.enrollment.id)!;
    await addFeedback(t.db, participant, w.morgan, 2, "Good outcome; now add a date.", MORNING, BASE);
    await addFeedback(t.db, participant, w.morgan, 5, "Which wait first?", MORNING, BASE);
    expect(await header(w.dana.cookie)).toBe(2);
    const dayPath = `/learn/${w.dana.enrollment.id}/days/2`;
    expect(await header(w.dana.cookie, dayPath)).toBe(1);
    await run(dayLoader, getRequest(dayPath, { cookie: w.dana.cookie }), { enrollmentId: String(w.dana.enrollment.id), day: "2" });
    expect(await header(w.dana.cookie)).toBe(1);
    const feedbackTwo = t.db.select().from(feedback).where(eq(feedback.day, 2)).get()!;
    expect(t.db.select().from(notifications).where(eq(notifications.feedbackId, feedbackTwo.id)).get()!.readAt).toEqual(MORNING);
    expect((await page(w.dana.cookie)).lines.map((l) => [l.text, l.href, l.isNew])).toEqual([
      ["Your facilitator left feedback on day 5", `/learn/${w.dana.enrollment.id}/days/5`, true],
      ["Your facilitator left feedback on day 2", `/learn/${w.dana.enrollment.id}/days/2`, false],
    ]);
  });
});

describe("the notifications page", () => {
  it("says who did what where, newest first, and marks what it shows read", async () => {
    const w = setUp();
    const { first, second } = activity(w);
    const cookie = w.dana.cookie;
    expect(await header(cookie, "/notifications")).toBe(0); // the page being loaded marks them read
    const seen = await page(cookie);
    expect(seen.lines.map((l) => l.text).sort()).toEqual(["Amara Okafor found your answer on day 4 helpful", "Amara Okafor replied to your answer on day 4", "Sam Ortiz replied to your answer on day 4"]);
    expect(seen.lines.find((l) => l.text.startsWith("Sam"))).toMatchObject({ excerpt: "How do you handle a failed Friday deploy?", href: `/learn/${w.dana.enrollment.id}/days/4#post-${second.id}`, isNew: true });
    expect(seen.lines.every((l) => l.isNew)).toBe(true);
    expect(await header(cookie)).toBe(0);
    expect((await page(cookie)).lines.every((l) => !l.isNew)).toBe(true);
    // Deleting the reply takes its notification with it.
    t.db.delete(posts).where(eq(posts.id, first.id)).run();
    expect((await page(cookie)).lines).toHaveLength(2);
    // Other people's notifications are not on anyone else's page.
    expect((await page(w.amara.cookie)).lines).toEqual([]);
  });

  it("pages thirty at a time with a fixed number of statements", async () => {
    const w = setUp();
    const post = w.reply(w.amara.user.id, "One reply to be told about many times.");
    const plant = (n: number, from: number) =>
      notify(t.db, Array.from({ length: n }, () => ({ userId: w.dana.user.id, kind: "reply" as const, cohortId: w.cohort.id, actorId: w.amara.user.id, postId: post.id })), new Date(EARLIER.getTime() + from * 60_000));
    plant(3, 0);
    const statements = countStatements(t.db);
    await page(w.dana.cookie);
    const few = statements.count();
    plant(70, 10);
    statements.reset();
    const first = await page(w.dana.cookie);
    expect(statements.count()).toBe(few);
    statements.stop();
    expect(first.lines).toHaveLength(30);
    expect(first.hasOlder).toBe(true);
    // The header does not count the page being shown, and counts the rest.
    expect(await header(w.dana.cookie)).toBe(40);
    expect(await header(w.dana.cookie, "/notifications?page=2")).toBe(10);
    const third = await page(w.dana.cookie, "/notifications?page=3");
    expect(third.lines).toHaveLength(13);
    expect(third.hasOlder).toBe(false);
    expect(await header(w.dana.cookie)).toBe(30);
  });

  it("asks who is signing in", async () => {
    const response = (await run(notificationsLoader, getRequest("/notifications"))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fnotifications");
  });
});

describe("the daily activity email", () => {
  it("gathers two replies and a reaction in one email at the send hour, and a second tick sends nothing more", async () => {
    const w = setUp();
    activity(w);
    clock = new Date(MORNING.getTime() - 60_000);
    expect(await queueActivityDigests(t.db, clock, BASE)).toBe(0); // 06:59 in New York
    clock = MORNING;
    await runTick(t.db, transport(), () => clock, BASE);
    const [email, ...more] = activityEmails();
    expect(more).toEqual([]);
    expect(email).toMatchObject({ idempotencyKey: `activity/${w.dana.user.id}/2026-11-21`, toAddress: "dana@example.org", subject: "2 replies and 1 reaction on your posts", status: "sent" });
    for (const words of ["Amara Okafor replied to your answer on day 4", "Sam Ortiz replied to your answer on day 4", "Amara Okafor found your answer on day 4 helpful", "How do you handle a failed Friday deploy?"]) {
      expect(email!.text).toContain(words);
      expect(email!.html).toContain(words);
    }
    expect(email!.headers["List-Unsubscribe"]).toBe(`<${BASE}/unsubscribe/${w.dana.user.unsubscribeToken}?list=activity>`);
    expect(email!.text).toContain(`${BASE}/unsubscribe/${w.dana.user.unsubscribeToken}?list=activity`);
    expect(t.db.select().from(notifications).all().every((n) => n.emailedAt?.getTime() === MORNING.getTime())).toBe(true);

    // Later ticks the same day, and a reply after the hour: nothing until tomorrow's hour.
    clock = new Date("2026-11-21T15:00:00Z");
    const late = w.reply(w.amara.user.id, "One more thought.", clock);
    notify(t.db, [{ userId: w.dana.user.id, kind: "reply", cohortId: w.cohort.id, actorId: w.amara.user.id, postId: late.id }], clock);
    await runTick(t.db, transport(), () => clock, BASE);
    expect(activityEmails()).toHaveLength(1);
    clock = new Date("2026-11-22T12:00:00Z");
    await runTick(t.db, transport(), () => clock, BASE);
    expect(activityEmails().map((e) => [e.idempotencyKey, e.subject])).toEqual([
      [`activity/${w.dana.user.id}/2026-11-21`, "2 replies and 1 reaction on your posts"],
      [`activity/${w.dana.user.id}/2026-11-22`, "Amara Okafor replied to your answer on day 4"],
    ]);
    expect(fake.accepted.filter((e) => e.to.includes("dana@example.org") && /repl/.test(e.subject))).toHaveLength(2);
  });

  it("leaves out what was read in the app, and never goes one email per reply", async () => {
    const w = setUp();
    activity(w);
    await page(w.dana.cookie); // read before the hour
    expect(await queueActivityDigests(t.db, MORNING, BASE)).toBe(0);
  });

  it("does not go when turned off in settings, or after unsubscribing from all course email", async () => {
    const w = setUp();
    activity(w);
    const off = await runResponse(settingsAction, formRequest("/settings", { intent: "activity", activityEmails: "off" }, { cookie: w.dana.cookie }));
    expect(await off.json()).toEqual({ activity: "off" });
    expect(await queueActivityDigests(t.db, MORNING, BASE)).toBe(0);
    await runResponse(settingsAction, formRequest("/settings", { intent: "activity", activityEmails: "on" }, { cookie: w.dana.cookie }));
    t.db.update(users).set({ unsubscribedAt: EARLIER }).where(eq(users.id, w.dana.user.id)).run();
    expect(await queueActivityDigests(t.db, MORNING, BASE)).toBe(0);
    t.db.update(users).set({ unsubscribedAt: null }).where(eq(users.id, w.dana.user.id)).run();
    expect(await queueActivityDigests(t.db, MORNING, BASE)).toBe(1);
  });

  it("has a one-click link that turns off this email alone, and cancels one already queued", async () => {
    const w = setUp();
    activity(w);
    await queueActivityDigests(t.db, MORNING, BASE);
    const [email] = activityEmails();
    const url = new URL(/^<(.+)>$/.exec(email!.headers["List-Unsubscribe"]!)![1]!);
    const click = await runResponse(unsubscribe, new Request(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }), { token: w.dana.user.unsubscribeToken! });
    expect(await click.text()).toBe("Tripod activity emails (replies and reactions) are turned off.");
    expect(t.db.select().from(users).where(eq(users.id, w.dana.user.id)).get()).toMatchObject({ activityEmails: false, dailyEmails: true, digestEmails: true, unsubscribedAt: null });
    await deliverDue(t.db, transport(), () => MORNING);
    expect(fake.accepted).toHaveLength(0);
    expect(activityEmails()[0]).toMatchObject({ status: "cancelled", lastError: "cancelled: activity emails were turned off before it was sent" });
  });

  it("goes at the person's own hour in their own zone", async () => {
    const w = setUp();
    t.db.update(users).set({ timeZone: "Asia/Kolkata", sendHour: 8 }).where(eq(users.id, w.dana.user.id)).run();
    activity(w, new Date("2026-11-20T20:00:00Z"));
    expect(await queueActivityDigests(t.db, new Date("2026-11-21T02:29:00Z"), BASE)).toBe(0);
    expect(await queueActivityDigests(t.db, new Date("2026-11-21T02:30:00Z"), BASE)).toBe(1); // 08:00 in Kolkata
    expect(activityEmails()[0]!.idempotencyKey).toBe(`activity/${w.dana.user.id}/2026-11-21`);
  });
});

describe("privacy of a hidden reply", () => {
  const MARKER = "MARKER-HIDDEN-REPLY-5521";

  it("never shows in the notifications or activity email of anyone but its author and the facilitators", async () => {
    const w = setUp();
    // Amara replies to Dana's answer; Dana (the post's author) and Sam (a third participant in the thread) are told.
    const hiddenReply = w.reply(w.amara.user.id, `Off-topic rant ${MARKER}`);
    const tell = (userId: number) => ({ userId, kind: "reply" as const, cohortId: w.cohort.id, actorId: w.amara.user.id, postId: hiddenReply.id });
    notify(t.db, [tell(w.dana.user.id), tell(w.sam.user.id), tell(w.morgan.id)], EARLIER);
    // Before it is hidden, Dana's page shows it: the check below can fail.
    expect(JSON.stringify(await page(w.dana.cookie))).toContain(MARKER);
    t.db.update(notifications).set({ readAt: null }).run();

    t.db.update(posts).set({ hiddenAt: EARLIER, hiddenBy: w.morgan.id }).where(eq(posts.id, hiddenReply.id)).run();
    for (const who of [w.dana, w.sam]) expect(JSON.stringify(await page(who.cookie))).not.toContain(MARKER);
    const facilitatorPage = await page(signedInCookie(t.db, w.morgan.id, MORNING));
    expect(facilitatorPage.lines).toEqual([expect.objectContaining({ hidden: true, excerpt: `Off-topic rant ${MARKER}` })]);

    t.db.update(notifications).set({ readAt: null }).run();
    await runTick(t.db, transport(), () => MORNING, BASE);
    const sent = t.db.select().from(emailOutbox).all();
    for (const e of sent.filter((e) => e.toAddress !== "morgan@example.org")) {
      expect(`${e.subject}${e.html}${e.text}`).not.toContain(MARKER);
    }
    for (const e of fake.accepted.filter((e) => !e.to.includes("morgan@example.org"))) expect(JSON.stringify(e)).not.toContain(MARKER);
    // Dana and Sam had nothing left to see, so no activity email at all; the facilitator's says it is hidden.
    expect(sent.filter((e) => e.kind === "activity").map((e) => e.toAddress)).toEqual(["morgan@example.org"]);
    expect(sent.find((e) => e.kind === "activity")!.text).toContain("(hidden from the cohort)");
    expect(t.db.select().from(notifications).where(and(eq(notifications.userId, w.sam.user.id))).get()!.emailedAt).not.toBeNull();
  });

  it("goes with the answer when its author makes the day private again", async () => {
    const w = setUp();
    activity(w);
    t.db.update(dayProgress).set({ visibility: "facilitators" }).where(eq(dayProgress.id, w.work.id)).run();
    expect((await page(w.dana.cookie)).lines).toEqual([]);
    expect(await queueActivityDigests(t.db, MORNING, BASE)).toBe(0);
  });
});
