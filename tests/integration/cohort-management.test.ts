import { and, eq } from "drizzle-orm";
import { cohortFacilitators, cohorts, emailOutbox, users } from "../../db/schema";
import { action as verifyAction } from "~/routes/login.verify";
import { loader as facilitateLoader } from "~/routes/facilitate._index";
import { action as newAction, loader as newLoader } from "~/routes/facilitate.cohorts.new";
import { action as manageAction, loader as manageLoader } from "~/routes/facilitate.cohorts.$slug._index";
import { action as settingsAction, loader as settingsLoader } from "~/routes/facilitate.cohorts.$slug.settings";
import { action as inviteAction, loader as inviteLoader } from "~/routes/facilitate.cohorts.$slug.invite";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

const SETTINGS = { title: "Autumn cohort", slug: "autumn", startsOn: "2027-01-04", timeZone: "Europe/Berlin", schedule: "weekdays", sendHour: "8", capacity: "30", enrollmentOpen: "on" };

const GOOD = SETTINGS;

describe("creating a cohort", () => {
  it("saves it and makes the creator its facilitator", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    const response = await runResponse(newAction, formRequest("/facilitate/cohorts/new", GOOD, { cookie: signedInCookie(t.db, fac.id) }));
    expect(response.headers.get("Location")).toBe("/facilitate/cohorts/autumn?created=1");
    const cohort = t.db.select().from(cohorts).get()!;
    expect(cohort).toMatchObject({ slug: "autumn", schedule: "weekdays", sendHour: 8, capacity: 30, enrollmentOpen: true, timeZone: "Europe/Berlin" });
    expect(t.db.select().from(cohortFacilitators).all()).toEqual([expect.objectContaining({ cohortId: cohort.id, userId: fac.id })]);
  });

  it("answers bad input with a message per field and writes nothing", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    const bad = { title: "x", slug: "Not A Slug!", startsOn: "2027-02-30", timeZone: "Mars/Base", schedule: "sometimes", sendHour: "25", capacity: "0" };
    const response = await runResponse(newAction, formRequest("/facilitate/cohorts/new", bad, { cookie: signedInCookie(t.db, fac.id) }));
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(Object.keys(errors).sort()).toEqual(["capacity", "schedule", "sendHour", "slug", "startsOn", "timeZone", "title"]);
    expect(errors.timeZone).toBe("Choose a time zone from the list, like Europe/London.");
    expect(t.db.select().from(cohorts).all()).toHaveLength(0);
  });

  it("refuses an address another cohort uses", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    createCohort(t.db, "autumn");
    const response = await runResponse(newAction, formRequest("/facilitate/cohorts/new", GOOD, { cookie: signedInCookie(t.db, fac.id) }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors.slug).toBe("Another cohort uses or used this address: links to it must keep reaching that cohort.");
  });
});

describe("editing a cohort", () => {
  it("saves valid settings and refuses a capacity below the people enrolled", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    const cohort = createCohort(t.db, "spring", fac.id);
    const cookie = signedInCookie(t.db, fac.id);
    // The fixture cohort has started: its calendar is what it is.
    const GOOD = { ...SETTINGS, startsOn: cohort.startsOn, timeZone: cohort.timeZone, schedule: cohort.schedule };
    const ok = await runResponse(settingsAction, formRequest("/facilitate/cohorts/spring/settings", { ...GOOD, slug: "spring", capacity: "12" }, { cookie }), { slug: "spring" });
    expect(ok.headers.get("Location")).toBe("/facilitate/cohorts/spring?saved=1");
    for (const email of ["a@example.org", "b@example.org"]) enrollUser(t.db, cohort.id, createUser(t.db, email).id);
    const tooSmall = await runResponse(settingsAction, formRequest("/facilitate/cohorts/spring/settings", { ...GOOD, slug: "spring", capacity: "1" }, { cookie }), { slug: "spring" });
    expect(tooSmall.status).toBe(400);
    expect((await tooSmall.json()).errors.capacity).toBe("2 people are already enrolled; capacity cannot go below that.");
    expect(t.db.select().from(cohorts).where(eq(cohorts.id, cohort.id)).get()!.capacity).toBe(12);
  });

  it("lets a cohort's facilitators invite co-facilitators by email: a facilitator joins at once, a new address when it signs in", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    const other = createUser(t.db, "other@example.org", "facilitator");
    const stranger = createUser(t.db, "stranger@example.org", "facilitator");
    const cohort = createCohort(t.db, "spring", fac.id);
    const invite = (userId: number, email: string) =>
      runResponse(settingsAction, formRequest("/facilitate/cohorts/spring/settings", { intent: "add-facilitator", email }, { cookie: signedInCookie(t.db, userId) }), { slug: "spring" });
    expect((await invite(stranger.id, "x@example.org")).status).toBe(404); // not their cohort
    expect((await (await invite(fac.id, "not an address")).json()).facilitatorErrors.email).toBeTruthy();
    expect((await (await invite(fac.id, "other@example.org")).json()).added).toMatch(/now facilitates this cohort/);
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.userId, other.id)).all()).toHaveLength(1);
    expect((await (await invite(fac.id, "fac@example.org")).json()).facilitatorErrors.email).toMatch(/already facilitates/);

    // A new address: an account without a name, an invitation, an email with a link; nothing more until it signs in.
    expect((await (await invite(fac.id, "Newco@Example.org")).json()).added).toBe("Invitation sent to newco@example.org. They join when they sign in with it.");
    const newco = t.db.select().from(users).where(eq(users.email, "newco@example.org")).get()!;
    expect(newco).toMatchObject({ name: "", role: "participant" });
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.userId, newco.id)).all()).toHaveLength(0);
    const email = t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "newco@example.org")).get()!;
    expect(email).toMatchObject({ kind: "team-invite", subject: "Test Person invited you to co-facilitate Cohort spring" });
    expect(email.headers["List-Unsubscribe"]).toMatch(/\/unsubscribe\/[0-9a-f]{40}>$/);
    const token = /\/login\/verify\?token=([a-z2-7]+)/.exec(email.text)![1]!;
    const signedIn = await runResponse(verifyAction, formRequest("/login/verify", { token }));
    expect(signedIn.headers.get("Location")).toBe("/facilitate/cohorts/spring");
    expect(t.db.select().from(users).where(eq(users.id, newco.id)).get()!.role).toBe("facilitator");
    expect(t.db.select().from(cohortFacilitators).where(and(eq(cohortFacilitators.userId, newco.id), eq(cohortFacilitators.cohortId, cohort.id))).all()).toHaveLength(1);
  });
});

describe("who may see facilitator pages", () => {
  const pages = [
    { name: "/facilitate", call: (cookie?: string) => run(facilitateLoader, getRequest("/facilitate", { cookie })) },
    { name: "/facilitate/cohorts/new", call: (cookie?: string) => run(newLoader, getRequest("/facilitate/cohorts/new", { cookie })) },
    { name: "/facilitate/cohorts/new (POST)", call: (cookie?: string) => run(newAction, formRequest("/facilitate/cohorts/new", GOOD, { cookie })) },
    { name: "/facilitate/cohorts/spring", call: (cookie?: string) => run(manageLoader, getRequest("/facilitate/cohorts/spring", { cookie }), { slug: "spring" }) },
    { name: "/facilitate/cohorts/spring (POST)", call: (cookie?: string) => run(manageAction, formRequest("/facilitate/cohorts/spring", { intent: "remove", enrollmentId: "1" }, { cookie }), { slug: "spring" }) },
    { name: "/facilitate/cohorts/spring/invite", call: (cookie?: string) => run(inviteLoader, getRequest("/facilitate/cohorts/spring/invite", { cookie }), { slug: "spring" }) },
    { name: "/facilitate/cohorts/spring/invite (POST)", call: (cookie?: string) => run(inviteAction, formRequest("/facilitate/cohorts/spring/invite", { intent: "send", people: '[{"name":"","email":"x@example.org"}]' }, { cookie }), { slug: "spring" }) },
    { name: "/facilitate/cohorts/spring/settings", call: (cookie?: string) => run(settingsLoader, getRequest("/facilitate/cohorts/spring/settings", { cookie }), { slug: "spring" }) },
    { name: "/facilitate/cohorts/spring/settings (POST)", call: (cookie?: string) => run(settingsAction, formRequest("/facilitate/cohorts/spring/settings", GOOD, { cookie }), { slug: "spring" }) },
  ];

  it.each(pages)("$name: anonymous to sign in; a participant and another cohort's facilitator refused", async ({ name, call }) => {
    const mine = createUser(t.db, "mine@example.org", "facilitator");
    const other = createUser(t.db, "other@example.org", "facilitator");
    const participant = createUser(t.db, "p@example.org");
    createCohort(t.db, "spring", mine.id);
    createCohort(t.db, "elsewhere", other.id);

    const anonymous = (await call()) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect([403, 404]).toContain(((await call(signedInCookie(t.db, participant.id))) as Response).status);
    if (name.includes("spring")) expect(((await call(signedInCookie(t.db, other.id))) as Response).status).toBe(404);
    expect(t.db.select().from(cohorts).all()).toHaveLength(2);
  });
});

describe("a started cohort's settings (issue 15, item 2)", () => {
  it("refuse a crafted save that moves day 1, and keep the old address reserved and redirecting", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    const cohort = createCohort(t.db, "spring", fac.id);
    const cookie = signedInCookie(t.db, fac.id);
    const same = { ...SETTINGS, slug: "spring", startsOn: cohort.startsOn, timeZone: cohort.timeZone, schedule: cohort.schedule };
    const moved = await runResponse(settingsAction, formRequest("/facilitate/cohorts/spring/settings", { ...same, startsOn: "2027-01-04" }, { cookie }), { slug: "spring" });
    expect(moved.status).toBe(400);
    expect((await moved.json()).errors.startsOn).toMatch(/so this is fixed/);
    expect(t.db.select().from(cohorts).where(eq(cohorts.id, cohort.id)).get()!.startsOn).toBe("2026-11-10");

    const renamed = await runResponse(settingsAction, formRequest("/facilitate/cohorts/spring/settings", { ...same, slug: "spring-2026" }, { cookie }), { slug: "spring" });
    expect(renamed.headers.get("Location")).toBe("/facilitate/cohorts/spring-2026?saved=1");
    // Another cohort cannot take the old address over.
    const taken = await runResponse(newAction, formRequest("/facilitate/cohorts/new", { ...SETTINGS, slug: "spring" }, { cookie }));
    expect((await taken.json()).errors.slug).toMatch(/uses or used this address/);
  });
});

describe("running a cohort again (issue 15, item 5)", () => {
  it("copies the settings and the facilitators, never the people, and only from a cohort you run", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    const co = createUser(t.db, "co@example.org", "facilitator", "Co Facilitator");
    const stranger = createUser(t.db, "stranger@example.org", "facilitator");
    const source = createCohort(t.db, "spring", fac.id);
    t.db.insert(cohortFacilitators).values({ cohortId: source.id, userId: co.id }).run();
    const cookie = signedInCookie(t.db, fac.id);
    const form = (await run(newLoader, getRequest("/facilitate/cohorts/new?from=spring", { cookie }))) as { from: { title: string; team: string[] }; values: Record<string, unknown> };
    expect(form.from).toMatchObject({ title: "Cohort spring" });
    expect(form.from.team.sort()).toEqual(["Co Facilitator", "Test Person"]);
    expect(form.values).toMatchObject({ title: "Cohort spring (next run)", slug: "spring-2", timeZone: source.timeZone, schedule: source.schedule });
    // Someone else's cohort shows nothing of itself.
    const theirs = (await run(newLoader, getRequest("/facilitate/cohorts/new?from=spring", { cookie: signedInCookie(t.db, stranger.id) }))) as { from: unknown; values: { title: string } };
    expect(theirs.from).toBeNull();
    expect(theirs.values.title).toBe("");

    const created = await runResponse(newAction, formRequest("/facilitate/cohorts/new", { ...SETTINGS, slug: "spring-2", from: "spring" }, { cookie }));
    expect(created.headers.get("Location")).toBe("/facilitate/cohorts/spring-2?created=1");
    const clone = t.db.select().from(cohorts).where(eq(cohorts.slug, "spring-2")).get()!;
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.cohortId, clone.id)).all().map((f) => f.userId).sort()).toEqual([fac.id, co.id].sort());
    // A stranger's "from" brings nobody along.
    await runResponse(newAction, formRequest("/facilitate/cohorts/new", { ...SETTINGS, slug: "mine", from: "spring" }, { cookie: signedInCookie(t.db, stranger.id) }));
    const mine = t.db.select().from(cohorts).where(eq(cohorts.slug, "mine")).get()!;
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.cohortId, mine.id)).all().map((f) => f.userId)).toEqual([stranger.id]);
  });
});

describe("the co-facilitator invitation's empty field", () => {
  it("asks for the invitee's address, not the facilitator's own", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    createCohort(t.db, "spring", fac.id);
    const response = await runResponse(settingsAction, formRequest("/facilitate/cohorts/spring/settings", { intent: "add-facilitator", email: "" }, { cookie: signedInCookie(t.db, fac.id) }), { slug: "spring" });
    expect((await response.json()).facilitatorErrors.email).toBe("Enter the address of the person to invite.");
  });
});
