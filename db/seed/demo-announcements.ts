/**
 * The demo cohort's announcement and notifications (issue 16): the facilitator wrote to the
 * cohort two days ago; about half the participants have read it, the demo participant has not,
 * so it is the first card on their home. The seeded feedback is in everyone's notifications
 * too, unread as the feedback itself is.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { announcements, enrollments, feedback, notifications, users } from "../schema";
import { addDays, instantAt, localDateOf } from "../../app/time/local-date";

/** The seed's transaction, or the database itself. */
type Writer = Pick<Db, "insert" | "select">;

export const DEMO_ANNOUNCEMENT = {
  title: "Next live session: bring one change from your retro",
  body: [
    "Hello everyone,",
    "Thank you for a strong first week and a half. Many of you wrote about retros that produce lists nobody acts on, so that is where we start in the next live session. Its time is on your course page, in your own time zone, and you can add it to your calendar from there.",
    "Bring one change your team agreed in a retro, and what happened to it.\nWe will take three of them apart together: who owned it, when it was checked, and what made it stick or slip.",
    "If you are behind, come anyway: day 6, on retrospectives, is the only one you need for this.",
    "See you there,\nMorgan",
  ].join("\n\n"),
};

export function seedDemoNotices(db: Writer, input: { cohortId: number; facilitatorId: number; timeZone: string; now: Date; participantEmail: string }): void {
  const { cohortId, facilitatorId, timeZone, now, participantEmail } = input;
  const sentAt = instantAt(addDays(localDateOf(now, timeZone), -2), 9, timeZone);
  const [announcement] = db
    .insert(announcements)
    .values({ cohortId, authorId: facilitatorId, ...DEMO_ANNOUNCEMENT, createdAt: sentAt })
    .returning({ id: announcements.id })
    .all();
  const people = db
    .select({ userId: enrollments.userId, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.status, "active")))
    .orderBy(enrollments.id)
    .all();
  // Every other participant read it within a day; never the demo participant.
  const readAt = (i: number, email: string) => (i % 2 === 0 && email !== participantEmail ? new Date(sentAt.getTime() + (2 + i) * 3_600_000) : null);
  db.insert(notifications)
    .values(people.map((p, i) => ({ userId: p.userId, kind: "announcement" as const, cohortId, actorId: facilitatorId, announcementId: announcement!.id, createdAt: sentAt, readAt: readAt(i, p.email) })))
    .run();

  const given = db
    .select({ id: feedback.id, userId: enrollments.userId, createdAt: feedback.createdAt, readAt: feedback.readAt })
    .from(feedback)
    .innerJoin(enrollments, eq(enrollments.id, feedback.enrollmentId))
    .where(inArray(feedback.enrollmentId, db.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.cohortId, cohortId))))
    .all();
  if (given.length > 0) {
    db.insert(notifications)
      .values(given.map((f) => ({ userId: f.userId, kind: "feedback" as const, cohortId, actorId: facilitatorId, feedbackId: f.id, createdAt: f.createdAt, readAt: f.readAt })))
      .run();
  }
}
