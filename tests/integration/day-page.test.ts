import { and, eq } from "drizzle-orm";
import { assessmentAnswers, dayProgress, emailOutbox, enrollments, feedback, users } from "../../db/schema";
import { notify } from "~/community/notify.server";
import { loader as rootLoader } from "~/root";
import { useClock } from "~/time/clock.server";
import { action as dayAction, loader as dayLoader } from "~/routes/learn.$enrollmentId.days.$day";
import { loader as homeLoader } from "~/routes/learn.$enrollmentId._index";
import { loader as learnLoader } from "~/routes/learn._index";
import { action as settingsAction, loader as settingsLoader } from "~/routes/settings";
import { getCourse } from "~/course/content.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { BASE, formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
let cookie: string;
let enrollmentId: number;
// 15:00 in New York on 21 November 2026: the cohort that started on the 10th is on day 12.
const NOW = new Date("2026-11-21T20:00:00Z");

beforeEach(() => {
  t = freshDatabase();
  useClock(() => NOW);
  const cohort = createCohort(t.db, "spring");
  const user = createUser(t.db, "dana@example.com");
  enrollmentId = enrollUser(t.db, cohort.id, user.id).id;
  cookie = signedInCookie(t.db, user.id);
});
afterEach(() => {
  useClock(undefined);
  removeDatabase(t);
});

const path = (day: number) => `/learn/${enrollmentId}/days/${day}`;
const params = (day: number) => ({ enrollmentId: String(enrollmentId), day: String(day) });
const post = (day: number, fields: Record<string, string>, as = cookie) => runResponse(dayAction, formRequest(path(day), fields, { cookie: as }), params(day));
const stored = (day: number) => t.db.select().from(dayProgress).where(and(eq(dayProgress.enrollmentId, enrollmentId), eq(dayProgress.day, day))).get();
const FULL = { exerciseAnswer: "Listed my three goals.", reflection: "I lean on process.", rating: "4" };

describe("the day page", () => {
  it("shows an open day's lesson, exercise, reflection and rating statement", async () => {
    const page = (await run(dayLoader, getRequest(path(4), { cookie }), params(4))) as Record<string, unknown>;
    const lesson = getCourse("1").byDay(4)!;
    expect(page).toMatchObject({ locked: false, day: 4, title: lesson.title, reflectionQuestion: lesson.reflection, ratingStatement: lesson.rating });
    expect(page.html).toBe(lesson.html);
  });

  it("saves a draft, then marks the day complete, and both stay editable", async () => {
    const draft = await post(5, { intent: "save", exerciseAnswer: "Half done", reflection: "" });
    expect(draft.status).toBe(200);
    expect(stored(5)).toMatchObject({ exerciseAnswer: "Half done", completedAt: null });
    await post(5, { intent: "complete", ...FULL, visibility: "self" });
    const completedAt = stored(5)!.completedAt;
    expect(completedAt).toEqual(NOW);
    expect(stored(5)).toMatchObject({ exerciseAnswer: FULL.exerciseAnswer, rating: 4, visibility: "self" });
    useClock(() => new Date(NOW.getTime() + 3_600_000));
    await post(5, { intent: "save", ...FULL, reflection: "Edited later.", visibility: "cohort" });
    expect(stored(5)).toMatchObject({ reflection: "Edited later.", completedAt, visibility: "cohort" });
  });

  it("never loses what a save did not carry: a draft save keeps the rating, the audience and the text it was not sent", async () => {
    await post(7, { intent: "complete", ...FULL, visibility: "self" });
    // What the first edition's redrawn form sent: no rating chosen, no audience sent.
    const draft = await post(7, { intent: "save", exerciseAnswer: FULL.exerciseAnswer, reflection: "Added a line." });
    expect(draft.status).toBe(200);
    expect(stored(7)).toMatchObject({ reflection: "Added a line.", rating: 4, visibility: "self" });
    expect(stored(7)!.completedAt).toEqual(NOW);
    // A request with only the intent changes nothing.
    await post(7, { intent: "autosave" });
    expect(stored(7)).toMatchObject({ exerciseAnswer: FULL.exerciseAnswer, reflection: "Added a line.", rating: 4, visibility: "self" });
    // Saying so changes it; a value that is not one of the three is refused and changes nothing.
    await post(7, { intent: "save", visibility: "facilitators" });
    expect(stored(7)!.visibility).toBe("facilitators");
    const odd = await post(7, { intent: "save", visibility: "everyone" });
    expect(odd.status).toBe(400);
    expect(stored(7)!.visibility).toBe("facilitators");
  });

  it("completes a day whose rating was saved earlier, judging the work as it will be stored", async () => {
    await post(8, { intent: "save", rating: "2" });
    const done = await post(8, { intent: "complete", exerciseAnswer: FULL.exerciseAnswer, reflection: FULL.reflection });
    expect(done.status).toBe(200);
    expect(stored(8)).toMatchObject({ rating: 2 });
    expect(stored(8)!.completedAt).toEqual(NOW);
  });

  it("refuses to complete a day without the exercise, the reflection and a rating, with a message for each", async () => {
    const response = await post(6, { intent: "complete", exerciseAnswer: " ", reflection: "", rating: "" });
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(Object.keys(errors).sort()).toEqual(["exerciseAnswer", "form", "rating", "reflection"]);
    expect(stored(6)).toBeUndefined();
  });

  it("refuses an answer over 20,000 characters and leaves the stored draft untouched", async () => {
    await post(7, { intent: "save", exerciseAnswer: "My careful draft", reflection: "" });
    const before = stored(7);
    const response = await post(7, { intent: "save", exerciseAnswer: "x".repeat(20_001), reflection: "" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.exerciseAnswer).toMatch(/20,001 characters; the limit is 20,000\. Nothing was saved, and your last saved draft is unchanged/);
    // Echoed no further than the field takes (its textarea stops typing at 20,000 too), so an error answer stays small.
    expect(body.values.exerciseAnswer).toHaveLength(20_000);
    expect(stored(7)).toEqual(before);
    expect((await post(7, { intent: "save", exerciseAnswer: "y".repeat(20_000), reflection: "" })).status).toBe(200);
  });

  it("answers a bad rating or intent with a field error, never a 500", async () => {
    expect((await (await post(8, { intent: "complete", ...FULL, rating: "9" })).json()).errors.rating).toBe("Choose a rating from 1 to 5.");
    expect((await post(8, { intent: "delete-everything" })).status).toBe(400);
  });

  it("refuses a locked day and says when it opens", async () => {
    const response = await run(dayLoader, getRequest(path(13), { cookie }), params(13));
    const { data, init } = response as { data: Record<string, unknown>; init: { status: number } };
    expect(init.status).toBe(403);
    expect(data).toMatchObject({ locked: true, opensOn: "Sunday 22 November 2026" });
    expect((await post(13, { intent: "save", exerciseAnswer: "sneaky" })).status).toBe(403);
    expect(stored(13)).toBeUndefined();
  });

  it("is a 404 for another participant's enrollment, for reading and for writing", async () => {
    const other = createUser(t.db, "other@example.com");
    const otherCookie = signedInCookie(t.db, other.id);
    expect(((await run(dayLoader, getRequest(path(3), { cookie: otherCookie }), params(3))) as Response).status).toBe(404);
    expect((await post(3, { intent: "save", exerciseAnswer: "x" }, otherCookie)).status).toBe(404);
    expect(((await run(homeLoader, getRequest(`/learn/${enrollmentId}`, { cookie: otherCookie }), { enrollmentId: String(enrollmentId) })) as Response).status).toBe(404);
    expect(((await run(dayLoader, getRequest(path(31), { cookie }), params(31))) as Response).status).toBe(404);
  });

  it("shows the facilitator's feedback under the work", async () => {
    t.db.insert(feedback).values({ enrollmentId, day: 2, authorId: null, body: "Good outcome; now add a date." }).run();
    const page = (await run(dayLoader, getRequest(path(2), { cookie }), params(2))) as { feedback: { body: string }[] };
    expect(page.feedback.map((f) => f.body)).toEqual(["Good outcome; now add a date."]);
  });
});

describe("the baseline assessment on day 1", () => {
  const allRatings = () => Object.fromEntries(getCourse("1").assessment.statements.map((s, i) => [`assessment.${s.id}`, String((i % 5) + 1)]));

  it("is required to complete day 1, saved with the day, and editable until day 1 is completed", async () => {
    const first = getCourse("1").assessment.statements[0]!.id;
    await post(1, { intent: "save", ...FULL, ...allRatings(), [`assessment.${first}`]: "5" });
    expect(t.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.statementId, first)).get()!.rating).toBe(5);
    const missing = await post(1, { intent: "complete", ...FULL });
    expect(missing.status).toBe(400);
    expect(Object.keys((await missing.json()).errors).filter((k) => k.startsWith("assessment."))).toHaveLength(12);
    expect((await post(1, { intent: "complete", ...FULL, ...allRatings() })).status).toBe(200);
    expect(t.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.kind, "baseline")).all()).toHaveLength(12);
    expect(t.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.statementId, first)).get()!.rating).toBe(1);
    // Completed: the baseline is where growth is measured from, so it stays as it was.
    expect((await post(1, { intent: "save", ...FULL, [`assessment.${first}`]: "5" })).status).toBe(200);
    expect(t.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.statementId, first)).get()!.rating).toBe(1);
    const page = (await run(dayLoader, getRequest(path(1), { cookie }), params(1))) as { assessment: { locked: boolean; note: string } };
    expect(page.assessment).toMatchObject({ locked: true, note: expect.stringContaining("baseline is fixed") });
  });

  it("refuses an out-of-range rating", async () => {
    const first = getCourse("1").assessment.statements[0]!.id;
    const response = await post(1, { intent: "save", ...FULL, [`assessment.${first}`]: "6" });
    expect((await response.json()).errors[`assessment.${first}`]).toBe("Choose a rating from 1 to 5.");
  });
});

describe("the final assessment after the course", () => {
  const allRatings = (value: string) => Object.fromEntries(getCourse("1").assessment.statements.map((s) => [`assessment.${s.id}`, value]));
  const queueReport = () =>
    t.db.insert(emailOutbox).values({ idempotencyKey: `report/${enrollmentId}`, kind: "report", toAddress: "dana@example.com", fromAddress: "x@example.com", subject: "s", html: "h", text: "t", nextAttemptAt: NOW }).run();

  it("can be taken after the report email went, until 30 days after the course ends, and then is fixed", async () => {
    // The cohort started 2026-11-10: day 30 is 9 December, the course ends on the 10th, the final closes after 8 January.
    queueReport();
    const at = (iso: string) => {
      useClock(() => new Date(iso));
      return signedInCookie(t.db, t.db.select().from(users).where(eq(users.email, "dana@example.com")).get()!.id, new Date(iso));
    };
    let late = at("2027-01-08T20:00:00Z");
    const open = (await run(dayLoader, getRequest(path(30), { cookie: late }), params(30))) as { assessment: { locked: boolean; note: string } };
    expect(open.assessment).toMatchObject({ locked: false, note: expect.stringContaining("until Friday 8 January 2027") });
    expect((await post(30, { intent: "complete", ...FULL, ...allRatings("4") }, late)).status).toBe(200);
    expect(t.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.kind, "final")).all()).toHaveLength(12);

    late = at("2027-01-09T06:00:00Z");
    await post(30, { intent: "save", ...FULL, ...allRatings("2") }, late);
    expect(t.db.select().from(assessmentAnswers).where(eq(assessmentAnswers.kind, "final")).all().map((a) => a.rating)).toEqual(Array(12).fill(4));
    const closed = (await run(dayLoader, getRequest(path(30), { cookie: late }), params(30))) as { assessment: { locked: boolean } };
    expect(closed.assessment.locked).toBe(true);
  });
});

describe("facilitator feedback in the app", () => {
  /** Feedback as a facilitator gives it: the row, and the notification that tells its reader. */
  const addFeedback = (day: number) => {
    const row = t.db.insert(feedback).values({ enrollmentId, day, authorId: null, body: `On day ${day}.` }).returning().get();
    const enrollment = t.db.select().from(enrollments).where(eq(enrollments.id, enrollmentId)).get()!;
    notify(t.db, [{ userId: enrollment.userId, kind: "feedback", cohortId: enrollment.cohortId, feedbackId: row.id }], NOW);
  };
  const header = async (url = "/") => ((await run(rootLoader, getRequest(url, { cookie }))) as { data: { user: { unreadNotifications: number } } }).data.user.unreadNotifications;
  const home = async () => ((await run(homeLoader, getRequest(`/learn/${enrollmentId}`, { cookie }), { enrollmentId: String(enrollmentId) })) as { newFeedback: { day: number; count: number }[] }).newFeedback;

  it("counts unread feedback in the header and lists it on home until the owner opens that day", async () => {
    addFeedback(2);
    addFeedback(2);
    addFeedback(5);
    expect(await header()).toBe(3);
    expect((await home()).map((f) => [f.day, f.count]).sort()).toEqual([
      [2, 2],
      [5, 1],
    ]);
    // The day page being loaded does not count: its loader marks it read.
    expect(await header(path(2))).toBe(1);
    await run(dayLoader, getRequest(path(2), { cookie }), params(2));
    expect(await header()).toBe(1);
    expect((await home()).map((f) => f.day)).toEqual([5]);
    expect(t.db.select().from(feedback).where(eq(feedback.day, 2)).all().every((f) => f.readAt?.getTime() === NOW.getTime())).toBe(true);
  });

  it("is not marked read when someone else asks for the day", async () => {
    addFeedback(3);
    const other = createUser(t.db, "other@example.com");
    await run(dayLoader, getRequest(path(3), { cookie: signedInCookie(t.db, other.id) }), params(3));
    expect(await header()).toBe(1);
  });
});

describe("home and settings", () => {
  it("sends /learn to the running enrollment and shows the journey", async () => {
    const redirect = (await run(learnLoader, getRequest("/learn", { cookie }))) as Response;
    expect(redirect.headers.get("Location")).toBe(`/learn/${enrollmentId}`);
    await post(1, { intent: "save", ...FULL });
    const home = (await run(homeLoader, getRequest(`/learn/${enrollmentId}`, { cookie }), { enrollmentId: String(enrollmentId) })) as { next: { kind: string; day: number }; catchUp: unknown[]; strip: { state: string }[] };
    expect(home.next).toMatchObject({ kind: "today", day: 12 });
    expect(home.catchUp).toHaveLength(11);
    expect(home.strip[12]!.state).toBe("not-open");
    expect(home.strip[0]!.state).toBe("in-progress"); // saved, not complete
  });

  it("saves settings and refuses bad ones with field errors", async () => {
    const ok = await runResponse(settingsAction, formRequest("/settings", { name: "Dana W.", timeZone: "Asia/Kolkata", sendHour: "6" }, { cookie }));
    expect((await ok.json()).saved).toBe(true);
    expect(t.db.select().from(users).where(eq(users.email, "dana@example.com")).get()).toMatchObject({ name: "Dana W.", timeZone: "Asia/Kolkata", sendHour: 6, dailyEmails: false });
    const bad = await runResponse(settingsAction, formRequest("/settings", { name: "", timeZone: "Nowhere/Land", sendHour: "24" }, { cookie }));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(["name", "sendHour", "timeZone"]);
  });

  it.each([
    ["/learn", () => run(learnLoader, getRequest("/learn"))],
    ["/learn/:id", () => run(homeLoader, getRequest("/learn/1"), { enrollmentId: "1" })],
    ["/learn/:id/days/:day", () => run(dayLoader, getRequest("/learn/1/days/1"), { enrollmentId: "1", day: "1" })],
    ["/learn/:id/days/:day (POST)", () => run(dayAction, formRequest("/learn/1/days/1", { intent: "save" }), { enrollmentId: "1", day: "1" })],
    ["/settings", () => run(settingsLoader, getRequest("/settings"))],
    ["/settings (POST)", () => run(settingsAction, formRequest("/settings", { name: "x" }))],
  ])("sends an anonymous visitor from %s to sign in", async (_, call) => {
    const response = (await call()) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});
