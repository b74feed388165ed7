import { signInTokens } from "../../db/schema";
import { requireCohortFacilitator, requireRole, requireUser } from "~/auth/guards.server";
import { cleanupExpired, createSession } from "~/auth/session.server";
import { hashToken } from "~/auth/tokens";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort, createUser } from "../support/fixtures";
import { getRequest } from "../support/remix";
import { signedInCookie } from "../support/sessions";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

const cookieFor = (userId: number) => signedInCookie(t.db, userId);

function thrown(fn: () => unknown): Response {
  try {
    fn();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected the guard to refuse");
}

describe("guards", () => {
  it("send an anonymous visitor to sign in, remembering where they were going", () => {
    const response = thrown(() => requireUser(getRequest("/cohorts/demo/manage?tab=grid")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fcohorts%2Fdemo%2Fmanage%3Ftab%3Dgrid");
  });

  it("ignore a forged or malformed cookie", () => {
    expect(thrown(() => requireUser(getRequest("/account", { cookie: "tripod_session=abcdefghijklmnopqrstuvwxyz234567" }))).status).toBe(302);
    expect(thrown(() => requireUser(getRequest("/account", { cookie: "tripod_session=' or 1=1 --" }))).status).toBe(302);
  });

  it("refuse a participant where a facilitator role is required", () => {
    const participant = createUser(t.db, "p@example.com");
    const facilitator = createUser(t.db, "f@example.com", "facilitator");
    expect(thrown(() => requireRole(getRequest("/facilitate", { cookie: cookieFor(participant.id) }), "facilitator", "admin")).status).toBe(403);
    expect(requireRole(getRequest("/facilitate", { cookie: cookieFor(facilitator.id) }), "facilitator", "admin").id).toBe(facilitator.id);
  });

  it("let only a cohort's own facilitators (and admins) into its workspace", () => {
    const mine = createUser(t.db, "mine@example.com", "facilitator");
    const other = createUser(t.db, "other@example.com", "facilitator");
    const admin = createUser(t.db, "admin@example.com", "admin");
    const cohort = createCohort(t.db, "spring", mine.id);
    const request = (userId: number) => getRequest("/cohorts/spring/manage", { cookie: cookieFor(userId) });
    expect(requireCohortFacilitator(request(mine.id), cohort.id).id).toBe(mine.id);
    expect(requireCohortFacilitator(request(admin.id), cohort.id).id).toBe(admin.id);
    expect(thrown(() => requireCohortFacilitator(request(other.id), cohort.id)).status).toBe(404);
  });
});

describe("clean-up", () => {
  it("removes expired sessions and day-old sign-in tokens, and keeps live ones", () => {
    const user = createUser(t.db, "p@example.com");
    const now = new Date("2026-11-21T12:00:00Z");
    createSession(t.db, user.id, new Date(now.getTime() - 31 * 86_400_000));
    createSession(t.db, user.id, now);
    const token = (ageMs: number) => ({ email: "p@example.com", clientKey: "c", tokenHash: hashToken(String(ageMs)), codeHash: "x", expiresAt: new Date(now.getTime() - ageMs + 15 * 60_000), createdAt: new Date(now.getTime() - ageMs) });
    t.db.insert(signInTokens).values([token(2 * 86_400_000), token(60_000)]).run();
    expect(cleanupExpired(t.db, now)).toEqual({ sessions: 1, signInTokens: 1 });
  });
});
