import { eq } from "drizzle-orm";
import { cohortFacilitators, cohorts } from "../../db/schema";
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

  it("lets an admin add a facilitator, and nobody else", async () => {
    const fac = createUser(t.db, "fac@example.org", "facilitator");
    const other = createUser(t.db, "other@example.org", "facilitator");
    const admin = createUser(t.db, "admin@example.org", "admin");
    createCohort(t.db, "spring", fac.id);
    const add = (userId: number, email: string) =>
      runResponse(settingsAction, formRequest("/facilitate/cohorts/spring/settings", { intent: "add-facilitator", email }, { cookie: signedInCookie(t.db, userId) }), { slug: "spring" });
    expect((await add(fac.id, "other@example.org")).status).toBe(403);
    expect((await (await add(admin.id, "nobody@example.org")).json()).facilitatorErrors.email).toMatch(/No account/);
    expect((await (await add(admin.id, "other@example.org")).json()).added).toBe("Test Person");
    expect(t.db.select().from(cohortFacilitators).where(eq(cohortFacilitators.userId, other.id)).all()).toHaveLength(1);
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
