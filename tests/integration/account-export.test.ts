/**
 * Issue 18: "download my data" through the real route. The zip is read back with yauzl: the
 * JSON has the documented shape and the person's own words, the Markdown reads them back,
 * and nothing of anyone else (another participant's answers, a reply by someone else, other
 * people's emails) or any live key (sign-in links and codes) is in it.
 */
import { eq } from "drizzle-orm";
import { unzip as readZip } from "../support/zip";
import { dayProgress, emailOutbox, feedback, posts } from "../../db/schema";
import { loader as zipLoader } from "~/routes/account_.data[.]zip";
import { useDatabaseAt } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { getRequest, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

const NOW = new Date("2026-12-15T12:00:00Z"); // after the fixture cohort (10 November) ended
const t = useDatabaseAt(NOW);

const OTHERS = "OTHER-PERSON-SECRET-4471";

function person(days: number, emails: number) {
  const fac = createUser(t.db, "fac@example.org", "facilitator", "Morgan Ellis");
  const cohort = createCohort(t.db, "spring", fac.id);
  const ada = createUser(t.db, "ada@example.org", "participant", "Ada Lovelace");
  const other = createUser(t.db, "other@example.org", "participant", "Otto Other");
  const mine = enrollUser(t.db, cohort.id, ada.id);
  const theirs = enrollUser(t.db, cohort.id, other.id);
  const at = new Date("2026-11-20T10:00:00Z");
  const rows = t.db
    .insert(dayProgress)
    .values(Array.from({ length: days }, (_, i) => ({ enrollmentId: mine.id, day: i + 1, exerciseAnswer: `Ada's day ${i + 1} answer: ${"words ".repeat(60)}`, reflection: `Reflection ${i + 1}`, rating: (i % 5) + 1, visibility: "cohort" as const, completedAt: at, updatedAt: at })))
    .returning()
    .all();
  t.db.insert(dayProgress).values({ enrollmentId: theirs.id, day: 2, exerciseAnswer: OTHERS, reflection: OTHERS, rating: 2, visibility: "cohort", completedAt: at, updatedAt: at }).run();
  t.db.insert(feedback).values({ enrollmentId: mine.id, day: 2, authorId: fac.id, body: "Clear and honest.", createdAt: at }).run();
  const post = t.db.insert(posts).values({ cohortId: cohort.id, day: 2, authorId: ada.id, body: "Ada's own post", createdAt: at }).returning().get();
  t.db.insert(posts).values({ cohortId: cohort.id, day: 2, authorId: other.id, parentId: post.id, body: `Reply by Otto ${OTHERS}`, createdAt: at }).run();
  t.db.insert(posts).values({ cohortId: cohort.id, day: 2, authorId: ada.id, progressId: rows[1]!.id, createdAt: at }).run();
  const mail = (n: number, to: string, userId: number, kind = "daily", text = `Email ${n} text ${"lorem ".repeat(200)}`) => ({
    idempotencyKey: `k/${to}/${n}`,
    kind,
    toAddress: to,
    fromAddress: "t@example.org",
    subject: `Email ${n}`,
    html: "<p>x</p>",
    text,
    userId,
    status: "sent" as const,
    nextAttemptAt: at,
    sentAt: at,
    createdAt: at,
  });
  for (let i = 0; i < emails; i += 500) t.db.insert(emailOutbox).values(Array.from({ length: Math.min(500, emails - i) }, (_, j) => mail(i + j, "ada@example.org", ada.id))).run();
  t.db.insert(emailOutbox).values([mail(1, "other@example.org", other.id, "daily", OTHERS), mail(99999, "ada@example.org", ada.id, "sign-in", "Sign in: http://localhost:3000/login/verify?token=livetoken123 or enter 482913")]).run();
  return { ada, cookie: signedInCookie(t.db, ada.id, NOW) };
}

describe("downloading my data", () => {
  it("is a zip with the JSON, the README and the answers as Markdown; only the person's own data", async () => {
    const { cookie } = person(30, 100);
    const started = performance.now();
    const response = await runResponse(zipLoader, getRequest("/account/data.zip", { cookie }));
    const zip = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - started;
    console.log(`export: 30 days and 101 emails -> ${zip.length} bytes zipped in ${ms.toFixed(0)} ms`);
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="tripod-data-2026-12-15.zip"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");

    const files = await readZip(zip);
    expect([...files.keys()].sort()).toEqual(["README.txt", "answers/spring.md", "tripod-data.json"]);
    const data = JSON.parse(files.get("tripod-data.json")!);
    expect(data).toMatchObject({ format: "tripod-export", version: 1, exportedAt: NOW.toISOString(), profile: { name: "Ada Lovelace", email: "ada@example.org" } });
    const spring = data.enrollments[0];
    expect(spring.cohort).toMatchObject({ title: "Cohort spring", slug: "spring" });
    expect(spring.days).toHaveLength(30);
    expect(spring.days[1]).toMatchObject({ day: 2, exerciseAnswer: expect.stringContaining("Ada's day 2 answer"), rating: 2, visibility: "cohort" });
    expect(spring.days[1].title).toBeTruthy();
    expect(spring.feedbackReceived).toEqual([expect.objectContaining({ day: 2, from: "Morgan Ellis", body: "Clear and honest." })]);
    expect(data.posts.map((p: { kind: string }) => p.kind).sort()).toEqual(["post", "shared answer"]);
    expect(data.posts.find((p: { kind: string }) => p.kind === "post")).toMatchObject({ body: "Ada's own post", repliesByOthers: 1 });
    expect(data.emailsSentToMe).toHaveLength(101);
    const signIn = data.emailsSentToMe.find((e: { kind: string }) => e.kind === "sign-in");
    expect(signIn.text).not.toMatch(/livetoken123|482913/);

    const md = files.get("answers/spring.md")!;
    expect(md).toContain(`## Day 2: ${spring.days[1].title}`);
    expect(md).toContain("> Ada's day 2 answer");
    expect(files.get("README.txt")).toContain("answers/spring.md");

    for (const [name, text] of files) expect(text, name).not.toContain(OTHERS);
    expect(files.get("tripod-data.json")).not.toContain("other@example.org");
  });

  it("is for the signed-in person only", async () => {
    person(2, 1);
    const response = await runResponse(zipLoader, getRequest("/account/data.zip"));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/login/);
  });

  it("streams thousands of emails without holding them (figures for the report)", async () => {
    const { cookie } = person(30, 5000);
    if (global.gc) global.gc();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    const started = performance.now();
    const response = await runResponse(zipLoader, getRequest("/account/data.zip", { cookie }));
    const reader = response.body!.getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    console.log(`export: 30 days and 5001 emails (${((5001 * 1200) / 1e6).toFixed(1)} MB of text) -> ${bytes} bytes in ${(performance.now() - started).toFixed(0)} ms, heap grew at most ${((peak - heapBefore) / 1e6).toFixed(1)} MB`);
    expect(bytes).toBeGreaterThan(0);
  });
});
