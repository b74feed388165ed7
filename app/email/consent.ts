/**
 * Whether a queued email may still go, judged when it is sent (pure). Planning checks
 * consent too, but an email can wait in the outbox (an outage, a retry) while the person
 * unsubscribes or leaves: then it is cancelled, never sent.
 */
export type ConsentFacts = {
  /** The recipient account still exists and has not unsubscribed from all course email. */
  unsubscribed: boolean;
  dailyEmails: boolean;
  /** A facilitator's Monday digest (settings, or the digest's own one-click link). */
  digestEmails: boolean;
  /** The daily email of replies and reactions (settings, or its own one-click link). */
  activityEmails: boolean;
  /** The status of the enrollment the email is about; null when it is about none. */
  enrollmentStatus: string | null;
};

/** Sent whatever the preferences: the person asked for them, or they carry the way in. */
const TRANSACTIONAL = new Set(["sign-in", "welcome", "team-invite"]);
/**
 * Paused by "pause daily emails" as well as by "unsubscribe from all". Other kinds (the report,
 * a certificate's announcement, feedback...) are course mail: stopped by "unsubscribe from all"
 * and by leaving the cohort only.
 */
const DAILY = new Set(["daily", "congrats"]);

export type Verdict = { send: true } | { send: false; reason: string };

export function consentVerdict(kind: string, facts: ConsentFacts): Verdict {
  if (TRANSACTIONAL.has(kind)) return { send: true };
  if (facts.unsubscribed) return { send: false, reason: "cancelled: unsubscribed from all course email before it was sent" };
  if (kind === "digest" && !facts.digestEmails) return { send: false, reason: "cancelled: the weekly digest was turned off before it was sent" };
  if (kind === "activity" && !facts.activityEmails) return { send: false, reason: "cancelled: activity emails were turned off before it was sent" };
  if (DAILY.has(kind) && !facts.dailyEmails) return { send: false, reason: "cancelled: daily emails were paused before it was sent" };
  if (facts.enrollmentStatus !== null && facts.enrollmentStatus !== "active") return { send: false, reason: `cancelled: the enrollment is ${facts.enrollmentStatus}` };
  return { send: true };
}
