/**
 * What sending a list of invitations would do, shown before anything is sent: who is invited
 * (and whether each takes a new seat), who is already in the cohort, which addresses appear
 * more than once, which entries are not addresses, and whether the seats suffice. Pure.
 */
import type { Invitee, ReadList, Rejected } from "./invitations";

export type EnrollmentStatus = "active" | "pending" | "waitlisted" | "withdrawn" | "removed";
/** What the database knows of an address: the account's name, and its enrollment in this cohort. */
export type KnownPerson = { name: string; status: EnrollmentStatus | null; holdsSeat: boolean };

export type PlannedInvite = Invitee & { line: number; note: string | null; newSeat: boolean };
export type AlreadyIn = Invitee & { line: number; status: "Enrolled" | "On the waitlist" };
export type Duplicate = { email: string; lines: number[] };

export type InvitePlan = {
  invite: PlannedInvite[];
  already: AlreadyIn[];
  duplicates: Duplicate[];
  rejected: Rejected[];
  truncated: boolean;
  seatsNeeded: number;
  seatsLeft: number;
  /** Something to send, and seats for all of it. */
  canSend: boolean;
};

const NOTE: Partial<Record<EnrollmentStatus, string>> = {
  withdrawn: "Left this cohort earlier; this brings them back",
  removed: "Was removed earlier; this brings them back",
};

export function planInvitations(list: ReadList, known: ReadonlyMap<string, KnownPerson>, seatsLeft: number): InvitePlan {
  const firstOf = new Map<string, Invitee & { line: number }>();
  const lines = new Map<string, number[]>();
  for (const p of list.people) {
    const seen = firstOf.get(p.email);
    if (!seen) firstOf.set(p.email, { name: p.name, email: p.email, line: p.line });
    else if (!seen.name && p.name) seen.name = p.name; // a later mention may carry the name
    lines.set(p.email, [...(lines.get(p.email) ?? []), p.line]);
  }
  const invite: PlannedInvite[] = [];
  const already: AlreadyIn[] = [];
  for (const person of firstOf.values()) {
    const account = known.get(person.email);
    // The email greets an existing account by the name it has; a nameless one takes this one.
    const name = account?.name.trim() || person.name;
    if (account?.status === "active") already.push({ ...person, name, status: "Enrolled" });
    else if (account?.status === "waitlisted") already.push({ ...person, name, status: "On the waitlist" });
    else if (account?.status === "pending" && account.holdsSeat) invite.push({ ...person, name, newSeat: false, note: "Holds a seat and has not confirmed it; this confirms it" });
    else invite.push({ ...person, name, newSeat: true, note: (account?.status && NOTE[account.status]) ?? null });
  }
  const duplicates = [...lines].filter(([, at]) => at.length > 1).map(([email, at]) => ({ email, lines: at }));
  const seatsNeeded = invite.filter((i) => i.newSeat).length;
  return {
    invite,
    already,
    duplicates,
    rejected: list.rejected,
    truncated: list.truncated,
    seatsNeeded,
    seatsLeft: Math.max(0, seatsLeft),
    canSend: invite.length > 0 && seatsNeeded <= seatsLeft,
  };
}
