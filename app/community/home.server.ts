/** The participant's home: the cohort's unread announcements as cards, and marking one read. */
import { z } from "zod";
import type { Db } from "~/db.server";
import { paragraphsOf } from "./announcements";
import { markAnnouncementRead, unreadAnnouncements } from "./announcements.server";

export function homeAnnouncements(db: Db, userId: number, cohortId: number) {
  return unreadAnnouncements(db, userId, cohortId).map((a) => ({ id: a.id, title: a.title, paragraphs: paragraphsOf(a.body), author: a.author, createdAt: a.createdAt.toISOString() }));
}

const readSchema = z.object({ intent: z.literal("read-announcement"), announcementId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** The home's one action: marks an announcement read for this person (already read, or not theirs: nothing changes). */
export function readAnnouncementAction(db: Db, userId: number, form: FormData, at: Date): Response {
  const parsed = readSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return Response.json({ error: "That announcement could not be found." }, { status: 400 });
  markAnnouncementRead(db, userId, parsed.data.announcementId, at);
  return Response.json({ read: parsed.data.announcementId });
}
