/**
 * Every email but sign-in carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), and
 * each link does what it says when a mail provider posts to it: a participant's stops all
 * course email, a facilitator's digest link stops the digest alone.
 */
import { eq } from "drizzle-orm";
import { emailOutbox, users } from "../../db/schema";
import { participantReport } from "~/balance/report.server";
import { readSettings, saveSettings } from "~/account/settings.server";
import { requestSignIn } from "~/auth/sign-in.server";
import { queueWelcome } from "~/cohorts/welcome.server";
import { getCourse } from "~/course/content.server";
import { deliverDue } from "~/email/deliver.server";
import { enqueueMany } from "~/email/outbox.server";
import { resendTransport } from "~/email/transport.server";
import { dueDigests } from "~/facilitation/digest.server";
import { addFeedback, participantInCohort, sendNudge } from "~/facilitation/participant.server";
import { createComposer } from "~/nudges/compose.server";
import { loadNudgeFacts } from "~/nudges/facts.server";
import { runTick } from "~/nudges/tick.server";
import { action as unsubscribe } from "~/routes/unsubscribe.$token";
import type { TestDatabase } from "../support/db";
import type { FakeResend } from "../support/fake-resend";
import { useDatabaseAndFakeResend } from "../support/mail-env";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { BASE, runResponse } from "../support/remix";

let t: TestDatabase;
let fake: FakeResend;
const NOW = new Date("2026-11-21T12:30:00Z"); // day 12 of the fixture cohort, after its 07:00 New York send
const MONDAY = new Date("2026-11-23T14:00:00Z");
useDatabaseAndFakeResend((db, f) => ([t, fake] = [db, f]));

function setUp() {
  const facilitator = createUser(t.db, "morgan@example.org", "facilitator", "Morgan Ellis");
  const cohort = createCohort(t.db, "spring", facilitator.id);
  const dana = createUser(t.db, "dana@example.org", "participant", "Dana Whitfield");
  const enrollment = enrollUser(t.db, cohort.id, dana.id);
  return { facilitator, cohort, dana, enrollment };
}

/** A mail provider's one-click request: a POST to the header's address, no session, no Origin. */
async function oneClick(header: string): Promise<Response> {
  const url = new URL(/^<(.+)>$/.exec(header)![1]!);
  const request = new Request(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
  return runResponse(unsubscribe, request, { token: url.pathname.split("/").at(-1)! });
}

const user = (id: number) => t.db.select().from(users).where(eq(users.id, id)).get()!;

describe("List-Unsubscribe", () => {
  it("is on every kind of email but sign-in, and points at the right list", async () => {
    const { facilitator, cohort, dana, enrollment } = setUp();
    await requestSignIn(t.db, { email: "dana@example.org", clientIp: "203.0.113.7", redirectTo: null }, NOW, BASE);
    await queueWelcome(t.db, { case: "enrolled", cohort, to: { id: dana.id, email: dana.email, name: dana.name, timeZone: null, sendHour: null, unsubscribeToken: dana.unsubscribeToken }, enrollmentId: enrollment.id, clientIp: "203.0.113.7" }, NOW, BASE);
    const participant = participantInCohort(t.db, cohort.id, enrollment.id)!;
    await addFeedback(t.db, participant, facilitator, 3, "Which wait will you attack first?", NOW, BASE);
    await sendNudge(t.db, participant, facilitator, [4, 5], NOW, BASE);
    // The daily email, the congratulation and the report, as the tick composes them.
    const { facts, recipients } = loadNudgeFacts(t.db, NOW);
    const composer = createComposer(getCourse("1"), BASE, NOW);
    const f = facts[0]!;
    const r = recipients.get(enrollment.id)!;
    enqueueMany(
      t.db,
      [
        await composer.compose({ kind: "daily", enrollmentId: enrollment.id, day: 12, form: "lesson", missedDays: [], nextStep: 12 }, f, r),
        await composer.compose({ kind: "congrats", enrollmentId: enrollment.id }, f, r),
        await composer.compose({ kind: "report", enrollmentId: enrollment.id }, f, r, participantReport(t.db, enrollment.id, f.cohort, NOW)),
        ...(await dueDigests(t.db, MONDAY, BASE)),
      ],
      NOW,
    );

    const rows = t.db.select().from(emailOutbox).all();
    expect(new Set(rows.map((e) => e.kind))).toEqual(new Set(["sign-in", "welcome", "feedback", "nudge", "daily", "congrats", "report", "digest"]));
    for (const row of rows) {
      if (row.kind === "sign-in") {
        expect(row.headers["List-Unsubscribe"]).toBeUndefined();
        continue;
      }
      const token = row.userId === dana.id ? dana.unsubscribeToken : facilitator.unsubscribeToken;
      const list = row.kind === "digest" ? "?list=digest" : "";
      expect(row.headers, row.kind).toMatchObject({ "List-Unsubscribe": `<${BASE}/unsubscribe/${token}${list}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
      // The same link is in the body, for people (and clients) that do not show the header.
      expect(row.html, row.kind).toContain(`${BASE}/unsubscribe/${token}${list}`);
    }

    // And they reach the provider as headers, through the real SDK.
    await deliverDue(t.db, resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url }), () => NOW);
    const digest = fake.accepted.find((e) => e.to.includes("morgan@example.org") && /at risk/.test(e.subject))!;
    expect(digest.headers?.["List-Unsubscribe"]).toContain("?list=digest");
    expect(fake.accepted.find((e) => /^You're enrolled/.test(e.subject))!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("in the digest turns off the digest alone, and it stays off the next Monday", async () => {
    const { facilitator } = setUp();
    const [digest] = await dueDigests(t.db, MONDAY, BASE);
    const response = await oneClick(digest!.headers!["List-Unsubscribe"]!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("The weekly Tripod digest is turned off.");
    expect(user(facilitator.id)).toMatchObject({ digestEmails: false, unsubscribedAt: null, dailyEmails: true });
    expect(await dueDigests(t.db, new Date(MONDAY.getTime() + 7 * 86_400_000), BASE)).toEqual([]);
  });

  it("in the digest cancels a digest already queued before the click", async () => {
    const { facilitator } = setUp();
    const transport = resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    enqueueMany(t.db, await dueDigests(t.db, MONDAY, BASE), MONDAY);
    const row = t.db.select().from(emailOutbox).get()!;
    await oneClick(row.headers["List-Unsubscribe"]!);
    await deliverDue(t.db, transport, () => MONDAY);
    expect(fake.accepted).toHaveLength(0);
    expect(t.db.select().from(emailOutbox).get()).toMatchObject({ status: "cancelled", lastError: "cancelled: the weekly digest was turned off before it was sent" });
    expect(user(facilitator.id).digestEmails).toBe(false);
  });

  it("in a welcome or a daily email stops all course email, and the next tick sends nothing", async () => {
    const { cohort, dana, enrollment } = setUp();
    await queueWelcome(t.db, { case: "enrolled", cohort, to: { id: dana.id, email: dana.email, name: dana.name, timeZone: null, sendHour: null, unsubscribeToken: dana.unsubscribeToken }, enrollmentId: enrollment.id, clientIp: "203.0.113.7" }, NOW, BASE);
    const welcome = t.db.select().from(emailOutbox).get()!;
    expect((await oneClick(welcome.headers["List-Unsubscribe"]!)).status).toBe(200);
    expect(user(dana.id).unsubscribedAt).not.toBeNull();
    const report = await runTick(t.db, resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url }), () => NOW, BASE);
    expect(report.planned).toEqual({ daily: 0, "catch-up": 0, congrats: 0, report: 0 });
    expect(fake.accepted.filter((e) => e.to.includes("dana@example.org")).map((e) => e.subject)).toEqual(["You're enrolled: Cohort spring"]);
  });

  it("has a twin on the settings page: facilitators turn the digest off there, participants' saves leave it alone", async () => {
    const { facilitator } = setUp();
    saveSettings(t.db, facilitator.id, { name: "Morgan Ellis", timeZone: null, sendHour: null, dailyEmails: true, digestEmails: false });
    expect(readSettings(t.db, facilitator.id)).toMatchObject({ digestEmails: false, facilitates: true });
    expect(await dueDigests(t.db, MONDAY, BASE)).toEqual([]);
    // A participant's form has no digest box: saving it leaves the column alone.
    const dana = createUser(t.db, "lee@example.org", "participant", "Lee Park");
    saveSettings(t.db, dana.id, { name: "Lee Park", timeZone: null, sendHour: null, dailyEmails: true, digestEmails: false });
    expect(user(dana.id).digestEmails).toBe(true);
  });
});
