/**
 * A cohort's address (its slug) and its former ones. Renaming keeps every link already sent
 * working: a former address answers with a permanent redirect to the current one, and stays
 * reserved for its cohort so nobody else can take over those links.
 */
import { and, eq } from "drizzle-orm";
import { cohortSlugs, cohorts } from "../../db/schema";
import type { Db } from "~/db.server";
import { getCohortBySlug, type Cohort, type Reader } from "./cohorts.server";

type Writer = Pick<Db, "insert" | "delete">;

/** The cohort at this address. At a former address, throws a redirect to the same page at the current one. */
export function findCohortAt(db: Db, slug: string, request: Request): Cohort | undefined {
  const cohort = getCohortBySlug(db, slug);
  if (cohort) return cohort;
  const moved = db.select({ slug: cohorts.slug }).from(cohortSlugs).innerJoin(cohorts, eq(cohorts.id, cohortSlugs.cohortId)).where(eq(cohortSlugs.slug, slug)).get();
  if (!moved) return undefined;
  throw movedTo(request, slug, moved.slug);
}

/** The same path and query with the address swapped: 301 for reads, 308 (method kept) for the rest. */
export function movedTo(request: Request, from: string, to: string): Response {
  const url = new URL(request.url);
  const segments = url.pathname.split("/");
  const at = segments.findIndex((s, i) => segments[i - 1] === "cohorts" && decodeURIComponent(s) === from);
  if (at !== -1) segments[at] = encodeURIComponent(to);
  const location = `${segments.join("/")}${url.search}`;
  const read = request.method === "GET" || request.method === "HEAD";
  return new Response(null, { status: read ? 301 : 308, headers: { Location: location } });
}

/** Whether another cohort uses this address now or used it before. */
export function addressTaken(db: Reader, slug: string, cohortId?: number): boolean {
  const current = db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.slug, slug)).get();
  if (current && current.id !== cohortId) return true;
  const former = db.select({ id: cohortSlugs.cohortId }).from(cohortSlugs).where(eq(cohortSlugs.slug, slug)).get();
  return former !== undefined && former.id !== cohortId;
}

/** After a rename: the old address is remembered; taking back an earlier one forgets it as former. */
export function recordRename(db: Writer, cohortId: number, from: string, to: string): void {
  if (from === to) return;
  db.insert(cohortSlugs).values({ slug: from, cohortId }).onConflictDoNothing().run();
  db.delete(cohortSlugs).where(and(eq(cohortSlugs.slug, to), eq(cohortSlugs.cohortId, cohortId))).run();
}
