/** The local mailbox behind /dev/mail: outbox emails, newest first. Local mode only. */
import { desc, eq } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";

/** /dev/mail does not exist in production: a 404, before anything is read. */
export function requireLocalMailbox(): void {
  if (getEnv().isProduction) throw new Response("Not found", { status: 404 });
}

export function listMailbox(limit = 200) {
  return getDb()
    .select({ id: emailOutbox.id, to: emailOutbox.toAddress, subject: emailOutbox.subject, kind: emailOutbox.kind, status: emailOutbox.status, createdAt: emailOutbox.createdAt })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit)
    .all();
}

export function getMailboxEmail(id: number) {
  return getDb().select().from(emailOutbox).where(eq(emailOutbox.id, id)).get();
}

/** The links an email's HTML carries, in order, without duplicates. */
export function linksIn(html: string): string[] {
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  return [...new Set(links)].filter((href) => /^https?:\/\//.test(href));
}
