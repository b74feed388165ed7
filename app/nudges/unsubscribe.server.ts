/** Unsubscribing by link: no session, the unguessable token in the URL is the key. */
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Db } from "~/db.server";
import type { EmailChoice } from "./email-state";

export type { EmailChoice };

export function findByUnsubscribeToken(db: Db, token: string) {
  if (!/^[0-9a-f]{40}$/.test(token)) return undefined;
  return db.select({ id: users.id, email: users.email, dailyEmails: users.dailyEmails, unsubscribedAt: users.unsubscribedAt }).from(users).where(eq(users.unsubscribeToken, token)).get();
}

export function applyEmailChoice(db: Db, userId: number, choice: EmailChoice, now: Date): void {
  const set =
    choice === "daily-off" ? { dailyEmails: false } : choice === "all-off" ? { unsubscribedAt: now, dailyEmails: false } : { unsubscribedAt: null, dailyEmails: true };
  db.update(users).set(set).where(eq(users.id, userId)).run();
}
