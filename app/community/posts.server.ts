/** Writing to the threads: posts, replies, reactions, reports and the facilitators' moderation. */
import { and, eq, isNull } from "drizzle-orm";
import { dayProgress, postReactions, postReports, posts } from "../../db/schema";
import type { Db } from "~/db.server";
import { notify, withdrawReactionNotice } from "./notify.server";

export function createPost(db: Db, post: { cohortId: number; day: number; authorId: number; body: string }, at: Date): number {
  return db.insert(posts).values({ ...post, createdAt: at }).returning({ id: posts.id }).get().id;
}

/** A reply, and a notification for the author of the post it answers. */
export function createReply(db: Db, parent: { id: number; cohortId: number; day: number; authorId: number }, authorId: number, body: string, at: Date): number {
  return db.transaction(() => {
    const id = db.insert(posts).values({ cohortId: parent.cohortId, day: parent.day, authorId, parentId: parent.id, body, createdAt: at }).returning({ id: posts.id }).get().id;
    notify(db, [{ userId: parent.authorId, kind: "reply", cohortId: parent.cohortId, actorId: authorId, postId: id }], at);
    return id;
  });
}

export function editPost(db: Db, id: number, body: string, at: Date): void {
  db.update(posts).set({ body, editedAt: at }).where(eq(posts.id, id)).run();
}

/** Gone for good, with its replies, reactions, reports and the notifications about them. */
export function deletePost(db: Db, id: number): void {
  db.delete(posts).where(eq(posts.id, id)).run();
}

/** "This helped me": once per person; the post's author hears of it (taken back if withdrawn). */
export function react(db: Db, post: { id: number; cohortId: number; authorId: number }, userId: number, at: Date): void {
  db.transaction(() => {
    const added = db.insert(postReactions).values({ postId: post.id, userId, createdAt: at }).onConflictDoNothing().run().changes;
    if (added) notify(db, [{ userId: post.authorId, kind: "reaction", cohortId: post.cohortId, actorId: userId, postId: post.id }], at);
  });
}

export function unreact(db: Db, postId: number, userId: number): void {
  db.transaction(() => {
    db.delete(postReactions).where(and(eq(postReactions.postId, postId), eq(postReactions.userId, userId))).run();
    withdrawReactionNotice(db, postId, userId);
  });
}

/** A report for the facilitators; reporting again keeps the first (and its reason). */
export function reportPost(db: Db, postId: number, reporterId: number, reason: string, at: Date): void {
  db.insert(postReports).values({ postId, reporterId, reason, createdAt: at }).onConflictDoNothing().run();
}

export function setPinned(db: Db, id: number, at: Date | null): void {
  db.update(posts).set({ pinnedAt: at }).where(eq(posts.id, id)).run();
}

/** Hiding answers the post's open reports too: a facilitator has looked at it. */
export function setHidden(db: Db, id: number, by: number, at: Date | null): void {
  db.transaction(() => {
    db.update(posts).set({ hiddenAt: at, hiddenBy: at ? by : null }).where(eq(posts.id, id)).run();
    if (at) resolveReports(db, id, by, at);
  });
}

export function resolveReports(db: Db, postId: number, by: number, at: Date): void {
  db.update(postReports).set({ resolvedAt: at, resolvedBy: by }).where(and(eq(postReports.postId, postId), isNull(postReports.resolvedAt))).run();
}

/**
 * The thread entry for a shared answer: made the first time a day is complete and shared with
 * the cohort, and kept when it is unshared (so its replies come back if it is shared again).
 */
export function ensureAnswerPost(db: Db, answer: { cohortId: number; day: number; authorId: number; progressId: number }, at: Date): void {
  db.insert(posts).values({ ...answer, createdAt: at }).onConflictDoNothing({ target: posts.progressId }).run();
}

/** Stop sharing a day with the cohort: it goes back to "me and my facilitators". */
export function unshareAnswer(db: Db, progressId: number): void {
  db.update(dayProgress).set({ visibility: "facilitators" }).where(and(eq(dayProgress.id, progressId), eq(dayProgress.visibility, "cohort"))).run();
}
