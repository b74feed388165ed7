import { eq } from "drizzle-orm";
import { cohorts, dayProgress, enrollments } from "../../db/schema";
import type { CohortAnalytics } from "~/facilitation/analytics";
import { loader } from "~/routes/facilitate.cohorts.$slug.analytics";
import { countStatements, useDatabaseAt } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { getRequest, run } from "../support/remix";
import { signedInCookie } from "../support/sessions";

const NOW = new Date("2026-11-21T20:00:00Z"); // day 12 of a cohort that started 10 November (New York)
const t = useDatabaseAt(NOW);

const SECRET = "SECRET-PRIVATE-REFLECTION-7731";
const DRAFT = "DRAFT-NOT-YET-SHARED-4410";
/** 15:00 UTC on day `day`'s date (10:00 in New York): ten hours after it unlocked. */
const onDay = (day: number) => new Date(Date.UTC(2026, 10, 9 + day, 15));

type Page = { figures: CohortAnalytics; other: { title: string; figures: CohortAnalytics } | null; refused: boolean; choices: { slug: string; title: string }[]; words: Record<string, string> };

function setup() {
  const fac = createUser(t.db, "fac@example.com", "facilitator", "Morgan Ellis");
  const spring = createCohort(t.db, "spring", fac.id);
  const person = (email: string, status: "active" | "withdrawn" | "removed" | "pending" = "active") => {
    const e = enrollUser(t.db, spring.id, createUser(t.db, email).id);
    if (status !== "active") t.db.update(enrollments).set({ status, leftAt: status === "pending" ? null : onDay(5) }).where(eq(enrollments.id, e.id)).run();
    return e.id;
  };
  const work = (enrollmentId: number, days: number[], extra: Partial<typeof dayProgress.$inferInsert> = {}) =>
    t.db.insert(dayProgress).values(days.map((day) => ({ enrollmentId, day, rating: 4, exerciseAnswer: "shared words", completedAt: onDay(day), updatedAt: onDay(day), ...extra }))).run();
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  work(person("ada@example.com"), range(8));
  work(person("ben@example.com"), range(7));
  work(person("eve@example.com"), range(7));
  const cy = person("cy@example.com", "withdrawn");
  work(cy, range(3));
  const dee = person("dee@example.com");
  work(dee, [1], { visibility: "self", rating: 1, exerciseAnswer: SECRET, reflection: SECRET });
  work(dee, [2], { completedAt: null, rating: 5, exerciseAnswer: DRAFT }); // a draft: its rating never counts
  work(person("removed@example.com", "removed"), range(10)); // removed by a facilitator: not counted
  person("pending@example.com", "pending");
  return { fac, spring, cookie: signedInCookie(t.db, fac.id, NOW) };
}

const open = (slug: string, cookie?: string, query = "") => run(loader, getRequest(`/facilitate/cohorts/${slug}/analytics${query}`, { cookie }), { slug });

describe("the cohort analytics page", () => {
  it("counts who finished each day, the drop-off, the pace and the ratings, from everyone who took part", async () => {
    const { cookie } = setup();
    const page = (await open("spring", cookie)) as Page;
    const a = page.figures;
    // Five took part (one withdrew on day 5); the removed and the pending enrollments do not count.
    expect(a).toMatchObject({ phase: "running", newestDay: 12, participants: 5, leavers: 1 });
    expect(a.completion.slice(0, 9).map((c) => c.completed)).toEqual([5, 4, 4, 3, 3, 3, 3, 1, 0]);
    expect(a.dropOffs).toEqual([
      { day: 8, before: 3, after: 1, fall: 2 },
      { day: 2, before: 5, after: 4, fall: 1 },
      { day: 4, before: 4, after: 3, fall: 1 },
    ]);
    expect(page.words.completion).toBe("Most drop-off came on day 8: 3 finished day 7, 1 finished day 8. Of 5 participants, 5 finished day 1 and 0 finished day 11.");
    expect(a.pace[0]).toMatchObject({ completions: 5, medianHours: 10, p75Hours: 10 });
    // Day 1: four 4s and the private day's 1 (private ratings count); day 2: four 4s (the draft's 5 does not).
    expect(a.ratingsByDay[0]).toMatchObject({ count: 5, mean: 3.4 });
    expect(a.ratingsByDay[1]).toMatchObject({ count: 4, mean: 4 });
    // Week 2: only Ada was active (day 8), and the one who withdrew in week 1 is no longer enrolled.
    expect(a.weeks.map((w) => [w.active, w.enrolled])).toEqual([
      [5, 5],
      [1, 4],
    ]);
    const text = JSON.stringify(page);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(DRAFT);
    expect(text).not.toContain("shared words");
  });

  it("compares with another cohort of the same facilitator, and ignores one that is not theirs", async () => {
    const { fac, cookie } = setup();
    const autumn = createCohort(t.db, "autumn", fac.id);
    t.db.update(cohorts).set({ title: "Autumn run", startsOn: "2026-10-01" }).where(eq(cohorts.id, autumn.id)).run();
    const a1 = enrollUser(t.db, autumn.id, createUser(t.db, "a1@example.com").id, new Date("2026-09-20T00:00:00Z"));
    t.db.insert(dayProgress).values({ enrollmentId: a1.id, day: 1, rating: 2, completedAt: new Date("2026-10-01T09:00:00Z"), updatedAt: new Date("2026-10-01T09:00:00Z") }).run();
    const stranger = createUser(t.db, "other@example.com", "facilitator");
    const elsewhere = createCohort(t.db, "elsewhere", stranger.id);
    t.db.update(cohorts).set({ title: "Somebody else's cohort" }).where(eq(cohorts.id, elsewhere.id)).run();

    const compared = (await open("spring", cookie, "?compare=autumn")) as Page;
    expect(compared.choices).toEqual([{ slug: "autumn", title: "Autumn run" }]);
    expect(compared.other?.title).toBe("Autumn run");
    expect(compared.other?.figures).toMatchObject({ phase: "ended", participants: 1 });
    expect(compared.other?.figures.completion[0]).toMatchObject({ completed: 1, share: 1 });
    expect(compared.other?.figures.pace[0]!.medianHours).toBe(5); // unlocked at 04:00Z (EDT midnight)
    expect(compared.words.ratings).toContain("Autumn run: 2.0 of 5.");

    for (const query of ["?compare=elsewhere", "?compare=no-such-cohort"]) {
      const refused = (await open("spring", cookie, query)) as Page;
      expect(refused).toMatchObject({ other: null, refused: true });
      expect(JSON.stringify(refused)).not.toContain("Somebody else");
    }
    // An admin may compare any two cohorts.
    const admin = signedInCookie(t.db, createUser(t.db, "admin@example.com", "admin").id, NOW);
    expect(((await open("spring", admin, "?compare=elsewhere")) as Page).other?.title).toBe("Somebody else's cohort");
  });

  it("is the cohort's facilitators' and admins' only: others are sent to sign in or get a 404", async () => {
    setup();
    const anonymous = (await open("spring")) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    const participant = signedInCookie(t.db, createUser(t.db, "p@example.com").id, NOW);
    expect(((await open("spring", participant)) as Response).status).toBe(404);
    const other = createUser(t.db, "other@example.com", "facilitator");
    createCohort(t.db, "elsewhere", other.id);
    const otherCookie = signedInCookie(t.db, other.id, NOW);
    expect(((await open("spring", otherCookie)) as Response).status).toBe(404);
    // Naming their own cohort as the comparison does not open someone else's.
    expect(((await open("spring", otherCookie, "?compare=elsewhere")) as Response).status).toBe(404);
  });

  it("makes the same number of queries for 1,000 participants as for 10, with a comparison too", async () => {
    const fac = createUser(t.db, "fac@example.com", "facilitator");
    const cookie = signedInCookie(t.db, fac.id, NOW);
    const fill = (slug: string, n: number) => {
      const cohort = createCohort(t.db, slug, fac.id);
      t.db.update(cohorts).set({ capacity: 2000 }).where(eq(cohorts.id, cohort.id)).run();
      const rows = Array.from({ length: n }, (_, i) => enrollUser(t.db, cohort.id, createUser(t.db, `${slug}${i}@example.com`).id));
      t.db.insert(dayProgress).values(rows.flatMap((e) => [1, 2, 3].map((day) => ({ enrollmentId: e.id, day, rating: 3, completedAt: onDay(day), updatedAt: onDay(day) })))).run();
    };
    fill("small", 10);
    fill("large", 1000);
    const counter = countStatements(t.db);
    await open("small", cookie); // warm-up: statements prepared once per connection are prepared here
    counter.reset();
    await open("small", cookie, "?compare=large");
    const small = counter.count();
    counter.reset();
    await open("large", cookie, "?compare=small");
    const large = counter.count();
    counter.stop();
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    const page = (await open("large", cookie)) as Page;
    expect(page.figures.completion[2]!.completed).toBe(1000);
  });
});
