/**
 * Who is asking, and may they? Every protected loader and action calls one of these first,
 * before it reads anything else.
 */
import { redirect } from "@remix-run/node";
import { facilitates } from "~/cohorts/cohorts.server";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";
import type { ROLES } from "../../db/schema";
import { readSessionToken, validateSessionToken, type SessionUser, type ValidSession } from "./session.server";

export type Role = (typeof ROLES)[number];

const perRequest = new WeakMap<Request, ValidSession | null>();

/** The signed-in session, or null. Validated once per request. */
export function getSession(request: Request): ValidSession | null {
  if (perRequest.has(request)) return perRequest.get(request)!;
  const token = readSessionToken(request);
  const session = token ? validateSessionToken(getDb(), token, now()) : null;
  perRequest.set(request, session);
  return session;
}

export function getUser(request: Request): SessionUser | null {
  return getSession(request)?.user ?? null;
}

/** Where a signed-out visitor goes: the sign-in page, remembering this address. */
export function signInRedirect(request: Request): Response {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  return redirect(back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`);
}

export function requireUser(request: Request): SessionUser {
  const user = getUser(request);
  if (!user) throw signInRedirect(request);
  return user;
}

export function requireRole(request: Request, ...roles: Role[]): SessionUser {
  const user = requireUser(request);
  if (!roles.includes(user.role)) throw new Response("That page is not yours to see.", { status: 403 });
  return user;
}

/** Admins, and the facilitators of this cohort; anyone else gets a 404 (the cohort's workspace does not exist for them). */
export function requireCohortFacilitator(request: Request, cohortId: number): SessionUser {
  const user = requireUser(request);
  if (user.role === "admin" || facilitates(getDb(), cohortId, user.id)) return user;
  throw new Response("Not found", { status: 404 });
}
