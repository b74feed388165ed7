/**
 * Issue 18: deleting an account leaves no row that names or references the person. The
 * person has data in EVERY table (found from sqlite_master at test time, so a table added
 * later without being covered here fails the first assertion); they are deleted through the
 * real route; then every foreign-key column and every text column of every table is scanned.
 */
import type Database from "better-sqlite3";
import { and, eq } from "drizzle-orm";
import {
  announcements,
  assessmentAnswers,
  certificates,
  cohortFacilitators,
  cohorts,
  dayProgress,
  emailOutbox,
  enrollments,
  facilitatorInvites,
  feedback,
  liveSessions,
  notifications,
  postReactions,
  postReports,
  posts,
  signInTokens,
  users,
} from "../../db/schema";
import { issueSignIn, requestSignIn } from "~/auth/sign-in.server";
import { settleDeliveries } from "~/email/send.server";
import { useClock } from "~/time/clock.server";
import { action as deleteAction, loader as deleteLoader } from "~/routes/account_.delete";
import { loader as gridLoader } from "~/routes/facilitate.cohorts.$slug._index";
import { loader as csvLoader } from "~/routes/facilitate.cohorts.$slug.export[.]csv";
import { loader as reportLoader } from "~/routes/facilitate.cohorts.$slug.report";
import { loader as analyticsLoader } from "~/routes/facilitate.cohorts.$slug.analytics";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
const NOW = new Date("2026-11-21T20:00:00Z"); // day 12 of cohorts starting 10 November (New York)
beforeEach(() => {
  t = freshDatabase();
  useClock(() => NOW);
});
afterEach(async () => {
  await settleDeliveries();
  useClock(undefined);
  removeDatabase(t);
});

const NAME = "Dana Deletia";
const EMAIL = "dana.deletia@example.org";
const MARKER = "MARKER-dana-7f3a9";

/**
 * Tables that are not about people: a cohort's former addresses, the email tick's record of
 * its last run (counts and times), and the bookkeeping of migrations and AUTOINCREMENT.
 * (Cohorts are kept, but the one Dana made references her.)
 */
const NOT_ABOUT_PEOPLE = new Set(["cohort_slugs", "tick_runs", "__drizzle_migrations", "sqlite_sequence"]);

function world() {
  const db = t.db;
  const at = new Date("2026-11-12T15:00:00Z");
  const dana = createUser(db, EMAIL, "facilitator", NAME);
  const morgan = createUser(db, "morgan@example.org", "facilitator", "Morgan Ellis");
  const pat = createUser(db, "pat@example.org", "participant", "Pat Other");
  const wes = createUser(db, "wes@example.org", "participant", "Wes Waiting");

  // Spring: Dana made it and runs it with Morgan. Autumn: Dana is a participant, the cohort is full, Wes waits.
  const spring = createCohort(db, "spring", dana.id);
  db.update(cohorts).set({ createdBy: dana.id }).where(eq(cohorts.id, spring.id)).run();
  db.insert(cohortFacilitators).values({ cohortId: spring.id, userId: morgan.id }).run();
  const autumn = createCohort(db, "autumn", morgan.id);
  db.update(cohorts).set({ capacity: 2 }).where(eq(cohorts.id, autumn.id)).run();
  const patSpring = enrollUser(db, spring.id, pat.id);
  const danaAutumn = enrollUser(db, autumn.id, dana.id);
  const patAutumn = enrollUser(db, autumn.id, pat.id);
  const wesAutumn = db.insert(enrollments).values({ cohortId: autumn.id, userId: wes.id, status: "waitlisted", createdAt: at }).returning().get();

  signedInCookie(db, dana.id, NOW); // a second device
  issueSignIn(db, { email: EMAIL, clientKey: "k" }, NOW, "http://localhost:3000");
  db.insert(facilitatorInvites).values([
    { cohortId: autumn.id, email: EMAIL, invitedBy: morgan.id, createdAt: at },
    { cohortId: spring.id, email: "new.colleague@example.org", invitedBy: dana.id, createdAt: at },
  ]).run();

  const days = db
    .insert(dayProgress)
    .values([1, 2, 3].map((day) => ({ enrollmentId: danaAutumn.id, day, exerciseAnswer: `Day ${day} answer ${MARKER}`, reflection: `Reflection ${day}`, rating: 4, visibility: "cohort" as const, completedAt: at, updatedAt: at })))
    .returning()
    .all();
  db.insert(dayProgress).values({ enrollmentId: patAutumn.id, day: 2, exerciseAnswer: "Pat's own answer", reflection: "Pat reflects", rating: 3, completedAt: at, updatedAt: at }).run();
  db.insert(assessmentAnswers).values({ enrollmentId: danaAutumn.id, kind: "baseline", statementId: "product-outcomes", rating: 3, updatedAt: at }).run();
  db.insert(feedback).values([
    { enrollmentId: danaAutumn.id, day: 2, authorId: morgan.id, body: "Morgan's feedback to Dana", createdAt: at },
    { enrollmentId: patSpring.id, day: 1, authorId: dana.id, body: `Nice work, Pat. ${NAME}`, createdAt: at },
  ]).run();

  const email = (key: string, to: string, userId: number | null, extra: Partial<typeof emailOutbox.$inferInsert> = {}) =>
    db.insert(emailOutbox).values({ idempotencyKey: key, kind: "daily", toAddress: to, fromAddress: "Tripod <t@example.org>", subject: "Subject", html: "<p>Body</p>", text: "Body", userId, nextAttemptAt: at, createdAt: at, ...extra }).returning().get();
  email("daily/dana/1", EMAIL, dana.id, { enrollmentId: danaAutumn.id, status: "sent", sentAt: at, text: `Hi Dana, day 1. ${MARKER}` });
  email("daily/dana/13", EMAIL, dana.id, { enrollmentId: danaAutumn.id, status: "pending" });
  email("team-invite/old", EMAIL, null, { kind: "team-invite", status: "sent" });
  const toPat = email("feedback/pat", "pat@example.org", pat.id, {
    kind: "feedback",
    status: "sent",
    subject: `${NAME} left feedback on day 1`,
    html: `<p>${NAME} wrote: Nice work.</p><p>Dana O&#x27;s ${EMAIL}</p>`,
    text: `${NAME} wrote: Nice work. Reply to ${EMAIL}`,
    headers: { "Reply-To": `"${NAME}" <${EMAIL}>`, "List-Unsubscribe": "<https://x/unsubscribe/abc>" },
  });
  const toMorgan = email("digest/morgan", "morgan@example.org", morgan.id, { kind: "digest", status: "pending", text: `At risk: ${NAME}. Also Pat Other.` });

  // Threads: Dana's post in Autumn (Pat replies under it), her shared day 2 answer, her reply to Pat's post.
  const danaPost = db.insert(posts).values({ cohortId: autumn.id, day: 2, authorId: dana.id, body: `My post ${MARKER}`, createdAt: at }).returning().get();
  const patReplyUnderDana = db.insert(posts).values({ cohortId: autumn.id, day: 2, authorId: pat.id, parentId: danaPost.id, body: "Pat replies to Dana", createdAt: at }).returning().get();
  db.insert(posts).values({ cohortId: autumn.id, day: 2, authorId: dana.id, progressId: days[1]!.id, createdAt: at }).run();
  const patPost = db.insert(posts).values({ cohortId: autumn.id, day: 2, authorId: pat.id, body: "Pat's own post", createdAt: at }).returning().get();
  db.insert(posts).values({ cohortId: autumn.id, day: 2, authorId: dana.id, parentId: patPost.id, body: `Dana replies ${MARKER}`, createdAt: at }).run();
  // In Spring, as its facilitator, Dana hid a post of Pat's and resolved a report on it.
  const patSpringPost = db.insert(posts).values({ cohortId: spring.id, day: 1, authorId: pat.id, body: "Pat in spring", hiddenAt: at, hiddenBy: dana.id, createdAt: at }).returning().get();
  db.insert(postReactions).values({ postId: patPost.id, userId: dana.id, createdAt: at }).run();
  db.insert(postReports).values([
    { postId: patPost.id, reporterId: dana.id, reason: `Reported by Dana ${MARKER}`, createdAt: at },
    { postId: patSpringPost.id, reporterId: morgan.id, reason: "Off topic", createdAt: at, resolvedAt: at, resolvedBy: dana.id },
  ]).run();
  const announcement = db.insert(announcements).values({ cohortId: spring.id, authorId: dana.id, title: "Welcome", body: `See you Monday. ${NAME}`, createdAt: at }).returning().get();
  db.insert(liveSessions).values({ cohortId: spring.id, title: "Kick-off", startsAt: new Date("2026-11-25T17:00:00Z"), durationMinutes: 60, videoUrl: "https://meet.example.org/x", agenda: `Hosted by ${NAME}`, createdBy: dana.id, createdAt: at }).run();
  db.insert(notifications).values([
    { userId: dana.id, kind: "reply", cohortId: autumn.id, actorId: pat.id, postId: patReplyUnderDana.id, createdAt: at },
    { userId: pat.id, kind: "reaction", cohortId: autumn.id, actorId: dana.id, postId: patPost.id, createdAt: at },
    { userId: pat.id, kind: "announcement", cohortId: spring.id, announcementId: announcement.id, createdAt: at },
  ]).run();
  const cert = { courseTitle: "Tripod", startsOn: "2026-11-10", endsOn: "2026-12-09", daysCompleted: 30, issuedAt: at };
  db.insert(certificates).values([
    { ...cert, enrollmentId: danaAutumn.id, recipientName: NAME, cohortTitle: "Cohort autumn", facilitatorNames: "Morgan Ellis" },
    { ...cert, enrollmentId: patSpring.id, recipientName: "Pat Other", cohortTitle: "Cohort spring", facilitatorNames: `Morgan Ellis and ${NAME}`, revokedAt: at, revokedBy: dana.id, revokeReason: "test" },
  ]).run();

  return { dana, morgan, pat, wes, spring, autumn, patSpring, patAutumn, wesAutumn, danaPost, patReplyUnderDana, patPost, patSpringPost, toPat, toMorgan, cookie: signedInCookie(db, dana.id, NOW), morganCookie: signedInCookie(db, morgan.id, NOW) };
}

type Fk = { table: string; from: string; to: string; onDelete: string };

function schemaOf(client: Database.Database) {
  const tables = (client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const fks: Fk[] = tables.flatMap((table) => (client.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string; on_delete: string }[]).map((f) => ({ table, from: f.from, to: f.table, onDelete: f.on_delete })));
  const textColumns = new Map(tables.map((table) => [table, (client.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[]).filter((c) => c.type.toUpperCase() === "TEXT").map((c) => c.name)]));
  return { tables, fks, textColumns };
}

/** Dana's rows: her user row, then every row that belongs to one of hers through an ON DELETE CASCADE key (to a fixpoint). */
function ownedIds(client: Database.Database, fks: Fk[], userId: number): Map<string, Set<number>> {
  const owned = new Map<string, Set<number>>([["users", new Set([userId])]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const fk of fks.filter((f) => f.onDelete === "CASCADE")) {
      const parents = [...(owned.get(fk.to) ?? [])];
      if (parents.length === 0) continue;
      // rowid: the integer id where a table has one (every table a key points at does).
      const rows = client.prepare(`SELECT rowid AS id FROM "${fk.table}" WHERE "${fk.from}" IN (${parents.join(",")})`).all() as { id: number }[];
      const set = owned.get(fk.table) ?? new Set<number>();
      for (const r of rows) if (!set.has(r.id)) (set.add(r.id), (changed = true));
      owned.set(fk.table, set);
    }
  }
  return owned;
}

const NEEDLES = [EMAIL, NAME, MARKER];

/** Each table's rows that reference Dana: a key pointing at one of her rows, or her address, name or marker in a text column. */
function referencesTo(client: Database.Database, owned: Map<string, Set<number>>): Map<string, string[]> {
  const { tables, fks, textColumns } = schemaOf(client);
  const found = new Map<string, string[]>();
  for (const table of tables) {
    const hits: string[] = [];
    for (const fk of fks.filter((f) => f.table === table)) {
      const ids = [...(owned.get(fk.to) ?? [])];
      if (ids.length === 0) continue;
      const n = (client.prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${fk.from}" IN (${ids.join(",")})`).get() as { n: number }).n;
      if (n > 0) hits.push(`${n} rows with ${fk.from} -> ${fk.to}`);
    }
    for (const column of textColumns.get(table) ?? []) {
      for (const needle of NEEDLES) {
        const n = (client.prepare(`SELECT count(*) AS n FROM "${table}" WHERE instr(lower("${column}"), lower(?)) > 0`).get(needle) as { n: number }).n;
        if (n > 0) hits.push(`${n} rows with "${needle}" in ${column}`);
      }
    }
    if (hits.length > 0) found.set(table, hits);
  }
  return found;
}

describe("deleting an account", () => {
  it("leaves no row, in any table, that names or references the person; other people's rows stay", async () => {
    const w = world();
    const client = t.db.$client;
    const { tables, fks } = schemaOf(client);
    const owned = ownedIds(client, fks, w.dana.id);
    const before = referencesTo(client, owned);
    const uncovered = tables.filter((table) => !NOT_ABOUT_PEOPLE.has(table) && !before.has(table));
    expect(uncovered, "tables with no row about the person: give them one in world() (a new table must be covered)").toEqual([]);

    const patRows = () => ({
      enrollments: t.db.select().from(enrollments).where(eq(enrollments.userId, w.pat.id)).all(),
      days: t.db.select().from(dayProgress).where(eq(dayProgress.enrollmentId, w.patAutumn.id)).all(),
      posts: t.db.select().from(posts).where(eq(posts.authorId, w.pat.id)).all().map(({ hiddenBy: _, ...p }) => p),
      user: t.db.select().from(users).where(eq(users.id, w.pat.id)).get(),
    });
    const patBefore = patRows();

    // The confirmation names what goes; a wrong address deletes nothing.
    const preview = JSON.stringify(await run(deleteLoader, getRequest("/account/delete", { cookie: w.cookie })));
    expect(preview).toContain("3 days of work in Cohort autumn");
    expect(preview).toContain("3 posts and replies in day threads, removed from the threads, with the 1 reply other people wrote under them");
    expect(preview).toContain("1 email waiting to be sent to you (cancelled)");
    expect(preview).toContain("Your certificate: the verify link will stop working");
    const wrong = await runResponse(deleteAction, formRequest("/account/delete", { intent: "delete", confirmEmail: "pat@example.org" }, { cookie: w.cookie }));
    expect(wrong.status).toBe(400);
    expect(t.db.select().from(users).where(eq(users.id, w.dana.id)).get()).toBeDefined();

    const done = await runResponse(deleteAction, formRequest("/account/delete", { intent: "delete", confirmEmail: ` ${EMAIL.toUpperCase()} ` }, { cookie: w.cookie }));
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/goodbye");
    expect(done.headers.get("Set-Cookie")).toMatch(/tripod_session=;.*Max-Age=0/);

    const after = referencesTo(client, owned);
    expect(Object.fromEntries(after)).toEqual({});
    // Her own rows are gone by id too, whatever their columns say.
    for (const [table, ids] of owned) {
      expect((client.prepare(`SELECT count(*) AS n FROM "${table}" WHERE rowid IN (${[...ids].join(",")})`).get() as { n: number }).n, table).toBe(0);
    }
    expect(t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, EMAIL)).all()).toEqual([]);

    // Other people: Pat's rows are as they were, but for the reply under Dana's post (removed with it).
    const patAfter = patRows();
    expect(patAfter.enrollments).toEqual(patBefore.enrollments);
    expect(patAfter.days).toEqual(patBefore.days);
    expect(patAfter.user).toEqual(patBefore.user);
    expect(patAfter.posts).toEqual(patBefore.posts.filter((p) => p.id !== w.patReplyUnderDana.id));
    expect(t.db.select().from(posts).where(eq(posts.id, w.patSpringPost.id)).get()).toMatchObject({ hiddenBy: null, hiddenAt: expect.any(Date) });
    // The email Pat got keeps its words but not Dana's name or address; its Reply-To is dropped.
    const toPat = t.db.select().from(emailOutbox).where(eq(emailOutbox.id, w.toPat.id)).get()!;
    expect(toPat).toMatchObject({ subject: "A former facilitator left feedback on day 1", text: "A former facilitator wrote: Nice work. Reply to a former facilitator", status: "sent" });
    expect(toPat.headers).toEqual({ "List-Unsubscribe": "<https://x/unsubscribe/abc>" });
    expect(t.db.select().from(certificates).where(eq(certificates.enrollmentId, w.patSpring.id)).get()).toMatchObject({ facilitatorNames: "Morgan Ellis and a former facilitator", revokedBy: null });
    // Spring stays with Morgan; its feedback, announcement and session stay, unsigned.
    expect(t.db.select().from(cohorts).where(eq(cohorts.id, w.spring.id)).get()).toMatchObject({ createdBy: null });
    expect(t.db.select().from(feedback).where(eq(feedback.enrollmentId, w.patSpring.id)).get()).toMatchObject({ authorId: null, body: "Nice work, Pat. A former facilitator" });
    expect(t.db.select({ n: announcements.id }).from(announcements).all()).toHaveLength(1);
    // Wes waited for Autumn: he has Dana's seat and his welcome email.
    expect(t.db.select().from(enrollments).where(eq(enrollments.id, w.wesAutumn.id)).get()!.status).toBe("active");
    expect(t.db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, "wes@example.org"), eq(emailOutbox.kind, "welcome"))).all()).toHaveLength(1);
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.cohortId, w.spring.id)).all().map((f) => f.userId)).toEqual([w.morgan.id]);
  });

  it("takes the person out of the facilitator's grid, CSV, report and analytics", async () => {
    const w = world();
    const params = { slug: "autumn" };
    const views = async () => ({
      csv: await (await runResponse(csvLoader, getRequest("/facilitate/cohorts/autumn/export.csv", { cookie: w.morganCookie }), params)).text(),
      grid: JSON.stringify(await run(gridLoader, getRequest("/facilitate/cohorts/autumn", { cookie: w.morganCookie }), params)),
      report: JSON.stringify(await run(reportLoader, getRequest("/facilitate/cohorts/autumn/report", { cookie: w.morganCookie }), params)),
      analytics: JSON.stringify(await run(analyticsLoader, getRequest("/facilitate/cohorts/autumn/analytics", { cookie: w.morganCookie }), params)),
    });
    const before = await views();
    expect(before.csv).toContain(EMAIL);
    expect(before.grid).toContain(NAME);
    const participantsBefore = (JSON.parse(before.report) as { participants: number }).participants;

    await runResponse(deleteAction, formRequest("/account/delete", { intent: "delete", confirmEmail: EMAIL }, { cookie: w.cookie }));
    const after = await views();
    for (const [view, text] of Object.entries(after)) for (const needle of NEEDLES) expect(text.toLowerCase(), `${view} still holds ${needle}`).not.toContain(needle.toLowerCase());
    expect(after.csv).toContain("pat@example.org");
    expect(after.csv).toContain("wes@example.org"); // promoted into the freed seat
    expect((JSON.parse(after.report) as { participants: number }).participants).toBe(participantsBefore); // Dana out, Wes in
    expect(after.analytics).not.toEqual(before.analytics);
  });

  it("refuses the only facilitator of a running cohort, and deletes nothing", async () => {
    const dana = createUser(t.db, EMAIL, "facilitator", NAME);
    createCohort(t.db, "solo", dana.id);
    const cookie = signedInCookie(t.db, dana.id, NOW);
    const page = JSON.stringify(await run(deleteLoader, getRequest("/account/delete", { cookie })));
    expect(page).toContain("You are the only facilitator of Cohort solo");
    const refused = await runResponse(deleteAction, formRequest("/account/delete", { intent: "delete", confirmEmail: EMAIL }, { cookie }));
    expect(refused.status).toBe(409);
    expect(t.db.select().from(users).where(eq(users.id, dana.id)).get()).toBeDefined();
  });

  it("after deletion, the address signs in like any unknown address: no email, no account made", async () => {
    const w = world();
    await runResponse(deleteAction, formRequest("/account/delete", { intent: "delete", confirmEmail: EMAIL }, { cookie: w.cookie }));
    const asked = await requestSignIn(t.db, { email: EMAIL, clientIp: "203.0.113.9", redirectTo: null }, NOW, "http://localhost:3000");
    expect(asked).toEqual({ ok: true, emailId: null });
    expect(t.db.select().from(users).where(eq(users.email, EMAIL)).all()).toEqual([]);
    expect(t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, EMAIL)).all()).toEqual([]);
    // The old session cookie no longer opens anything.
    const page = await run(deleteLoader, getRequest("/account/delete", { cookie: w.cookie }));
    expect((page as Response).headers.get("Location")).toMatch(/^\/login/);
    expect(t.db.select().from(signInTokens).where(eq(signInTokens.email, EMAIL)).all()).toHaveLength(1); // the rate limit's row, as for any address
  });
});
