/**
 * Issue 16, item 3: a facilitator's announcement reaches every active participant of the
 * cohort once: a card on their home until they mark it read, and one email each through the
 * outbox (none to someone unsubscribed, none to another cohort, never twice).
 */
import { eq } from "drizzle-orm";
import { announcements, emailOutbox, enrollments, notifications, users } from "../../db/schema";
import { deliverDue } from "~/email/deliver.server";
import { settleDeliveries } from "~/email/send.server";
import { resendTransport } from "~/email/transport.server";
import { useClock } from "~/time/clock.server";
import { sendAnnouncement } from "~/community/announcements.server";
import { action as announceAction, loader as announceLoader } from "~/routes/facilitate.cohorts.$slug.announcements";
import { action as homeAction, loader as homeLoader } from "~/routes/learn.$enrollmentId._index";
import { countStatements, type TestDatabase } from "../support/db";
import type { FakeResend } from "../support/fake-resend";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { useDatabaseAndFakeResend } from "../support/mail-env";
import { BASE, formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
let fake: FakeResend;
const NOW = new Date("2026-11-21T15:00:00Z"); // day 12 of the fixture cohort (New York)
useDatabaseAndFakeResend((db, f) => ([t, fake] = [db, f]));
beforeEach(() => useClock(() => NOW));
afterEach(async () => {
  await settleDeliveries();
  useClock(undefined);
});

const TITLE = "Live session moved to Thursday";
const BODY = "Hello all,\n\nThe live session moves to Thursday at 18:00.\nSame link as before.\n\nBring one <b>question</b> & one win.";

function setUp() {
  const morgan = createUser(t.db, "morgan@example.org", "facilitator", "Morgan Ellis");
  const cohort = createCohort(t.db, "spring", morgan.id);
  const person = (email: string, name: string) => {
    const user = createUser(t.db, email, "participant", name);
    return { user, enrollment: enrollUser(t.db, cohort.id, user.id) };
  };
  const dana = person("dana@example.org", "Dana Whitfield");
  const lee = person("lee@example.org", "Lee Park");
  const sam = person("sam@example.org", "Sam Ortiz");
  t.db.update(users).set({ unsubscribedAt: NOW }).where(eq(users.id, sam.user.id)).run();
  const gone = person("gone@example.org", "Gabe Gone");
  t.db.update(enrollments).set({ status: "withdrawn", leftAt: NOW }).where(eq(enrollments.id, gone.enrollment.id)).run();
  const otherFacilitator = createUser(t.db, "olu@example.org", "facilitator", "Olu Other");
  const autumn = createCohort(t.db, "autumn", otherFacilitator.id);
  const outsider = createUser(t.db, "otto@example.org", "participant", "Otto Outsider");
  enrollUser(t.db, autumn.id, outsider.id);
  return { morgan, cohort, dana, lee, sam, gone, otherFacilitator, outsider, cookie: signedInCookie(t.db, morgan.id, NOW) };
}

const announce = (cookie: string, fields: Record<string, string>) => run(announceAction, formRequest("/facilitate/cohorts/spring/announcements", fields, { cookie }), { slug: "spring" });
const outbox = () => t.db.select().from(emailOutbox).all();

describe("sending an announcement", () => {
  it("emails each active participant once, through the outbox, and no one unsubscribed, withdrawn or in another cohort", async () => {
    const { morgan, dana, lee, sam, cookie } = setUp();
    const response = (await announce(cookie, { intent: "send", title: TITLE, body: BODY })) as Response;
    expect(response.status).toBe(302);
    const [sent] = t.db.select().from(announcements).all();
    expect(sent).toMatchObject({ title: TITLE, body: BODY, authorId: morgan.id });
    expect(response.headers.get("Location")).toBe(`/facilitate/cohorts/spring/announcements?sent=${sent!.id}`);

    const emails = outbox();
    expect(emails.map((e) => e.toAddress).sort()).toEqual(["dana@example.org", "lee@example.org"]);
    for (const e of emails) {
      const userId = e.toAddress === "dana@example.org" ? dana.user.id : lee.user.id;
      expect(e).toMatchObject({ kind: "announcement", idempotencyKey: `announcement/${sent!.id}/${userId}`, subject: `Cohort spring: ${TITLE}` });
      const token = t.db.select().from(users).where(eq(users.id, userId)).get()!.unsubscribeToken;
      expect(e.headers).toMatchObject({ "List-Unsubscribe": `<${BASE}/unsubscribe/${token}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Reply-To": '"Morgan Ellis" <morgan@example.org>' });
      expect(e.html).toContain(`${BASE}/unsubscribe/${token}`);
      // Plain text, never HTML: the typed tag is escaped in the HTML part and kept as typed in the text part.
      expect(e.html).toContain("Bring one &lt;b&gt;question&lt;/b&gt; &amp; one win.");
      expect(e.html).not.toContain("<b>question</b>");
      expect(e.html).toContain("The live session moves to Thursday at 18:00.<br/>Same link as before.");
      expect(e.text).toContain("The live session moves to Thursday at 18:00.\nSame link as before.\n\nBring one <b>question</b> & one win.");
    }
    // Everyone active has it on their home, the unsubscribed too; nobody else.
    const told = t.db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.kind, "announcement")).all().map((n) => n.userId).sort();
    expect(told).toEqual([dana.user.id, lee.user.id, sam.user.id].sort());

    await deliverDue(t.db, resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url }), () => NOW);
    expect(fake.accepted.map((e) => e.to[0]).sort()).toEqual(["dana@example.org", "lee@example.org"]);
    expect(fake.accepted.every((e) => e.text?.includes("Same link as before."))).toBe(true);
  });

  it("sends nothing more when the same form is sent again", async () => {
    const { cookie } = setUp();
    await announce(cookie, { intent: "send", title: TITLE, body: BODY });
    const again = (await announce(cookie, { intent: "send", title: TITLE, body: BODY })) as Response;
    expect(again.headers.get("Location")).toMatch(/\?repeat=\d+$/);
    expect(t.db.select().from(announcements).all()).toHaveLength(1);
    expect(outbox()).toHaveLength(2);
    expect(t.db.select().from(notifications).all()).toHaveLength(3);
    // The page says so.
    const page = (await run(announceLoader, getRequest(again.headers.get("Location")!, { cookie }), { slug: "spring" })) as { notice: string };
    expect(page.notice).toBe("That announcement was already sent a moment ago; it was not sent twice.");
  });

  it("keeps what was typed when a field is wrong, and sends nothing", async () => {
    const { cookie } = setUp();
    const empty = await runResponse(announceAction, formRequest("/facilitate/cohorts/spring/announcements", { intent: "send", title: " ", body: BODY }, { cookie }), { slug: "spring" });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ errors: { title: "Give the announcement a title." }, values: { body: BODY } });
    const long = await runResponse(announceAction, formRequest("/facilitate/cohorts/spring/announcements", { intent: "send", title: TITLE, body: "x".repeat(5001) }, { cookie }), { slug: "spring" });
    expect(long.status).toBe(400);
    expect((await long.json()).errors.body).toMatch(/5,001 characters; the limit is 5,000/);
    // A preview shows it as participants will read it, and sends nothing.
    const preview = (await ((await announce(cookie, { intent: "preview", title: TITLE, body: BODY })) as Response).json()) as { preview: { paragraphs: string[][] }; values: Record<string, string> };
    expect(preview.preview.paragraphs).toEqual([["Hello all,"], ["The live session moves to Thursday at 18:00.", "Same link as before."], ["Bring one <b>question</b> & one win."]]);
    expect(preview.values.title).toBe(TITLE);
    expect(t.db.select().from(announcements).all()).toHaveLength(0);
    expect(outbox()).toHaveLength(0);
  });

  it("is for the cohort's own facilitators: anyone else finds no such page", async () => {
    const { otherFacilitator, dana } = setUp();
    for (const who of [otherFacilitator.id, dana.user.id]) {
      const cookie = signedInCookie(t.db, who, NOW);
      expect(((await run(announceLoader, getRequest("/facilitate/cohorts/spring/announcements", { cookie }), { slug: "spring" })) as Response).status).toBe(404);
      expect(((await announce(cookie, { intent: "send", title: TITLE, body: BODY })) as Response).status).toBe(404);
    }
    expect(t.db.select().from(announcements).all()).toHaveLength(0);
  });

  it("composes a large cohort with a fixed number of statements, in batches", async () => {
    const { morgan, cohort } = setUp();
    const many = t.db.insert(users).values(Array.from({ length: 450 }, (_, i) => ({ email: `p${i}@example.org`, name: `Person ${i}` }))).returning({ id: users.id }).all();
    t.db.insert(enrollments).values(many.map((u) => ({ cohortId: cohort.id, userId: u.id, status: "active" as const }))).run();
    const statements = countStatements(t.db);
    const result = await sendAnnouncement(t.db, cohort, morgan, { title: TITLE, body: BODY }, NOW, BASE);
    const used = statements.count();
    statements.stop();
    expect(result).toMatchObject({ status: "sent", recipients: 453 });
    expect(outbox()).toHaveLength(452);
    if (result.status === "sent") expect(result.emailIds).toHaveLength(452);
    // Participants read twice, a repeat check, the announcement, notifications in 500s, emails in 200s, their ids.
    expect(used).toBeLessThanOrEqual(10);
  });
});

describe("on the participant's home", () => {
  it("shows each unread announcement of that cohort as a card until its reader marks it read", async () => {
    const { cookie, dana, lee } = setUp();
    await announce(cookie, { intent: "send", title: TITLE, body: BODY });
    const danaCookie = signedInCookie(t.db, dana.user.id, NOW);
    const home = async () =>
      ((await run(homeLoader, getRequest(`/learn/${dana.enrollment.id}`, { cookie: danaCookie }), { enrollmentId: String(dana.enrollment.id) })) as { announcements: { id: number; title: string; paragraphs: string[][] }[] }).announcements;
    const [card] = await home();
    expect(card).toMatchObject({ title: TITLE, paragraphs: [["Hello all,"], ["The live session moves to Thursday at 18:00.", "Same link as before."], ["Bring one <b>question</b> & one win."]] });

    // Someone else cannot mark it read for Dana, even posting to her page.
    const leeCookie = signedInCookie(t.db, lee.user.id, NOW);
    const foreign = await run(homeAction, formRequest(`/learn/${dana.enrollment.id}`, { intent: "read-announcement", announcementId: String(card!.id) }, { cookie: leeCookie }), { enrollmentId: String(dana.enrollment.id) });
    expect((foreign as Response).status).toBe(404);
    expect(await home()).toHaveLength(1);

    const read = await runResponse(homeAction, formRequest(`/learn/${dana.enrollment.id}`, { intent: "read-announcement", announcementId: String(card!.id) }, { cookie: danaCookie }), { enrollmentId: String(dana.enrollment.id) });
    expect(read.status).toBe(200);
    expect(await home()).toEqual([]);
    // Lee's is still unread, and the facilitator's list counts one reader of three.
    const list = (await run(announceLoader, getRequest("/facilitate/cohorts/spring/announcements", { cookie }), { slug: "spring" })) as { list: { title: string; read: string }[] };
    expect(list.list).toEqual([expect.objectContaining({ title: TITLE, read: "Read by 1 of 3." })]);
    const bad = await runResponse(homeAction, formRequest(`/learn/${dana.enrollment.id}`, { intent: "read-announcement", announcementId: "x" }, { cookie: danaCookie }), { enrollmentId: String(dana.enrollment.id) });
    expect(bad.status).toBe(400);
  });
});
