import { spawn } from "node:child_process";
import { and, eq } from "drizzle-orm";
import { cohorts, emailOutbox, enrollments, users } from "../../db/schema";
import { settleDeliveries } from "~/email/send.server";
import { useClock } from "~/time/clock.server";
import { action as enrollAction, loader as cohortLoader } from "~/routes/cohorts.$slug._index";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { action as manageAction } from "~/routes/facilitate.cohorts.$slug._index";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser } from "../support/fixtures";
import { context, formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
beforeEach(() => {
  t = freshDatabase();
  useClock(() => new Date("2026-11-01T12:00:00Z"));
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
  it("creates the account and the enrollment, sends the welcome email, and shows 'check your email'", async () => {
    createCohort(t.db, "spring");
    const response = await enrollForm({ name: "Ada Lovelace", email: "Ada@Example.org", timeZone: "Europe/London" });
    expect(response.headers.get("Location")).toBe("/cohorts/spring/enrolled?status=enrolled&email=ada%40example.org");
    const user = t.db.select().from(users).where(eq(users.email, "ada@example.org")).get()!;
    expect(user).toMatchObject({ name: "Ada Lovelace", timeZone: "Europe/London", role: "participant" });
    expect(enrollmentRows()).toMatchObject([{ userId: user.id, status: "active" }]);
    await settleDeliveries();
    const [welcome] = welcomeEmails();
    expect(welcome).toMatchObject({ toAddress: "ada@example.org", subject: "You're enrolled: Cohort spring", status: "sent" });
    expect(welcome!.text).toContain("Tuesday 10 November 2026");
    expect(welcome!.text).toContain("/cohorts/spring/calendar.ics");
  });

  it("is harmless the second time, and says so", async () => {
    createCohort(t.db, "spring");
    await enrollForm({ name: "Ada", email: "ada@example.org" });
    const again = await enrollForm({ name: "Ada", email: "ada@example.org" });
    expect(again.headers.get("Location")).toContain("status=already-enrolled");
    expect(enrollmentRows()).toHaveLength(1);
    expect(welcomeEmails()).toHaveLength(1);
  });

  it("offers the waitlist when full, and promotes in order when a seat frees", async () => {
    const cohort = createCohort(t.db, "spring");
    t.db.update(cohorts).set({ capacity: 1 }).where(eq(cohorts.id, cohort.id)).run();
    await enrollForm({ name: "First", email: "first@example.org" });
    expect((await enrollForm({ name: "Second", email: "second@example.org" })).headers.get("Location")).toContain("status=waitlisted");
    await enrollForm({ name: "Third", email: "third@example.org" });
    const data = (await run(cohortLoader, getRequest("/cohorts/spring"), { slug: "spring" })) as { seatsLeft: number };
    expect(data.seatsLeft).toBe(0);

    const first = t.db.select().from(users).where(eq(users.email, "first@example.org")).get()!;
    const firstEnrollment = enrollmentRows().find((e) => e.userId === first.id)!;
    // "Leave" first only asks: ?leave=<enrollment> names the cohort to confirm, and nothing changes yet.
    const asking = (await run(accountLoader, getRequest(`/account?leave=${firstEnrollment.id}`, { cookie: signedInCookie(t.db, first.id) }))) as { leaving: { title: string } | null };
    expect(asking.leaving?.title).toBe("Cohort spring");
    expect(enrollmentRows().find((e) => e.id === firstEnrollment.id)!.status).toBe("active");
    const left = await runResponse(accountAction, formRequest("/account", { intent: "leave", enrollmentId: String(firstEnrollment.id) }, { cookie: signedInCookie(t.db, first.id) }));
    expect((await left.json()).done).toMatch(/^You have left Cohort spring\./);
    const statuses = Object.fromEntries(
      t.db.select({ email: users.email, status: enrollments.status }).from(enrollments).innerJoin(users, eq(users.id, enrollments.userId)).all().map((r) => [r.email, r.status]),
    );
    expect(statuses).toEqual({ "first@example.org": "withdrawn", "second@example.org": "active", "third@example.org": "waitlisted" });
    await settleDeliveries();
    expect(welcomeEmails().map((e) => e.toAddress).sort()).toEqual(["first@example.org", "second@example.org"]);
  });

  it("says when enrollment is closed, and writes nothing", async () => {
    const cohort = createCohort(t.db, "spring");
    t.db.update(cohorts).set({ enrollmentOpen: false }).where(eq(cohorts.id, cohort.id)).run();
    const response = await enrollForm({ name: "Ada", email: "ada@example.org" });
    expect(response.status).toBe(400);
    expect((await response.json()).errors.form).toMatch(/closed/);
    expect(t.db.select().from(users).all()).toHaveLength(0);
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
    expect(results.map((r) => r.status).sort()).toEqual(["enrolled", "waitlisted"]);
    expect(t.db.select().from(enrollments).where(and(eq(enrollments.cohortId, cohort.id), eq(enrollments.status, "active"))).all()).toHaveLength(1);
  });
});

describe("invitations", () => {
  const invite = (db: TestDatabase, cookie: string, invitees: string) =>
    runResponse(manageAction, formRequest("/facilitate/cohorts/spring", { intent: "invite", invitees }, { cookie }), { slug: "spring" }, context());

  it("enroll and email every valid line", async () => {
    const facilitator = createUser(t.db, "fac@example.org", "facilitator");
    createCohort(t.db, "spring", facilitator.id);
    const response = await invite(t, signedInCookie(t.db, facilitator.id), "Ada Lovelace <ada@example.org>\ngrace@example.org");
    expect((await response.json()).done).toBe("2 people enrolled and emailed.");
    await settleDeliveries();
    expect(welcomeEmails()).toHaveLength(2);
  });

  it("apply nothing when any line is invalid, and list the reasons", async () => {
    const facilitator = createUser(t.db, "fac@example.org", "facilitator");
    createCohort(t.db, "spring", facilitator.id);
    const response = await invite(t, signedInCookie(t.db, facilitator.id), "ada@example.org\nbroken@\n");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.invalid).toEqual([{ line: 2, text: "broken@", reason: "not a valid email address" }]);
    expect(enrollmentRows()).toHaveLength(0);
  });

  it("respect capacity: a list bigger than the seats left enrolls nobody", async () => {
    const facilitator = createUser(t.db, "fac@example.org", "facilitator");
    const cohort = createCohort(t.db, "spring", facilitator.id);
    t.db.update(cohorts).set({ capacity: 2 }).where(eq(cohorts.id, cohort.id)).run();
    const response = await invite(t, signedInCookie(t.db, facilitator.id), "a@example.org\nb@example.org\nc@example.org");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("The list needs 3 new seats but only 2 are left. Raise the capacity or shorten the list; nobody was enrolled.");
    expect(enrollmentRows()).toHaveLength(0);
  });

  it("let a facilitator remove someone, keeping their record", async () => {
    const facilitator = createUser(t.db, "fac@example.org", "facilitator");
    createCohort(t.db, "spring", facilitator.id);
    const cookie = signedInCookie(t.db, facilitator.id);
    await invite(t, cookie, "ada@example.org");
    const [enrollment] = enrollmentRows();
    const response = await runResponse(manageAction, formRequest("/facilitate/cohorts/spring", { intent: "remove", enrollmentId: String(enrollment!.id) }, { cookie }), { slug: "spring" });
    expect((await response.json()).done).toMatch(/removed\. Their work is kept/);
    expect(enrollmentRows()[0]).toMatchObject({ status: "removed" });
  });
});
