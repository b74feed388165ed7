/**
 * Reads what Tripod holds about one person (the facts of ./export.ts) and streams it as a zip:
 * README.txt, tripod-data.json and answers/<cohort>.md. The emails are read a page at a time
 * while the zip is written, so an account with thousands of emails never sits in memory whole.
 */
import { Readable } from "node:stream";
import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import yazl from "yazl";
import {
  announcements,
  assessmentAnswers,
  certificates,
  cohortFacilitators,
  cohorts,
  dayProgress,
  emailOutbox,
  enrollments,
  feedback,
  notifications,
  postReactions,
  postReports,
  posts,
  sessions,
  users,
} from "../../../db/schema";
import type { Db } from "~/db.server";
import { getEnv } from "~/env.server";
import { getCourse } from "~/course/content.server";
import { alias } from "drizzle-orm/sqlite-core";
import { answersMarkdown, answersPath, exportableEmail, exportJsonChunks, iso, readmeText, type ExportEmail, type ExportEnrollment, type ExportFacts } from "./export";

export function collectExport(db: Db, userId: number): ExportFacts {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new Error(`no user ${userId}`);
  const rows = db.select({ enrollment: enrollments, cohort: cohorts }).from(enrollments).innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId)).where(eq(enrollments.userId, userId)).orderBy(asc(cohorts.startsOn), asc(enrollments.id)).all();
  const ids = rows.map((r) => r.enrollment.id);
  const byEnrollment = <T extends { enrollmentId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of list) map.set(item.enrollmentId, [...(map.get(item.enrollmentId) ?? []), item]);
    return map;
  };
  const none = ids.length === 0;
  const days = byEnrollment(none ? [] : db.select().from(dayProgress).where(inArray(dayProgress.enrollmentId, ids)).orderBy(asc(dayProgress.day)).all());
  const answers = byEnrollment(none ? [] : db.select().from(assessmentAnswers).where(inArray(assessmentAnswers.enrollmentId, ids)).orderBy(asc(assessmentAnswers.kind), asc(assessmentAnswers.id)).all());
  const received = byEnrollment(
    none
      ? []
      : db
          .select({ enrollmentId: feedback.enrollmentId, day: feedback.day, body: feedback.body, createdAt: feedback.createdAt, readAt: feedback.readAt, author: users.name })
          .from(feedback)
          .leftJoin(users, eq(users.id, feedback.authorId))
          .where(inArray(feedback.enrollmentId, ids))
          .orderBy(asc(feedback.day), asc(feedback.id))
          .all(),
  );
  const certs = new Map((none ? [] : db.select().from(certificates).where(inArray(certificates.enrollmentId, ids)).all()).map((c) => [c.enrollmentId, c]));

  const enrollmentsOut: ExportEnrollment[] = rows.map(({ enrollment, cohort }) => {
    const course = getCourse(cohort.edition);
    const statement = (id: string) => course.assessment.statements.find((s) => s.id === id);
    const cert = certs.get(enrollment.id);
    return {
      cohort: { title: cohort.title, slug: cohort.slug, edition: cohort.edition, startsOn: cohort.startsOn, timeZone: cohort.timeZone, schedule: cohort.schedule },
      status: enrollment.status,
      joinedAt: iso(enrollment.createdAt),
      leftAt: iso(enrollment.leftAt),
      days: (days.get(enrollment.id) ?? []).map((d) => ({
        day: d.day,
        title: course.byDay(d.day)?.title ?? `Day ${d.day}`,
        pillar: course.byDay(d.day)?.pillar ?? null,
        exerciseAnswer: d.exerciseAnswer,
        reflection: d.reflection,
        rating: d.rating,
        visibility: d.visibility,
        completedAt: iso(d.completedAt),
        updatedAt: iso(d.updatedAt),
      })),
      assessments: (answers.get(enrollment.id) ?? []).map((a) => ({ kind: a.kind, statementId: a.statementId, statement: statement(a.statementId)?.text ?? null, pillar: statement(a.statementId)?.pillar ?? null, rating: a.rating, updatedAt: iso(a.updatedAt) })),
      feedbackReceived: (received.get(enrollment.id) ?? []).map((f) => ({ day: f.day, from: f.author?.trim() || "Your facilitator", body: f.body, at: iso(f.createdAt), readAt: iso(f.readAt) })),
      // The row as stored, dates as ISO; who revoked it is another person's id, so it stays out.
      certificate: cert ? Object.fromEntries(Object.entries(cert).filter(([k]) => k !== "revokedBy" && k !== "enrollmentId").map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) : null,
    };
  });

  const parent = alias(posts, "parent");
  const ownPosts = db
    .select({
      post: posts,
      cohort: cohorts.title,
      repliesByOthers: sql<number>`(SELECT count(*) FROM posts r WHERE r.parent_id = ${posts.id} AND r.author_id <> ${userId})`,
    })
    .from(posts)
    .innerJoin(cohorts, eq(cohorts.id, posts.cohortId))
    .where(eq(posts.authorId, userId))
    .orderBy(asc(posts.createdAt), asc(posts.id))
    .all();
  const progressText = new Map((none ? [] : db.select({ id: dayProgress.id, exerciseAnswer: dayProgress.exerciseAnswer }).from(dayProgress).where(inArray(dayProgress.enrollmentId, ids)).all()).map((d) => [d.id, d.exerciseAnswer]));
  const target = (cohortTitle: typeof cohorts.title) => ({ cohort: cohortTitle, day: parent.day, postId: parent.id });

  const facilitated = user.role === "participant" ? [] : db.select({ id: cohorts.id, title: cohorts.title }).from(cohortFacilitators).innerJoin(cohorts, eq(cohorts.id, cohortFacilitators.cohortId)).where(eq(cohortFacilitators.userId, userId)).all();
  const cohortTitle = new Map(db.select({ id: cohorts.id, title: cohorts.title }).from(cohorts).all().map((c) => [c.id, c.title]));

  return {
    profile: {
      name: user.name,
      email: user.email,
      role: user.role,
      timeZone: user.timeZone,
      sendHour: user.sendHour,
      dailyEmails: user.dailyEmails,
      digestEmails: user.digestEmails,
      activityEmails: user.activityEmails,
      unsubscribedAt: iso(user.unsubscribedAt),
      createdAt: iso(user.createdAt),
    },
    signedInDevices: db.select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, userId)).all().map((s) => ({ createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt) })),
    enrollments: enrollmentsOut,
    posts: ownPosts.map(({ post, cohort, repliesByOthers }) => ({
      id: post.id,
      cohort,
      day: post.day,
      kind: post.parentId !== null ? "reply" : post.progressId !== null ? "shared answer" : "post",
      inReplyTo: post.parentId,
      // A shared answer's words live in the day's work (also under enrollments); shown here as shared.
      body: post.progressId !== null ? (progressText.get(post.progressId) ?? "") : post.body,
      createdAt: iso(post.createdAt),
      editedAt: iso(post.editedAt),
      pinnedAt: iso(post.pinnedAt),
      hiddenAt: iso(post.hiddenAt),
      repliesByOthers: Number(repliesByOthers),
    })),
    reactionsGiven: db
      .select({ ...target(cohorts.title), at: postReactions.createdAt })
      .from(postReactions)
      .innerJoin(parent, eq(parent.id, postReactions.postId))
      .innerJoin(cohorts, eq(cohorts.id, parent.cohortId))
      .where(eq(postReactions.userId, userId))
      .all()
      .map((r) => ({ cohort: r.cohort, day: r.day, postId: r.postId, at: iso(r.at) })),
    reportsMade: db
      .select({ ...target(cohorts.title), reason: postReports.reason, at: postReports.createdAt, resolvedAt: postReports.resolvedAt })
      .from(postReports)
      .innerJoin(parent, eq(parent.id, postReports.postId))
      .innerJoin(cohorts, eq(cohorts.id, parent.cohortId))
      .where(eq(postReports.reporterId, userId))
      .all()
      .map((r) => ({ cohort: r.cohort, day: r.day, postId: r.postId, reason: r.reason, at: iso(r.at), resolvedAt: iso(r.resolvedAt) })),
    notifications: db
      .select({ kind: notifications.kind, cohortId: notifications.cohortId, at: notifications.createdAt, readAt: notifications.readAt, emailedAt: notifications.emailedAt })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.id))
      .all()
      .map((n) => ({ kind: n.kind, cohort: cohortTitle.get(n.cohortId) ?? "", at: iso(n.at), readAt: iso(n.readAt), emailedAt: iso(n.emailedAt) })),
    asFacilitator:
      user.role === "participant"
        ? null
        : {
            cohorts: facilitated.map((c) => c.title),
            announcements: db.select().from(announcements).where(eq(announcements.authorId, userId)).all().map((a) => ({ cohort: cohortTitle.get(a.cohortId) ?? "", title: a.title, body: a.body, at: iso(a.createdAt) })),
            // Feedback given: the words, the cohort and the day; not whose work it was about.
            feedbackGiven: db
              .select({ cohortId: enrollments.cohortId, day: feedback.day, body: feedback.body, at: feedback.createdAt })
              .from(feedback)
              .innerJoin(enrollments, eq(enrollments.id, feedback.enrollmentId))
              .where(and(eq(feedback.authorId, userId), ne(enrollments.userId, userId)))
              .all()
              .map((f) => ({ cohort: cohortTitle.get(f.cohortId) ?? "", day: f.day, body: f.body, at: iso(f.at) })),
          },
  };
}

export const EMAIL_PAGE = 200;

/** Which outbox rows are the person's: addressed to them by account, by enrollment, or by address. */
export function ownEmailRows(userId: number, email: string, enrollmentIds: number[]) {
  return or(eq(emailOutbox.userId, userId), eq(emailOutbox.toAddress, email), enrollmentIds.length ? inArray(emailOutbox.enrollmentId, enrollmentIds) : undefined)!;
}

/**
 * Every email to the person, oldest first, read EMAIL_PAGE rows at a time. The ids come first,
 * through the outbox's user and enrollment indexes (an address-only row, a welcome answered
 * to a stranger before they had an account, is deleted with the account but not exported:
 * finding it would read the whole outbox while the request waits).
 */
export function* emailsTo(db: Db, userId: number, enrollmentIds: number[]): Generator<ExportEmail> {
  const ids = new Set(db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.userId, userId)).all().map((r) => r.id));
  if (enrollmentIds.length) for (const r of db.select({ id: emailOutbox.id }).from(emailOutbox).where(inArray(emailOutbox.enrollmentId, enrollmentIds)).all()) ids.add(r.id);
  const ordered = [...ids].sort((a, b) => a - b);
  for (let i = 0; i < ordered.length; i += EMAIL_PAGE) {
    const page = db
      .select({ kind: emailOutbox.kind, subject: emailOutbox.subject, status: emailOutbox.status, createdAt: emailOutbox.createdAt, sentAt: emailOutbox.sentAt, text: emailOutbox.text })
      .from(emailOutbox)
      .where(inArray(emailOutbox.id, ordered.slice(i, i + EMAIL_PAGE)))
      .orderBy(asc(emailOutbox.id))
      .all();
    for (const row of page) yield exportableEmail(row);
  }
}

/** The zip, as a stream: small files from memory, the JSON written as its emails are read. */
export function exportZip(db: Db, userId: number, now: Date): Readable {
  const facts = collectExport(db, userId);
  const enrollmentIds = db.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.userId, userId)).all().map((r) => r.id);
  const zip = new yazl.ZipFile();
  const taken = new Set<string>();
  const answerFiles = facts.enrollments.map((e) => ({ path: answersPath(e.cohort.slug, taken), text: answersMarkdown(e, facts.profile) }));
  const options = { mtime: now };
  zip.addBuffer(Buffer.from(readmeText(now, answerFiles.map((f) => f.path), getEnv().EMAIL_BODY_DAYS)), "README.txt", options);
  zip.addReadStream(Readable.from(exportJsonChunks(facts, now, emailsTo(db, userId, enrollmentIds)), { objectMode: false }), "tripod-data.json", options);
  for (const file of answerFiles) zip.addBuffer(Buffer.from(file.text), file.path, options);
  zip.end();
  return zip.outputStream as Readable;
}
