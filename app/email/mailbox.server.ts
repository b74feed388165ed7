/** The local mailbox behind /dev/mail: outbox emails, newest first. Local mode only. */
import { desc, eq } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";

/** Loopback addresses: the machine itself. */
export function isLoopback(address: string): boolean {
  const plain = address.replace(/^::ffff:/, "").replace(/^\[|\]$/g, "");
  return plain === "localhost" || plain === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/**
 * /dev/mail hands out every sign-in link, so it exists only for someone at this machine: not
 * in production, not when the app listens beyond loopback (HOST), and not for a request
 * that came from elsewhere (through a proxy, say). Otherwise a 404, before anything is read.
 */
export function requireLocalMailbox(clientIp: string): void {
  const env = getEnv();
  if (env.isProduction || !isLoopback(env.HOST) || !isLoopback(clientIp)) throw new Response("Not found", { status: 404 });
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
