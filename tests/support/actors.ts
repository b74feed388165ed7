/**
 * The seven actors of the authorization matrix, on top of the demo seed of a running app:
 * the demo participant (owner), a peer in the same cohort, a participant of another cohort,
 * that cohort's facilitator, the demo facilitator, and an admin; each with a session.
 */
import { and, desc, eq } from "drizzle-orm";
import { certificates, cohortFacilitators, cohorts, emailOutbox, enrollments, liveSessions, users } from "../../db/schema";
import { openDatabase } from "../../db/client";
import { createSession, SESSION_COOKIE } from "~/auth/session.server";
import { memberParam } from "~/community/calendar-key.server";
import type { Actor, World } from "./route-table";

export type Cast = { world: World; cookies: Record<Actor, string | null>; newCookie: (actor: Actor) => string | null };

export function castActors(databaseFile: string, now: Date = new Date()): Cast {
  const db = openDatabase(databaseFile);
  try {
    const userId = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
    const addUser = (email: string, name: string, role: "participant" | "facilitator" | "admin") => db.insert(users).values({ email, name, role }).returning({ id: users.id }).get().id;
    const addCohort = (slug: string, title: string) => db.insert(cohorts).values({ slug, title, startsOn: "2026-11-02", timeZone: "Europe/London" }).returning({ id: cohorts.id }).get().id;
    const enroll = (cohortId: number, userId: number) => db.insert(enrollments).values({ cohortId, userId, status: "active" }).returning({ id: enrollments.id }).get().id;

    const demo = db.select().from(cohorts).where(eq(cohorts.slug, "demo")).get()!;
    const owner = userId("participant@example.com");
    const peer = userId("amara.okafor@example.com");
    const facilitator = userId("facilitator@example.com");
    const other = addCohort("other-cohort", "Another cohort");
    const spare = addCohort("spare-cohort", "A cohort to leave");
    const otherFacilitator = addUser("other.facilitator@example.com", "Olu Other", "facilitator");
    db.insert(cohortFacilitators).values({ cohortId: other, userId: otherFacilitator }).run();
    const outsider = addUser("outsider@example.com", "Otto Outsider", "participant");
    enroll(other, outsider);
    const admin = addUser("admin@example.com", "Ada Admin", "admin");
    const enrollmentOf = (cohortId: number, who: number) => db.select({ id: enrollments.id }).from(enrollments).where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.userId, who))).get()!.id;
    const ownerSpareEnrollment = enroll(spare, owner);
    let mail = db.select({ id: emailOutbox.id }).from(emailOutbox).orderBy(desc(emailOutbox.id)).limit(1).get();
    if (!mail) {
      mail = db.insert(emailOutbox).values({ idempotencyKey: "matrix/sample", kind: "test", toAddress: "participant@example.com", fromAddress: "t@example.com", subject: "Sample", html: "<p>Sample</p>", text: "Sample", nextAttemptAt: now }).returning({ id: emailOutbox.id }).get();
    }
    const ids: Record<Exclude<Actor, "anonymous">, number> = { owner, peer, outsider, otherFacilitator, facilitator, admin };
    const ownerToken = db.select({ t: users.unsubscribeToken }).from(users).where(eq(users.id, owner)).get()!.t!;
    // A certificate on the owner's demo enrollment (as if earned), for the certificate routes.
    const ownerEnrollment = enrollmentOf(demo.id, owner);
    const certificate = db
      .insert(certificates)
      .values({ enrollmentId: ownerEnrollment, recipientName: "Dana Whitfield", courseTitle: "Engineering Leadership in 30 Days", cohortTitle: demo.title, startsOn: demo.startsOn, endsOn: demo.startsOn, facilitatorNames: "Morgan Ellis", daysCompleted: 24, issuedAt: now })
      .returning({ id: certificates.id, code: certificates.code })
      .get();
    const world: World = {
      cohort: demo.slug,
      otherCohort: "other-cohort",
      ownerEnrollment,
      ownerSpareEnrollment,
      peerEnrollment: enrollmentOf(demo.id, peer),
      unsubscribeToken: ownerToken,
      mailId: mail.id,
      liveSession: db.select({ id: liveSessions.id }).from(liveSessions).where(eq(liveSessions.cohortId, demo.id)).limit(1).get()!.id,
      ownerCalendar: memberParam(demo.id, owner, ownerToken),
      ownerCertificate: certificate.id,
      certificateCode: certificate.code,
    };
    const session = (actor: Actor) => (actor === "anonymous" ? null : `${SESSION_COOKIE}=${createSession(db, ids[actor], now).token}`);
    const cookies = Object.fromEntries((["anonymous", ...Object.keys(ids)] as Actor[]).map((a) => [a, session(a)])) as Record<Actor, string | null>;
    return {
      world,
      cookies,
      newCookie: (actor) => {
        const again = openDatabase(databaseFile);
        try {
          return actor === "anonymous" ? null : `${SESSION_COOKIE}=${createSession(again, ids[actor], now).token}`;
        } finally {
          again.$client.close();
        }
      },
    };
  } finally {
    db.$client.close();
  }
}
