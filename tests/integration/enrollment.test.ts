import { spawn } from "node:child_process";
import { and, eq } from "drizzle-orm";
import { cohorts, emailOutbox, enrollments, signInTokens, users } from "../../db/schema";
import { resetEnrollLimits } from "~/cohorts/public-enroll.server";
import { settleDeliveries } from "~/email/send.server";
import { useClock } from "~/time/clock.server";
import { action as enrollAction, loader as cohortLoader } from "~/routes/cohorts.$slug._index";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { action as codeAction } from "~/routes/login.code";
import { action as verifyAction, loader as verifyLoader } from "~/routes/login.verify";
import { action as manageAction } from "~/routes/facilitate.cohorts.$slug._index";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { context, cookieFrom, formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
beforeEach(() => {
  t = freshDatabase();
  useClock(() => new Date("2026-11-01T12:00:00Z"));
  resetEnrollLimits();
});
afterEach(async () => {
  await settleDeliveries();
  useClock(undefined);
  removeDatabase(t);
});

const enrollForm = (fields: Record<string, string>) => runResponse(enrollAction, formRequest("/cohorts/spring", fields), { slug: "spring" });
const enrollmentRows = () => t.db.select().from(enrollments).all();
const welcomeEmails = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "welcome")).all();

describe("enrolling on the public cohort page", () => {
  const T0 = new Date("2026-11-01T12:00:00Z");
  const HOUR = 3_600_000;
  const checkYourEmail = (email: string) => `/cohorts/spring/enrolled?email=${encodeURIComponent(email)}`;
  const outboxTo = (email: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(emailOutbox.id).all();
  const linkIn = (text: string) => new URL(/(http:\/\/\S+\/login\/verify\?token=[a-z2-7]+)/.exec(text)![1]!);
  const seatsLeft = async () => ((await run(cohortLoader, getRequest("/cohorts/spring"), { slug: "spring" })) as { seatsLeft: number }).seatsLeft;
  const confirm = (link: URL) => runResponse(verifyAction, formRequest("/login/verify", { token: link.searchParams.get("token")! }));

  it("holds a seat for 48 hours and sends one email whose link confirms it and signs in", async () => {
    createCohort(t.db, "spring");
    const response = await enrollForm({ name: "Ada Lovelace", email: "Ada@Example.org", timeZone: "Europe/London" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(checkYourEmail("ada@example.org"));
    const user = t.db.select().from(users).where(eq(users.email, "ada@example.org")).get()!;
    expect(user).toMatchObject({ name: "Ada Lovelace", timeZone: "Europe/London", role: "participant" });
    expect(enrollmentRows()).toMatchObject([{ userId: user.id, status: "pending", holdUntil: new Date(T0.getTime() + 48 * HOUR) }]);
    await settleDeliveries();
    const emails = outboxTo("ada@example.org");
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: "welcome", subject: "Confirm your seat: Cohort spring", status: "sent" });
    expect(emails[0]!.text).toContain("Day 1 opens on Tuesday 10 November 2026");
    expect(emails[0]!.text).toContain("/cohorts/spring/calendar.ics");
    const token = t.db.select().from(signInTokens).get()!;
    expect(token).toMatchObject({ enrollmentId: enrollmentRows()[0]!.id, expiresAt: new Date(T0.getTime() + 48 * HOUR), usedAt: null });

    const link = linkIn(emails[0]!.text);
    const page = await runResponse(verifyLoader, getRequest(link.pathname + link.search));
    expect(page.status).toBe(200);
    expect(t.db.select().from(signInTokens).get()!.usedAt).toBeNull();
    const signedIn = await confirm(link);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe(`/learn/${enrollmentRows()[0]!.id}`);
    expect(signedIn.headers.get("Set-Cookie")).toMatch(/^tripod_session=/);
    expect(enrollmentRows()[0]).toMatchObject({ status: "active", holdUntil: null });
    expect((await confirm(link)).status).toBe(400);
  });

  it("confirms the seat with the email's code too, on another device", async () => {
    createCohort(t.db, "spring");
    await enrollForm({ name: "Ada", email: "ada@example.org" });
    const code = /\b(\d{6})\b/.exec(outboxTo("ada@example.org")[0]!.text)![1]!;
    const response = await runResponse(codeAction, formRequest("/login/code", { email: "ada@example.org", code }));
    expect(response.headers.get("Location")).toBe(`/learn/${enrollmentRows()[0]!.id}`);
    expect(enrollmentRows()[0]).toMatchObject({ status: "active" });
  });

  it("tells a late joiner where the cohort is and that they start with day 1", async () => {
    createCohort(t.db, "spring");
    useClock(() => new Date("2026-11-21T15:00:00Z"));
    await enrollForm({ name: "Ada", email: "ada@example.org" });
    const text = outboxTo("ada@example.org")[0]!.text;
    expect(text).toContain("The cohort is on day 12 of 30. You start with day 1 today");
    expect(text).not.toContain("Day 1 opens");
    const page = (await run(cohortLoader, getRequest("/cohorts/spring"), { slug: "spring" })) as { standing: { headline: string; late: boolean } };
    expect(page.standing).toMatchObject({ headline: "Started Tuesday 10 November 2026; today is day 12 of 30.", late: true });
  });

  it("answers the same for a new, held, waitlisted and enrolled address and a closed cohort; only the email differs", async () => {
    const cohort = createCohort(t.db, "spring");
    t.db.update(cohorts).set({ capacity: 1 }).where(eq(cohorts.id, cohort.id)).run();
    const answers: (string | null)[] = [];
    let client = 0;
    const post = async (email: string) => {
      const response = await runResponse(enrollAction, formRequest("/cohorts/spring", { name: "Someone", email }), { slug: "spring" }, context(`198.51.100.${++client}`));
      expect(response.status).toBe(302);
      answers.push(response.headers.get("Location")!.replace(encodeURIComponent(email), "EMAIL"));
    };
    await post("first@example.org"); // held
    await post("second@example.org"); // full: waitlisted
    await post("first@example.org"); // still held: the email again
    await confirm(linkIn(outboxTo("first@example.org").at(-1)!.text));
    await post("first@example.org"); // enrolled
    await post("second@example.org"); // still waitlisted
    t.db.update(cohorts).set({ enrollmentOpen: false }).where(eq(cohorts.id, cohort.id)).run();
    await post("third@example.org"); // closed
    expect(new Set(answers)).toEqual(new Set(["/cohorts/spring/enrolled?email=EMAIL"]));
    const subjects = (email: string) => outboxTo(email).map((e) => e.subject.split(":")[0]);
    expect(subjects("first@example.org")).toEqual(["Confirm your seat", "Confirm your seat", "You're already enrolled"]);
    expect(subjects("second@example.org")).toEqual(["You're on the waitlist", "You're on the waitlist"]);
    expect(subjects("third@example.org")).toEqual(["Enrollment is closed"]);
    expect(outboxTo("third@example.org")[0]!.text).not.toContain("/login/verify");
    expect(t.db.select().from(users).where(eq(users.email, "third@example.org")).get()).toBeUndefined();
  });

  it("counts a held seat against capacity and releases it after 48 hours", async () => {
    const cohort = createCohort(t.db, "spring");
    t.db.update(cohorts).set({ capacity: 1 }).where(eq(cohorts.id, cohort.id)).run();
    await enrollForm({ name: "Ada", email: "ada@example.org" });
    expect(await seatsLeft()).toBe(0);
    useClock(() => new Date(T0.getTime() + 48 * HOUR - 1));
    expect(await seatsLeft()).toBe(0);
    await enrollForm({ name: "Bo", email: "bo@example.org" });
    expect(outboxTo("bo@example.org").at(-1)!.subject).toBe("You're on the waitlist: Cohort spring");

    useClock(() => new Date(T0.getTime() + 48 * HOUR));
    expect(await seatsLeft()).toBe(1);
    await enrollForm({ name: "Cy", email: "cy@example.org" });
    expect(await seatsLeft()).toBe(0);
    // Ada's link lapsed with her hold; enrolling again puts her on the waitlist, and Cy's link works.
    const lapsed = await confirm(linkIn(outboxTo("ada@example.org")[0]!.text));
    expect(lapsed.status).toBe(400);
    expect(await lapsed.json()).toEqual({ reason: "expired" });
    await enrollForm({ name: "Ada", email: "ada@example.org" });
    expect(outboxTo("ada@example.org").at(-1)!.subject).toBe("You're on the waitlist: Cohort spring");
    const cy = await confirm(linkIn(outboxTo("cy@example.org")[0]!.text));
    const page = (await run(cohortLoader, getRequest("/cohorts/spring", { cookie: cookieFrom(cy) }), { slug: "spring" })) as { seat: { status: string } };
    expect(page.seat).toMatchObject({ status: "active" });
  });

  it("lets each client enroll 5 times an hour, then answers 429 with Retry-After and keeps what was typed", async () => {
    createCohort(t.db, "spring");
    for (let i = 1; i <= 5; i++) expect((await enrollForm({ name: `P${i}`, email: `p${i}@example.org` })).status).toBe(302);
    const refused = await enrollForm({ name: "Six", email: "six@example.org" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("3600");
    expect((await refused.json()).values).toMatchObject({ name: "Six", email: "six@example.org" });
    expect(outboxTo("six@example.org")).toHaveLength(0);
    const elsewhere = await runResponse(enrollAction, formRequest("/cohorts/spring", { name: "Six", email: "six@example.org" }), { slug: "spring" }, context("198.51.100.9"));
    expect(elsewhere.status).toBe(302);
    useClock(() => new Date(T0.getTime() + HOUR));
    expect((await enrollForm({ name: "Seven", email: "seven@example.org" })).status).toBe(302);
  });

  it("shows a signed-in member their way in instead of an empty form, with who facilitates and what a day asks", async () => {
    const facilitator = createUser(t.db, "fac@example.org", "facilitator", "Grace Hopper");
    const cohort = createCohort(t.db, "spring", facilitator.id);
    const member = createUser(t.db, "ada@example.org", "participant", "Ada");
    const enrollment = enrollUser(t.db, cohort.id, member.id);
    const anonymous = (await run(cohortLoader, getRequest("/cohorts/spring"), { slug: "spring" })) as { seat: unknown; facilitators: string[]; effort: string; standing: { headline: string } };
    expect(anonymous).toMatchObject({ seat: null, facilitators: ["Grace Hopper"], standing: { headline: "Starts in 9 days, on Tuesday 10 November 2026." } });
    expect(anonymous.effort).toMatch(/^about \d+ minutes \(\d+ to \d+\)$/);
    const signedIn = await run(cohortLoader, getRequest("/cohorts/spring", { cookie: signedInCookie(t.db, member.id, T0) }), { slug: "spring" });
    expect(signedIn).toMatchObject({ seat: { enrollmentId: enrollment.id, status: "active" } });
  });

  it("promotes the waitlist in order when a confirmed seat frees", async () => {
    const cohort = createCohort(t.db, "spring");
    t.db.update(cohorts).set({ capacity: 1 }).where(eq(cohorts.id, cohort.id)).run();
    await enrollForm({ name: "First", email: "first@example.org" });
    await enrollForm({ name: "Second", email: "second@example.org" });
    await enrollForm({ name: "Third", email: "third@example.org" });
    await confirm(linkIn(outboxTo("first@example.org")[0]!.text));
    const first = t.db.select().from(users).where(eq(users.email, "first@example.org")).get()!;
    const firstEnrollment = enrollmentRows().find((e) => e.userId === first.id)!;
    // "Leave" first only asks: ?leave=<enrollment> names the cohort to confirm, and nothing changes yet.
    const asking = (await run(accountLoader, getRequest(`/account?leave=${firstEnrollment.id}`, { cookie: signedInCookie(t.db, first.id, T0) }))) as { leaving: { title: string } | null };
    expect(asking.leaving?.title).toBe("Cohort spring");
    expect(enrollmentRows().find((e) => e.id === firstEnrollment.id)!.status).toBe("active");
    const left = await runResponse(accountAction, formRequest("/account", { intent: "leave", enrollmentId: String(firstEnrollment.id) }, { cookie: signedInCookie(t.db, first.id, T0) }));
    expect((await left.json()).done).toMatch(/^You have left Cohort spring\./);
    const statuses = Object.fromEntries(
      t.db.select({ email: users.email, status: enrollments.status }).from(enrollments).innerJoin(users, eq(users.id, enrollments.userId)).all().map((r) => [r.email, r.status]),
    );
    expect(statuses).toEqual({ "first@example.org": "withdrawn", "second@example.org": "active", "third@example.org": "waitlisted" });
    await settleDeliveries();
    expect(outboxTo("second@example.org").map((e) => e.subject)).toEqual(["You're on the waitlist: Cohort spring", "You're enrolled: Cohort spring"]);
  });

  it("answers bad input with field messages and writes nothing", async () => {
    createCohort(t.db, "spring");
    const response = await enrollForm({ name: " ", email: "nope" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual({ name: "Enter your name.", email: "Enter an email address like name@example.com." });
    expect(body.values).toMatchObject({ email: "nope" });
    expect(t.db.select().from(users).all()).toHaveLength(0);
  });

  it("gives exactly one of two simultaneous enrollments the last seat", async () => {
    const cohort = createCohort(t.db, "race");
    t.db.update(cohorts).set({ capacity: 1 }).where(eq(cohorts.id, cohort.id)).run();
    const startAt = String(Date.now() + 1500);
    const contender = (email: string) =>
      new Promise<{ status: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", "tests/support/enroll-race.ts", t.file, String(cohort.id), email, startAt]);
        let out = "";
        child.stdout.on("data", (c: Buffer) => (out += c.toString()));
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}`))));
      });
    const results = await Promise.all([contender("one@example.org"), contender("two@example.org")]);
    expect(results.map((r) => r.status).sort()).toEqual(["held", "waitlisted"]);
    expect(t.db.select().from(enrollments).where(and(eq(enrollments.cohortId, cohort.id), eq(enrollments.status, "pending"))).all()).toHaveLength(1);
  });
});

describe("a facilitator on the cohort page", () => {
  it("can remove someone, keeping their record", async () => {
    const facilitator = createUser(t.db, "fac@example.org", "facilitator");
    const spring = createCohort(t.db, "spring", facilitator.id);
    const cookie = signedInCookie(t.db, facilitator.id);
    enrollUser(t.db, spring.id, createUser(t.db, "ada@example.org").id);
    const [enrollment] = enrollmentRows();
    const response = await runResponse(manageAction, formRequest("/facilitate/cohorts/spring", { intent: "remove", enrollmentId: String(enrollment!.id) }, { cookie }), { slug: "spring" });
    expect((await response.json()).done).toMatch(/removed\. Their work is kept/);
    expect(enrollmentRows()[0]).toMatchObject({ status: "removed" });
  });
});
