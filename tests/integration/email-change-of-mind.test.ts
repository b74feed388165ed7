/**
 * Email waits in the outbox through a provider outage while people change their minds: an
 * unsubscribe or a leave cancels what is still queued, and the rows are kept, marked.
 */
import { eq } from "drizzle-orm";
import { cohorts, emailOutbox, users } from "../../db/schema";
import { consentVerdict } from "~/email/consent";
import { resendTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { action as accountAction } from "~/routes/account";
import { action as unsubscribeAction } from "~/routes/unsubscribe.$token";
import { useClock } from "~/time/clock.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { createUser, enrollUser } from "../support/fixtures";
import { formRequest, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
let fake: FakeResend;
const APP = "http://localhost:3000";
// Day 1 of a New York cohort starting 21 November 2026, at 07:00 local.
const DAY1_7AM = new Date("2026-11-21T12:00:00Z");
const minutes = (n: number) => new Date(DAY1_7AM.getTime() + n * 60_000);

beforeEach(async () => {
  t = freshDatabase();
  fake = await startFakeResend();
});
afterEach(async () => {
  useClock(undefined);
  await fake.close();
  removeDatabase(t);
});

function threePeople() {
  const cohort = t.db.insert(cohorts).values({ slug: "winter", title: "Winter", startsOn: "2026-11-21", timeZone: "America/New_York", sendHour: 7 }).returning().get();
  return ["ada", "ben", "cy"].map((name) => {
    const user = createUser(t.db, `${name}@example.org`, "participant", name);
    return { user, enrollment: enrollUser(t.db, cohort.id, user.id) };
  });
}
const transport = () => resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
const daily = () => t.db.select().from(emailOutbox).all().filter((e) => e.kind === "daily");

describe("a change of mind while email waits out an outage", () => {
  it("an unsubscribe and a leave cancel the queued day-1 email; the third person still gets theirs", async () => {
    const [ada, ben, cy] = threePeople();
    fake.faults.serverErrorRate = 1; // the provider is down
    await runTick(t.db, transport(), () => DAY1_7AM, APP);
    expect(daily().map((e) => e.status)).toEqual(["pending", "pending", "pending"]);

    // Ada presses one-click unsubscribe; Ben leaves the cohort from /account.
    useClock(() => minutes(10));
    const token = t.db.select().from(users).where(eq(users.id, ada!.user.id)).get()!.unsubscribeToken!;
    expect((await runResponse(unsubscribeAction, formRequest(`/unsubscribe/${token}`, { "List-Unsubscribe": "One-Click" }), { token })).status).toBe(200);
    const left = await runResponse(accountAction, formRequest("/account", { intent: "leave", enrollmentId: String(ben!.enrollment.id) }, { cookie: signedInCookie(t.db, ben!.user.id, minutes(10)) }));
    expect(left.status).toBe(200);

    // The provider is back.
    fake.faults.serverErrorRate = 0;
    await runTick(t.db, transport(), () => minutes(90), APP);
    expect(fake.accepted.map((a) => a.to[0])).toEqual(["cy@example.org"]);
    const byTo = Object.fromEntries(daily().map((e) => [e.toAddress, e]));
    expect(byTo["ada@example.org"]).toMatchObject({ status: "cancelled", lastError: expect.stringMatching(/unsubscribed/) });
    expect(byTo["ben@example.org"]).toMatchObject({ status: "cancelled", lastError: expect.stringMatching(/withdrawn/) });
    expect(byTo["cy@example.org"]).toMatchObject({ status: "sent" });
    void cy;
  });

  it("if the provider had in fact sent the batch (its answer lost), nothing is sent twice", async () => {
    const [ada] = threePeople();
    fake.faults.acceptThenFailRate = 1; // accepted, then the answer is lost
    await runTick(t.db, transport(), () => DAY1_7AM, APP);
    expect(fake.accepted).toHaveLength(3);
    fake.faults.acceptThenFailRate = 0;
    t.db.update(users).set({ unsubscribedAt: minutes(5) }).where(eq(users.id, ada!.user.id)).run();
    await runTick(t.db, transport(), () => minutes(90), APP);
    // The retry under the same key, without Ada, is recognised by the provider: no new email.
    expect(fake.accepted).toHaveLength(3);
    expect(daily().every((e) => e.status === "sent")).toBe(true);
  });
});

describe("the consent rule at send time", () => {
  const facts = { unsubscribed: false, dailyEmails: true, digestEmails: true, activityEmails: true, enrollmentStatus: "active" };
  it("lets sign-in and welcome emails through whatever the preferences", () => {
    for (const kind of ["sign-in", "welcome"]) expect(consentVerdict(kind, { unsubscribed: true, dailyEmails: false, digestEmails: false, activityEmails: false, enrollmentStatus: "withdrawn" }).send).toBe(true);
  });
  it("cancels course email after an unsubscribe, daily email after a pause, and email about an enrollment that ended", () => {
    expect(consentVerdict("daily", facts).send).toBe(true);
    expect(consentVerdict("report", { ...facts, unsubscribed: true }).send).toBe(false);
    expect(consentVerdict("daily", { ...facts, dailyEmails: false }).send).toBe(false);
    expect(consentVerdict("congrats", { ...facts, dailyEmails: false }).send).toBe(false);
    expect(consentVerdict("report", { ...facts, dailyEmails: false }).send).toBe(true);
    expect(consentVerdict("feedback", { ...facts, enrollmentStatus: "removed" }).send).toBe(false);
    expect(consentVerdict("digest", { ...facts, enrollmentStatus: null }).send).toBe(true);
    expect(consentVerdict("digest", { ...facts, enrollmentStatus: null, digestEmails: false }).send).toBe(false);
    expect(consentVerdict("digest", { ...facts, enrollmentStatus: null, unsubscribed: true }).send).toBe(false);
    expect(consentVerdict("daily", { ...facts, digestEmails: false }).send).toBe(true);
  });
  it("cancels the activity email when it was turned off or all course email stopped, and nothing else for it", () => {
    expect(consentVerdict("activity", { ...facts, enrollmentStatus: null }).send).toBe(true);
    expect(consentVerdict("activity", { ...facts, enrollmentStatus: null, activityEmails: false }).send).toBe(false);
    expect(consentVerdict("activity", { ...facts, enrollmentStatus: null, unsubscribed: true }).send).toBe(false);
    expect(consentVerdict("activity", { ...facts, enrollmentStatus: null, dailyEmails: false }).send).toBe(true);
    expect(consentVerdict("daily", { ...facts, activityEmails: false }).send).toBe(true);
    expect(consentVerdict("announcement", { ...facts, activityEmails: false, dailyEmails: false }).send).toBe(true);
    expect(consentVerdict("announcement", { ...facts, unsubscribed: true }).send).toBe(false);
    expect(consentVerdict("announcement", { ...facts, enrollmentStatus: "withdrawn" }).send).toBe(false);
  });
});
