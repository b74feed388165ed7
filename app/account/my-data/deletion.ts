/**
 * Deleting an account: what the confirmation says goes, whether the person may delete now,
 * how they confirm, and how their name and address are taken out of the words that stay
 * (other people's emails that named them, certificates they are named on as facilitator).
 * Pure; deletion.server.ts does the reading and the deleting.
 */

export type DeletionCounts = {
  /** Cohorts with saved days, and how many days in each. */
  work: { cohort: string; days: number }[];
  assessmentAnswers: number;
  posts: number;
  repliesByOthersUnderPosts: number;
  feedbackReceived: number;
  pendingEmails: number;
  certificates: number;
  /** Active or held seats given up (a waitlisted person may take each). */
  seats: number;
  facilitates: number;
};

export type FacilitatedCohort = { title: string; otherFacilitators: number; ended: boolean };

/** What stops a deletion now, in words that say what to do first. Empty: they may delete. */
export function deletionBlockers(input: { role: string; otherAdmins: number; facilitated: FacilitatedCohort[] }): string[] {
  const blockers: string[] = [];
  const alone = input.facilitated.filter((c) => !c.ended && c.otherFacilitators === 0);
  if (alone.length > 0) {
    const titles = alone.map((c) => c.title).join(", ");
    blockers.push(`You are the only facilitator of ${titles}, which has not ended. Invite a co-facilitator from the cohort's settings and let them take it over, then delete your account.`);
  }
  if (input.role === "admin" && input.otherAdmins === 0) {
    blockers.push("You are the only administrator. Make someone else an administrator first (npm run user:create -- --role admin), then delete your account.");
  }
  return blockers;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The confirmation's list: each thing that goes, with real counts, in the person's terms. */
export function deletionSummary(counts: DeletionCounts): string[] {
  const lines = ["Your profile and your sign-in: your name, address, settings and every signed-in device."];
  const days = counts.work.reduce((sum, w) => sum + w.days, 0);
  if (days > 0) lines.push(`${plural(days, "day")} of work in ${counts.work.map((w) => w.cohort).join(", ")}: exercise answers, reflections and ratings.`);
  if (counts.seats > 0) lines.push(`Your ${counts.seats === 1 ? "seat" : "seats"} in ${plural(counts.seats, "cohort")}: the next person on a waitlist may take it.`);
  if (counts.assessmentAnswers > 0) lines.push(`${plural(counts.assessmentAnswers, "assessment answer")}.`);
  if (counts.posts > 0) {
    const replies = counts.repliesByOthersUnderPosts;
    lines.push(`${plural(counts.posts, "post or reply", "posts and replies")} in day threads, removed from the threads${replies > 0 ? `, with the ${plural(replies, "reply", "replies")} other people wrote under them` : ""}.`);
  }
  if (counts.feedbackReceived > 0) lines.push(`${plural(counts.feedbackReceived, "piece", "pieces")} of feedback you received.`);
  if (counts.pendingEmails > 0) lines.push(`${plural(counts.pendingEmails, "email")} waiting to be sent to you (cancelled), and the copies of every email sent to you.`);
  else lines.push("The copies of every email sent to you.");
  if (counts.certificates > 0) lines.push(`Your ${counts.certificates === 1 ? "certificate" : `${counts.certificates} certificates`}: the verify link will stop working.`);
  if (counts.facilitates > 0) lines.push(`Your place on ${plural(counts.facilitates, "cohort team")}. Feedback, announcements and sessions you wrote stay with the cohort, no longer signed with your name.`);
  return lines;
}

/** The deliberate act: typing the account's own address (any case, spaces around ignored). */
export function confirmationMatches(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase() && email.trim() !== "";
}

const HTML_ESCAPES: [string, string][] = [
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#x27;"],
];

function htmlEscaped(s: string): string[] {
  const variants = new Set([s]);
  let esc = s;
  for (const [raw, entity] of HTML_ESCAPES) esc = esc.replaceAll(raw, entity);
  variants.add(esc);
  variants.add(s.replaceAll("'", "&#39;").replaceAll("&", "&amp;"));
  return [...variants];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The forms of a person's name and address to look for: as written, and as an HTML email
 * writes them. A name shorter than two letters is not looked for (it would match words).
 */
export function personNeedles(person: { name: string; email: string }): string[] {
  const name = person.name.trim();
  return [...(name.length >= 2 ? htmlEscaped(name) : []), ...htmlEscaped(person.email.trim())];
}

/** Where a sentence starts: the text's start, after . ! or ? and a space, a line break, or a block tag. */
const SENTENCE_START = /(?:^|[.!?]\s+|\n\s*|<(?:p|h[1-6]|li|td|th|div)\b[^>]*>\s*)$/i;

/**
 * The text with the person's full name and address replaced by `replacement`: the address in
 * any case, the name as a whole word (so "Ann" leaves "Announcement" alone). Where the name
 * began a sentence ("Dana replied"), the replacement does too ("A former participant replied").
 */
export function redactPerson(text: string, person: { name: string; email: string }, replacement: string): string {
  const capitalised = replacement.charAt(0).toUpperCase() + replacement.slice(1);
  let out = text;
  for (const needle of personNeedles(person).sort((a, b) => b.length - a.length)) {
    const isEmail = needle.includes("@");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, isEmail ? "giu" : "gu");
    out = out.replace(pattern, (_match: string, offset: number, whole: string) => (SENTENCE_START.test(whole.slice(Math.max(0, offset - 200), offset)) ? capitalised : replacement));
  }
  return out;
}

/** Whether a text still names the person (the same test as redactPerson's). */
export function namesPerson(text: string, person: { name: string; email: string }): boolean {
  return redactPerson(text, person, "\u0000") !== text;
}
