/**
 * The invitation page: preview (writes nothing), send (re-checks what it is given), CSV
 * uploads, and the welcome email's greeting for people invited with and without a name.
 */
import { eq } from "drizzle-orm";
import { cohorts, emailOutbox, enrollments, users } from "../../db/schema";
import { settleDeliveries } from "~/email/send.server";
import { useClock } from "~/time/clock.server";
import type { InvitePlan } from "~/cohorts/invite-plan";
import { action as inviteAction, loader as inviteLoader } from "~/routes/facilitate.cohorts.$slug.invite";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser, enrollUser } from "../support/fixtures";
import { BASE, formRequest, getRequest, run, runResponse } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
let cookie: string;
let cohortId: number;
beforeEach(() => {
  t = freshDatabase();
  useClock(() => new Date("2026-11-01T12:00:00Z"));
  const facilitator = createUser(t.db, "fac@example.org", "facilitator", "Fay Facilitator");
  cohortId = createCohort(t.db, "spring", facilitator.id).id;
  cookie = signedInCookie(t.db, facilitator.id);
});
afterEach(async () => {
  await settleDeliveries();
  useClock(undefined);
  removeDatabase(t);
});

const URL_PATH = "/facilitate/cohorts/spring/invite";
const post = (fields: Record<string, string>) => runResponse(inviteAction, formRequest(URL_PATH, fields, { cookie }), { slug: "spring" });
const upload = (file: Blob, invitees = "") => {
  const body = new FormData();
  body.set("intent", "preview");
  body.set("invitees", invitees);
  body.set("file", file, "people.csv");
  return run(inviteAction, new Request(`${BASE}${URL_PATH}`, { method: "POST", headers: { Cookie: cookie }, body }), { slug: "spring" });
};
type Preview = { stage: "preview"; text: string; plan: InvitePlan };
const preview = async (invitees: string) => (await run(inviteAction, formRequest(URL_PATH, { intent: "preview", invitees }, { cookie }), { slug: "spring" })) as Preview;
const send = (plan: InvitePlan, text = "") => post({ intent: "send", people: JSON.stringify(plan.invite.map(({ name, email }) => ({ name, email }))), text });
const written = () => ({ users: t.db.select().from(users).all().length, enrollments: t.db.select().from(enrollments).all().length, emails: t.db.select().from(emailOutbox).all().length });
const welcomeTo = (email: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).all();

describe("previewing", () => {
  it("names both people of a copied To field and writes nothing", async () => {
    const before = written();
    const result = await preview("Barbara Liskov <barbara@example.org>, Edsger Dijkstra <edsger@example.org>");
    expect(result.stage).toBe("preview");
    expect(result.plan.invite.map((p) => [p.name, p.email])).toEqual([
      ["Barbara Liskov", "barbara@example.org"],
      ["Edsger Dijkstra", "edsger@example.org"],
    ]);
    expect(result.plan).toMatchObject({ seatsNeeded: 2, seatsLeft: 40, canSend: true });
    await settleDeliveries();
    expect(written()).toEqual(before);
  });

  it("shows who is already in the cohort, by the name they have", async () => {
    const amara = createUser(t.db, "amara@example.com", "participant", "Amara Okafor");
    enrollUser(t.db, cohortId, amara.id);
    const result = await preview("Amara O. <amara@example.com>\nnew@example.org");
    expect(result.plan.already).toEqual([{ name: "Amara Okafor", email: "amara@example.com", line: 1, status: "Enrolled" }]);
    expect(result.plan.invite.map((p) => p.email)).toEqual(["new@example.org"]);
  });

  it("answers an empty box with a 400 that says what to do", async () => {
    const response = await post({ intent: "preview", invitees: " \n " });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("Paste at least one address, or choose a CSV file.");
  });

  it("gives the pasted text back when the facilitator goes back to edit", async () => {
    expect(await run(inviteAction, formRequest(URL_PATH, { intent: "edit", text: "a@x.org; b@x.org" }, { cookie }), { slug: "spring" })).toEqual({ stage: "edit", text: "a@x.org; b@x.org" });
  });
});

describe("sending", () => {
  it("enrolls everyone shown and welcomes each by their own name", async () => {
    const { plan } = await preview("Barbara Liskov <barbara@example.org>, Edsger Dijkstra <edsger@example.org>");
    const response = await send(plan);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/facilitate/cohorts/spring/invite?sent=2");
    expect(t.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.role, "participant")).all()).toEqual([
      { name: "Barbara Liskov", email: "barbara@example.org" },
      { name: "Edsger Dijkstra", email: "edsger@example.org" },
    ]);
    await settleDeliveries();
    const [edsger] = welcomeTo("edsger@example.org");
    expect(edsger!.html).toContain("Welcome, Edsger");
    expect(edsger!.text).toMatch(/^Welcome, Edsger$/m);
    expect(welcomeTo("barbara@example.org")[0]!.html).toContain("Welcome, Barbara");
    const page = (await run(inviteLoader, getRequest(`${URL_PATH}?sent=2`, { cookie }), { slug: "spring" })) as { sent: { sent: number } };
    expect(page.sent).toEqual({ sent: 2, already: 0 });
  });

  it("gives people invited by address alone no name, and greets them without one", async () => {
    const { plan } = await preview("a@x.org, b@x.org");
    await send(plan);
    expect(t.db.select({ name: users.name }).from(users).where(eq(users.email, "b@x.org")).get()).toEqual({ name: "" });
    await settleDeliveries();
    const text = welcomeTo("b@x.org")[0]!.text;
    expect(text).toMatch(/^Welcome$/m);
    expect(text).not.toContain("a@x.org");
  });

  it("names an account that had no name when it is invited with one, and never renames one that had", async () => {
    createUser(t.db, "nameless@example.org", "participant", "");
    createUser(t.db, "named@example.org", "participant", "Their Own Name");
    await send({ invite: [{ name: "Given Name", email: "nameless@example.org" }, { name: "Other Name", email: "named@example.org" }] } as InvitePlan);
    expect(t.db.select({ email: users.email, name: users.name }).from(users).where(eq(users.role, "participant")).all()).toEqual([
      { email: "nameless@example.org", name: "Given Name" },
      { email: "named@example.org", name: "Their Own Name" },
    ]);
  });

  it("checks the list it is given again: a tampered or broken one sends nothing", async () => {
    const before = written();
    for (const people of ["", "not json", "[]", JSON.stringify([{ name: "X", email: "not-an-address" }]), JSON.stringify([{ name: "N".repeat(101), email: "n@example.org" }]), JSON.stringify([{ name: "Bell\u0007", email: "b@example.org" }])]) {
      const response = await post({ intent: "send", people, text: "kept text" });
      expect(response.status, people).toBe(400);
      expect(await response.json(), people).toMatchObject({ stage: "edit", text: "kept text" });
    }
    expect(written()).toEqual(before);
  });

  it("enrolls nobody when the seats no longer suffice, and shows the preview again with why", async () => {
    t.db.update(cohorts).set({ capacity: 2 }).where(eq(cohorts.id, cohortId)).run();
    const { plan } = await preview("a@example.org\nb@example.org");
    expect(plan.canSend).toBe(true);
    enrollUser(t.db, cohortId, createUser(t.db, "late@example.org").id);
    const response = await send(plan, "a@example.org\nb@example.org");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("The list needs 2 new seats but only 1 is left. Raise the capacity or shorten the list; nobody was enrolled.");
    expect(body.plan).toMatchObject({ seatsNeeded: 2, seatsLeft: 1, canSend: false });
    expect(t.db.select().from(enrollments).all()).toHaveLength(1);
  });
});

describe("uploading a CSV", () => {
  it("previews the people in it, by the header's columns", async () => {
    const result = (await upload(new Blob(["\uFEFFE-mail;Full name\r\njose@example.org;José Fernández\r\n"], { type: "text/csv" }))) as Preview;
    expect(result.plan.invite.map((p) => [p.name, p.email])).toEqual([["José Fernández", "jose@example.org"]]);
    expect(result.text).toBe("E-mail;Full name\r\njose@example.org;José Fernández\r\n");
  });

  it("refuses a file over 256 KB and a binary file, keeping the pasted text", async () => {
    const large = (await upload(new Blob(["a".repeat(300 * 1024)]), "kept@example.org")) as Response;
    expect(large.status).toBe(400);
    expect(await large.json()).toEqual({ stage: "edit", text: "kept@example.org", error: "That file is larger than 256 KB; split it into smaller files." });
    const binary = (await upload(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])]), "kept@example.org")) as Response;
    expect(binary.status).toBe(400);
    expect((await binary.json()).error).toBe("That file could not be read: it is not a text file; save the spreadsheet as CSV and upload that.");
  });
});

describe("who may invite", () => {
  it("is the cohort's facilitators: another facilitator and a participant get a 404, and nothing is sent", async () => {
    const other = createUser(t.db, "other@example.org", "facilitator");
    const participant = createUser(t.db, "p@example.org");
    for (const id of [other.id, participant.id]) {
      const request = formRequest(URL_PATH, { intent: "send", people: JSON.stringify([{ name: "", email: "x@example.org" }]) }, { cookie: signedInCookie(t.db, id) });
      expect(((await run(inviteAction, request, { slug: "spring" })) as Response).status).toBe(404);
    }
    expect(t.db.select().from(enrollments).all()).toHaveLength(0);
  });
});
