/**
 * A cohort's team: facilitators invite co-facilitators by email, and an invitation is
 * accepted when its address signs in (the link or code proves the address). Accepting makes
 * the person a facilitator of that cohort, and a facilitator if they were a participant.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import { cohortFacilitators, facilitatorInvites, users } from "../../db/schema";
import type { Db } from "~/db.server";
import { clientKey, formatTime, issueSignIn } from "~/auth/sign-in.server";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import { enqueueEmail } from "~/email/outbox.server";
import { deliverSoon } from "~/email/send.server";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";
import { facilitates, type Cohort } from "./cohorts.server";

/** An invitation's link and code last as long as an enrollment's: two days. */
const INVITE_TTL_MS = 48 * 3_600_000;

type Writer = Pick<Db, "select" | "insert" | "update">;

export type InviteResult = { ok: true; email: string; joined: boolean } | { ok: false; error: string };

export async function inviteCoFacilitator(db: Db, cohort: Cohort, inviter: { id: number; name: string; email: string }, email: string, now: Date, appUrl: string, clientIp: string): Promise<InviteResult> {
  const existing = db.select().from(users).where(eq(users.email, email)).get();
  if (existing && facilitates(db, cohort.id, existing.id)) return { ok: false, error: `${email} already facilitates this cohort.` };
  const user = existing ?? db.insert(users).values({ email, name: "" }).returning().get();
  // Someone who already facilitates elsewhere joins at once; anyone else when they sign in.
  const joinsNow = user.role !== "participant";
  db.transaction((tx) => {
    if (joinsNow) tx.insert(cohortFacilitators).values({ cohortId: cohort.id, userId: user.id }).onConflictDoNothing().run();
    const acceptedAt = joinsNow ? now : null;
    tx.insert(facilitatorInvites)
      .values({ cohortId: cohort.id, email, invitedBy: inviter.id, createdAt: now, acceptedAt })
      .onConflictDoUpdate({ target: [facilitatorInvites.cohortId, facilitatorInvites.email], set: { invitedBy: inviter.id, createdAt: now, acceptedAt } })
      .run();
  });
  const issued = issueSignIn(db, { email, clientKey: clientKey(clientIp), redirectTo: `/facilitate/cohorts/${cohort.slug}`, ttlMs: INVITE_TTL_MS }, now, appUrl);
  const unsubscribe = unsubscribeUrl(appUrl, user.unsubscribeToken!);
  const rendered = await renderEmail(EMAILS.teamInvite, {
    name: user.name,
    inviter: inviter.name.trim() || inviter.email,
    cohortTitle: cohort.title,
    signIn: { link: issued.link, code: issued.code, expiresAt: formatTime(issued.expiresAt, user.timeZone ?? cohort.timeZone) },
    unsubscribeUrl: unsubscribe,
  });
  const { id } = enqueueEmail(db, { key: `team-invite/${issued.id}`, kind: EMAILS.teamInvite.kind, to: email, userId: user.id, headers: listUnsubscribeHeaders(unsubscribe), ...rendered }, now);
  deliverSoon([id]);
  return { ok: true, email, joined: joinsNow };
}

/** Called inside a successful sign-in's transaction: every open invitation for the address is accepted. */
export function acceptTeamInvites(tx: Writer, userId: number, email: string, now: Date): void {
  const open = tx.select().from(facilitatorInvites).where(and(eq(facilitatorInvites.email, email), isNull(facilitatorInvites.acceptedAt))).all();
  if (open.length === 0) return;
  tx.update(users).set({ role: "facilitator" }).where(and(eq(users.id, userId), eq(users.role, "participant"))).run();
  for (const invite of open) {
    tx.insert(cohortFacilitators).values({ cohortId: invite.cohortId, userId }).onConflictDoNothing().run();
    tx.update(facilitatorInvites).set({ acceptedAt: now }).where(eq(facilitatorInvites.id, invite.id)).run();
  }
}

/** Invitations not accepted yet, for the settings page. */
export function pendingInvites(db: Db, cohortId: number) {
  return db
    .select({ email: facilitatorInvites.email, invitedAt: facilitatorInvites.createdAt })
    .from(facilitatorInvites)
    .where(and(eq(facilitatorInvites.cohortId, cohortId), isNull(facilitatorInvites.acceptedAt)))
    .orderBy(asc(facilitatorInvites.email))
    .all();
}
