/**
 * Issue 18, item 1: certificates. Issued once, in the save that earns it (the 24th day or the
 * final assessment, in either order); never for 23 days, a partial assessment or a withdrawn
 * enrollment; never again after a revoke; announced by one email; revoked and reinstated only
 * by the cohort's facilitators; the verify page and the PDF state the certificate and nothing else.
 */
import { render } from "@react-email/render";
import { createElement } from "react";
import { eq } from "drizzle-orm";
import { assessmentAnswers, certificates, cohorts, dayProgress, emailOutbox, enrollments, users } from "../../db/schema";
import { certificateCandidates, issueIfEligible, sweepCertificates } from "~/certificates/issue.server";
import { getCourse } from "~/course/content.server";
import { EMAILS } from "~/emails";
import { renderEmailNow } from "~/emails/render.server";
import { settleDeliveries } from "~/email/send.server";
import { resendTransport } from "~/email/transport.server";
import { runTick } from "~/nudges/tick.server";
import { useClock } from "~/time/clock.server";
import { action as dayAction } from "~/routes/learn.$enrollmentId.days.$day";
import { loader as pageLoader } from "~/routes/learn.$enrollmentId.certificate";
import { loader as pdfLoader } from "~/routes/learn.$enrollmentId.certificate[.]pdf";
import { loader as verifyLoader } from "~/routes/certificates.$code";
import { action as facilitateAction, loader as facilitateLoader } from "~/routes/facilitate.cohorts.$slug.certificates";
import { countStatements, type TestDatabase } from "../support/db";
import type { FakeResend } from "../support/fake-resend";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { useDatabaseAndFakeResend } from "../support/mail-env";
import { BASE, formRequest, getRequest, run, runResponse } from "../support/remix";
import { readPdf } from "../support/pdf";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
let fake: FakeResend;
useDatabaseAndFakeResend((db, f) => ([t, fake] = [db, f]));
// The fixture cohort starts on 10 November 2026 (New York, daily): day 30 is 9 December.
const NOW = new Date("2026-12-09T20:00:00Z");
beforeEach(() => useClock(() => NOW));
afterEach(async () => {
  await settleDeliveries();
  useClock(undefined);
});

const MARKER = "PRIVATE-ANSWER-7f3a";
const FULL = { exerciseAnswer: `Did it. ${MARKER}`, reflection: "Thought about it.", rating: "4" };

function setUp(name = "Zoë Ångström-Øvergaard") {
  const morgan = createUser(t.db, "morgan@example.org", "facilitator", "Morgan Ellis");
  const cohort = createCohort(t.db, "spring", morgan.id);
  const person = createUser(t.db, "zoe.private@example.org", "participant", name);
  const enrollment = enrollUser(t.db, cohort.id, person.id);
  const olu = createUser(t.db, "olu@example.org", "facilitator", "Olu Other");
  createCohort(t.db, "autumn", olu.id);
  return { morgan, cohort, person, enrollment, olu, cookie: signedInCookie(t.db, person.id, NOW) };
}

const statementIds = () => getCourse("1").assessment.statements.map((s) => s.id);
const ratings = (ids: string[], value = "4") => Object.fromEntries(ids.map((id) => [`assessment.${id}`, value]));
/** Days completed earlier, as stored rows (never day 30). */
function completeDays(enrollmentId: number, days: number[]) {
  for (const day of days) t.db.insert(dayProgress).values({ enrollmentId, day, exerciseAnswer: `${MARKER} day ${day}`, reflection: "r", rating: 3, completedAt: NOW, updatedAt: NOW }).run();
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const post = (enrollmentId: number, day: number, fields: Record<string, string>, cookie: string) =>
  runResponse(dayAction, formRequest(`/learn/${enrollmentId}/days/${day}`, fields, { cookie }), { enrollmentId: String(enrollmentId), day: String(day) });
const issued = () => t.db.select().from(certificates).all();
const certificateEmails = () => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "certificate")).all();

describe("issuing", () => {
  it("is not issued for 23 days with the final assessment, and is issued once, in the save, when the 24th day completes", async () => {
    const { enrollment, cookie } = setUp();
    completeDays(enrollment.id, range(1, 22));
    expect((await post(enrollment.id, 30, { intent: "complete", ...FULL, ...ratings(statementIds()) }, cookie)).status).toBe(200);
    expect(issued()).toHaveLength(0); // 23 days
    const response = await post(enrollment.id, 23, { intent: "complete", ...FULL }, cookie);
    expect((await response.json()).certificate).toBe(`/learn/${enrollment.id}/certificate`);
    expect(issued()).toHaveLength(1);
    expect(issued()[0]).toMatchObject({ enrollmentId: enrollment.id, recipientName: "Zoë Ångström-Øvergaard", cohortTitle: "Cohort spring", startsOn: "2026-11-10", endsOn: "2026-12-09", facilitatorNames: "Morgan Ellis", daysCompleted: 24, issuedAt: NOW });
    // Another completed day does not issue again.
    await post(enrollment.id, 24, { intent: "complete", ...FULL }, cookie);
    expect(issued()).toHaveLength(1);
    expect(certificateEmails().map((e) => e.idempotencyKey)).toEqual([`certificate/${enrollment.id}`]);
  });

  it("is issued when the final assessment is saved after 24 days, even as a draft; a partial one does not count", async () => {
    const { enrollment, cookie } = setUp();
    completeDays(enrollment.id, range(1, 24));
    const ids = statementIds();
    await post(enrollment.id, 30, { intent: "save", ...ratings(ids.slice(0, 5)) }, cookie);
    expect(issued()).toHaveLength(0);
    await post(enrollment.id, 30, { intent: "autosave", ...ratings(ids.slice(5)) }, cookie);
    expect(issued()).toHaveLength(1);
    await post(enrollment.id, 30, { intent: "complete", ...FULL, ...ratings(ids, "5") }, cookie);
    expect(issued()).toHaveLength(1);
    expect(issued()[0]!.daysCompleted).toBe(24);
    expect(certificateEmails()).toHaveLength(1);
  });

  it("is never issued to a withdrawn or removed enrollment, nor again after a revoke", () => {
    const { enrollment, morgan } = setUp();
    completeDays(enrollment.id, range(1, 29));
    t.db.insert(assessmentAnswers).values(statementIds().map((statementId) => ({ enrollmentId: enrollment.id, kind: "final" as const, statementId, rating: 4, updatedAt: NOW }))).run();
    for (const status of ["withdrawn", "removed"] as const) {
      t.db.update(enrollments).set({ status }).where(eq(enrollments.id, enrollment.id)).run();
      expect(issueIfEligible(t.db, enrollment.id, NOW)).toEqual({ issued: false, reason: "not-eligible" });
    }
    t.db.update(enrollments).set({ status: "active" }).where(eq(enrollments.id, enrollment.id)).run();
    const first = issueIfEligible(t.db, enrollment.id, NOW);
    expect(first.issued).toBe(true);
    t.db.update(certificates).set({ revokedAt: NOW, revokedBy: morgan.id, revokeReason: "Copied answers" }).run();
    expect(issueIfEligible(t.db, enrollment.id, NOW)).toEqual({ issued: false, reason: "exists" });
    expect(issued()).toHaveLength(1);
    expect(issued()[0]!.revokedAt).not.toBeNull();
  });

  it("names the weekdays cohort's day 30 six weeks after day 1", () => {
    const { enrollment, cohort } = setUp();
    t.db.update(cohorts).set({ schedule: "weekdays" }).where(eq(cohorts.id, cohort.id)).run();
    completeDays(enrollment.id, range(1, 24));
    t.db.insert(assessmentAnswers).values(statementIds().map((statementId) => ({ enrollmentId: enrollment.id, kind: "final" as const, statementId, rating: 4, updatedAt: NOW }))).run();
    // 10 November 2026 + 30 weekdays: day 30 is Monday 21 December, open from then.
    expect(issueIfEligible(t.db, enrollment.id, NOW).issued).toBe(false); // day 30 not open yet on 9 December
    const later = new Date("2026-12-21T15:00:00Z");
    expect(issueIfEligible(t.db, enrollment.id, later).issued).toBe(true);
    expect(issued()[0]).toMatchObject({ startsOn: "2026-11-10", endsOn: "2026-12-21" });
  });

  it("sweeps what was earned before certificates existed, once, and the announcement goes once across two ticks", async () => {
    const { enrollment } = setUp();
    const other = enrollUser(t.db, t.db.select().from(enrollments).get()!.cohortId, createUser(t.db, "lee@example.org", "participant", "Lee Park").id);
    completeDays(enrollment.id, range(1, 26));
    completeDays(other.id, range(1, 23));
    for (const id of [enrollment.id, other.id]) t.db.insert(assessmentAnswers).values(statementIds().map((statementId) => ({ enrollmentId: id, kind: "final" as const, statementId, rating: 4, updatedAt: NOW }))).run();
    expect(certificateCandidates(t.db, NOW)).toEqual([enrollment.id]);
    expect(await sweepCertificates(t.db, NOW, BASE)).toMatchObject({ candidates: 1, issued: 1 });
    expect(await sweepCertificates(t.db, NOW, BASE)).toMatchObject({ candidates: 0, issued: 0 });

    const transport = resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    await runTick(t.db, transport, () => NOW, BASE);
    await runTick(t.db, transport, () => new Date(NOW.getTime() + 60_000), BASE);
    const mine = fake.accepted.filter((e) => e.subject === "Your Tripod certificate is ready");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.to).toEqual(["zoe.private@example.org"]);
    expect(mine[0]!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(mine[0]!.text).toContain(`${BASE}/learn/${enrollment.id}/certificate`);
    expect(mine[0]!.text).toContain(`${BASE}/certificates/${issued()[0]!.code}`);
    expect(certificateEmails()).toMatchObject([{ idempotencyKey: `certificate/${enrollment.id}`, status: "sent" }]);
  });

  it("renders its email synchronously as React Email does, bar the stream's empty comments", async () => {
    const props = { name: "Zoë", courseTitle: "C & D", cohortTitle: "<Spring>", dates: "2–31 March 2026", certificateUrl: `${BASE}/learn/1/certificate`, verifyUrl: `${BASE}/certificates/x`, unsubscribeUrl: `${BASE}/unsubscribe/t` };
    const strip = (html: string) => html.replace(/<!-- -->|<!--\/?\$-->/g, "");
    expect(strip(renderEmailNow(EMAILS.certificate, props).html)).toBe(strip(await render(createElement(EMAILS.certificate.Body, props))));
  });
});

describe("the certificate's pages", () => {
  async function earned(name?: string) {
    const s = setUp(name);
    completeDays(s.enrollment.id, range(1, 27));
    t.db.insert(assessmentAnswers).values(statementIds().map((statementId) => ({ enrollmentId: s.enrollment.id, kind: "final" as const, statementId, rating: 4, updatedAt: NOW }))).run();
    const result = issueIfEligible(t.db, s.enrollment.id, NOW, BASE);
    if (!result.issued) throw new Error("not issued");
    return { ...s, code: result.code, certificateId: result.certificateId };
  }

  it("gives the owner a PDF that names them (accents and Cyrillic), landscape, with metadata, and nothing private", async () => {
    for (const name of ["Zoë Ångström-Øvergaard", "Дмитрий Σωκράτης"]) {
      t.db.delete(cohorts).run();
      t.db.delete(users).run();
      const { enrollment, cookie } = await earned(name);
      const response = await runResponse(pdfLoader, getRequest(`/learn/${enrollment.id}/certificate.pdf`, { cookie }), { enrollmentId: String(enrollment.id) });
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="tripod-certificate[a-z-]*\.pdf"$/);
      const pdf = await readPdf(await response.arrayBuffer());
      expect(pdf.text).toContain(name);
      expect(pdf.text).toContain("Cohort spring, 10 November – 9 December 2026");
      expect(pdf.text).toContain("Morgan Ellis");
      expect(pdf.width).toBeGreaterThan(pdf.height);
      expect(pdf.info).toMatchObject({ Title: `Certificate of Completion: ${name}`, Author: "Tripod" });
      expect(String(pdf.info.Subject)).toContain("Engineering Leadership");
      expect(pdf.text).not.toContain("zoe.private@example.org");
      expect(pdf.text).not.toContain(MARKER);
    }
  });

  it("shows the verify page signed out, with the certificate's fields and nothing else; a malformed code costs no query", async () => {
    const { code } = await earned();
    const response = await runResponse(verifyLoader, getRequest(`/certificates/${code}`), { code });
    expect(response.headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
    const body = await response.text();
    const data = JSON.parse(body) as { sheet: Record<string, string>; revokedOn: string | null };
    expect(data.revokedOn).toBeNull();
    expect(Object.keys(data.sheet).sort()).toEqual(["cohortTitle", "courseTitle", "dates", "days", "facilitatorLabel", "facilitatorNames", "issuedOn", "recipientName", "verifyUrl"]);
    expect(data.sheet.recipientName).toBe("Zoë Ångström-Øvergaard");
    expect(body).not.toContain("zoe.private@example.org");
    expect(body).not.toContain(MARKER);
    expect(body).not.toMatch(/\/learn\//);

    const unknown = "0".repeat(40);
    expect((await run(verifyLoader, getRequest(`/certificates/${unknown}`), { code: unknown })) as Response).toMatchObject({ status: 404 });
    const counter = countStatements(t.db);
    for (const bad of ["x", code.toUpperCase(), `${code}0`, "../../etc/passwd"]) expect(((await run(verifyLoader, getRequest("/certificates/x"), { code: bad })) as Response).status).toBe(404);
    expect(counter.count()).toBe(0);
  });

  it("is revoked with a reason and reinstated only by the cohort's facilitators; revoked, the pages say so and the PDF is refused", async () => {
    const { enrollment, cookie, morgan, olu, certificateId, code } = await earned();
    const as = (userId: number) => signedInCookie(t.db, userId, NOW);
    const act = (slug: string, fields: Record<string, string>, c: string) => run(facilitateAction, formRequest(`/facilitate/cohorts/${slug}/certificates`, fields, { cookie: c }), { slug });
    // Another cohort's facilitator and the participant: the page does not exist for them.
    for (const c of [as(olu.id), cookie]) {
      expect(((await run(facilitateLoader, getRequest("/facilitate/cohorts/spring/certificates", { cookie: c }), { slug: "spring" })) as Response).status).toBe(404);
      expect(((await act("spring", { intent: "revoke", certificateId: String(certificateId), reason: "Because" }, c)) as Response).status).toBe(404);
    }
    // Through their own cohort's page: not their certificate.
    expect(((await act("autumn", { intent: "revoke", certificateId: String(certificateId), reason: "Because" }, as(olu.id))) as Response).status).toBe(404);
    // No reason: refused.
    expect(((await act("spring", { intent: "revoke", certificateId: String(certificateId), reason: "  " }, as(morgan.id))) as Response).status).toBe(400);
    expect(issued()[0]!.revokedAt).toBeNull();

    const listed = (await run(facilitateLoader, getRequest("/facilitate/cohorts/spring/certificates", { cookie: as(morgan.id) }), { slug: "spring" })) as { earned: { name: string }[] };
    expect(listed.earned.map((c) => c.name)).toEqual(["Zoë Ångström-Øvergaard"]);

    const done = (await act("spring", { intent: "revoke", certificateId: String(certificateId), reason: "Answers copied from another participant" }, as(morgan.id))) as Response;
    expect(done.headers.get("Location")).toBe("/facilitate/cohorts/spring/certificates?done=revoked");
    expect(issued()[0]).toMatchObject({ revokedBy: morgan.id, revokeReason: "Answers copied from another participant" });

    const page = (await run(pageLoader, getRequest(`/learn/${enrollment.id}/certificate`, { cookie }), { enrollmentId: String(enrollment.id) })) as { earned: { revoked: { on: string; reason: string } } };
    expect(page.earned.revoked).toEqual({ on: "9 December 2026", reason: "Answers copied from another participant" });
    const verify = await (await runResponse(verifyLoader, getRequest(`/certificates/${code}`), { code })).text();
    expect(JSON.parse(verify).revokedOn).toBe("9 December 2026");
    expect(verify).not.toContain("copied");
    expect((await runResponse(pdfLoader, getRequest(`/learn/${enrollment.id}/certificate.pdf`, { cookie }), { enrollmentId: String(enrollment.id) })).status).toBe(410);

    const back = (await act("spring", { intent: "reinstate", certificateId: String(certificateId) }, as(morgan.id))) as Response;
    expect(back.headers.get("Location")).toBe("/facilitate/cohorts/spring/certificates?done=reinstated");
    expect(issued()[0]).toMatchObject({ revokedAt: null, revokeReason: null, code });
  });

  it("shows a participant without one what is still needed", async () => {
    const { enrollment, cookie } = setUp();
    completeDays(enrollment.id, range(1, 20));
    const page = (await run(pageLoader, getRequest(`/learn/${enrollment.id}/certificate`, { cookie }), { enrollmentId: String(enrollment.id) })) as { earned: null; needed: string };
    expect(page).toMatchObject({ earned: null, needed: "4 more days completed and the final assessment on day 30" });
    expect(((await run(pdfLoader, getRequest(`/learn/${enrollment.id}/certificate.pdf`, { cookie }), { enrollmentId: String(enrollment.id) })) as Response).status).toBe(404);
    const stranger = signedInCookie(t.db, createUser(t.db, "x@example.org").id, NOW);
    expect(((await run(pageLoader, getRequest(`/learn/${enrollment.id}/certificate`, { cookie: stranger }), { enrollmentId: String(enrollment.id) })) as Response).status).toBe(404);
  });
});

