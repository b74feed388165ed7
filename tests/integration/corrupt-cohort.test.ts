/**
 * One cohort whose calendar cannot be computed (written straight into the database, as a
 * bad import or an old bug would leave it) must not stop anyone else's pages or email.
 */
import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { cohorts, emailOutbox } from "../../db/schema";
import { localOutboxTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { action as newCohortAction } from "~/routes/facilitate.cohorts.new";
import { loader as facilitateLoader } from "~/routes/facilitate._index";
import { loader as calendarLoader } from "~/routes/cohorts.$slug.calendar[.]ics";
import { loader as csvLoader } from "~/routes/facilitate.cohorts.$slug.export[.]csv";
import { loader as gridLoader } from "~/routes/facilitate.cohorts.$slug._index";
import { loader as reportLoader } from "~/routes/facilitate.cohorts.$slug.report";
import { loader as settingsLoader } from "~/routes/facilitate.cohorts.$slug.settings";
import { action as enrollAction, loader as publicLoader } from "~/routes/cohorts.$slug._index";
import { useDatabaseAt } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

// 07:00 in New York on 21 November 2026: day 12's email is due for the healthy cohort.
const NOW = new Date("2026-11-21T12:00:00Z");
const t = useDatabaseAt(NOW);

function world() {
  const admin = createUser(t.db, "admin@example.com", "admin", "Ada Admin");
  const healthy = createCohort(t.db, "healthy", admin.id);
  const far = createCohort(t.db, "far-future", admin.id);
  const nowhere = createCohort(t.db, "nowhere", admin.id);
  // Straight into the database: the form would refuse these.
  t.db.update(cohorts).set({ startsOn: "9999-12-20" }).where(eq(cohorts.id, far.id)).run();
  t.db.update(cohorts).set({ timeZone: "Mars/Olympus_Mons" }).where(eq(cohorts.id, nowhere.id)).run();
  for (const [i, cohort] of [healthy, far, nowhere].entries()) enrollUser(t.db, cohort.id, createUser(t.db, `p${i}@example.com`).id);
  return { admin, healthy };
}

describe("a cohort with a corrupt calendar", () => {
  it("is skipped by the email tick, which sends everyone else's email", async () => {
    world();
    const report = await runTick(t.db, localOutboxTransport(), () => NOW, "http://localhost:3000");
    expect(report.skipped).toBe(4); // each broken cohort: its one enrollment, and its digest
    const daily = t.db.select().from(emailOutbox).all().filter((e) => e.kind === "daily");
    expect(daily.map((e) => e.toAddress)).toEqual(["p0@example.com"]);
  });

  it("is skipped by `npm run emails:tick`, which exits 0 and says so", () => {
    world();
    const result = spawnSync(process.execPath, ["--import", "tsx", "app/cli/emails-tick.ts", "--now", "2026-11-23T13:00:00Z"], {
      env: { ...process.env, DATABASE_URL: t.file, NODE_ENV: "development", LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/skipped \d+/);
    // Monday: the healthy cohort's digest went out too.
    expect(t.db.select().from(emailOutbox).all().some((e) => e.kind === "digest")).toBe(true);
  });

  it("is listed on /facilitate with a way to fix it, and the other cohorts show as usual", async () => {
    const { admin } = world();
    const page = (await run(facilitateLoader, getRequest("/facilitate", { cookie: signedInCookie(t.db, admin.id, NOW) }))) as { cohorts: { slug: string; status: string; problem: string | null; atRisk: number | null }[] };
    const bySlug = Object.fromEntries(page.cohorts.map((c) => [c.slug, c]));
    expect(bySlug.healthy).toMatchObject({ status: "Day 12 of 30", problem: null, atRisk: expect.any(Number) });
    expect(bySlug["far-future"]).toMatchObject({ status: "Dates need fixing", problem: expect.stringMatching(/9999-12-20/) });
    expect(bySlug.nowhere).toMatchObject({ status: "Dates need fixing", problem: expect.stringMatching(/Mars/) });
  });

  it("cannot be made through the form: day 1 must be within a year back and two years ahead", async () => {
    const { admin } = world();
    const cookie = signedInCookie(t.db, admin.id, NOW);
    const fields = { title: "Far away", slug: "far-away", timeZone: "Europe/London", schedule: "daily", sendHour: "7", capacity: "20" };
    for (const startsOn of ["9999-12-20", "2024-01-01", "2029-01-01", "2026-02-30"]) {
      const answer = await runResponse(newCohortAction, formRequest("/facilitate/cohorts/new", { ...fields, startsOn }, { cookie }));
      expect(answer.status, startsOn).toBe(400);
      expect((await answer.json()).errors.startsOn, startsOn).toMatch(/Pick/);
    }
    const ok = await run(newCohortAction, formRequest("/facilitate/cohorts/new", { ...fields, startsOn: "2027-01-04" }, { cookie }));
    expect((ok as Response).status).toBe(302);
  });

  it("answers its own pages with a 409 that says what to fix, while its settings open so it can be fixed", async () => {
    const { admin, healthy } = world();
    const cookie = signedInCookie(t.db, admin.id, NOW);
    for (const [loader, url] of [
      [gridLoader, "/facilitate/cohorts/far-future"],
      [reportLoader, "/facilitate/cohorts/far-future/report"],
      [csvLoader, "/facilitate/cohorts/far-future/export.csv"],
      [calendarLoader, "/cohorts/far-future/calendar.ics"],
    ] as const) {
      const answer = (await run(loader, getRequest(url, { cookie }), { slug: "far-future" })) as Response;
      expect(answer.status, url).toBe(409);
      expect(await answer.text(), url).toMatch(/cannot be worked out: its start date 9999-12-20/);
    }
    // The public page and an enrollment post: a 409 that names the problem, nothing written.
    const page = (await run(publicLoader, getRequest("/cohorts/far-future"), { slug: "far-future" })) as Response;
    expect(page.status).toBe(409);
    const before = t.db.select().from(emailOutbox).all().length;
    const posted = (await run(enrollAction, formRequest("/cohorts/far-future", { name: "Ada", email: "ada@example.org" }), { slug: "far-future" })) as Response;
    expect(posted.status).toBe(409);
    expect(t.db.select().from(emailOutbox).all()).toHaveLength(before);
    const settings = (await run(settingsLoader, getRequest("/facilitate/cohorts/far-future/settings", { cookie }), { slug: "far-future" })) as { values: { startsOn: string } };
    expect(settings.values.startsOn).toBe("9999-12-20");
    // The healthy cohort is untouched by it.
    const grid = await run(gridLoader, getRequest(`/facilitate/cohorts/${healthy.slug}`, { cookie }), { slug: healthy.slug });
    expect(grid).not.toBeInstanceOf(Response);
  });
});
