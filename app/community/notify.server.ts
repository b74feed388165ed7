/**
 * Recording what is new for a person. Rows point at what they are about; the words are drawn
 * from those rows when shown (see the notifications page), never stored here.
 */
import { and, eq } from "drizzle-orm";
import { notifications, type NOTIFICATION_KINDS } from "../../db/schema";
import type { Db } from "~/db.server";

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NewNotification = {
  userId: number;
  kind: NotificationKind;
  cohortId: number;
  actorId?: number | null;
  postId?: number | null;
  feedbackId?: number | null;
  announcementId?: number | null;
};

/** Adds notifications; nobody is told about their own doing. */
export function notify(db: Db, rows: NewNotification[], at: Date): void {
  const wanted = rows.filter((r) => r.actorId == null || r.actorId !== r.userId);
  if (wanted.length === 0) return;
  db.insert(notifications)
    .values(wanted.map((r) => ({ ...r, createdAt: at })))
    .run();
}

/** Takes back a reaction's notification when the reaction is withdrawn. */
export function withdrawReactionNotice(db: Db, postId: number, actorId: number): void {
  db.delete(notifications)
    .where(and(eq(notifications.postId, postId), eq(notifications.actorId, actorId), eq(notifications.kind, "reaction")))
    .run();
}
