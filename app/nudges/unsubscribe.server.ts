/** Unsubscribing by link: no session, the unguessable token in the URL is the key. */
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Db } from "~/db.server";
import type { EmailChoice, EmailList } from "./email-state";

export type { EmailChoice };

/** The address of a one-click link: all course email, or one list (`?list=digest`, `?list=activity`). */
export function unsubscribeUrl(appUrl: string, token: string, list: EmailList = "course"): string {
  const url = new URL(`/unsubscribe/${token}`, appUrl);
  if (list !== "course") url.searchParams.set("list", list);
  return url.toString();
}

/** RFC 8058 one-click unsubscribe, as Gmail and Yahoo require of bulk senders. */
export function listUnsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export function findByUnsubscribeToken(db: Db, token: string) {
  if (!/^[0-9a-f]{40}$/.test(token)) return undefined;
  return db
    .select({ id: users.id, email: users.email, role: users.role, dailyEmails: users.dailyEmails, digestEmails: users.digestEmails, activityEmails: users.activityEmails, unsubscribedAt: users.unsubscribedAt }).from(users).where(eq(users.unsubscribeToken, token)).get();
}

const CHOICE_SETS: Record<EmailChoice, (now: Date) => Partial<typeof users.$inferInsert>> = {
  "digest-off": () => ({ digestEmails: false }),
  "digest-on": () => ({ digestEmails: true }),
  "activity-off": () => ({ activityEmails: false }),
  "activity-on": () => ({ activityEmails: true }),
  "daily-off": () => ({ dailyEmails: false }),
  "all-off": (now) => ({ unsubscribedAt: now, dailyEmails: false }),
  resume: () => ({ unsubscribedAt: null, dailyEmails: true }),
};

export function applyEmailChoice(db: Db, userId: number, choice: EmailChoice, now: Date): void {
  db.update(users).set(CHOICE_SETS[choice](now)).where(eq(users.id, userId)).run();
}
