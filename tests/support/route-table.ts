/**
 * Every route of the app, with a sample request for its loader and for each action intent,
 * and who may use it. The authorization matrix and the hostile-input suite are driven by
 * this table and by the app's own route list (the server build's `routes`): a route that is
 * in the build but not here fails both suites, so a new route is covered the day it lands.
 *
 * Expectations are classes, not exact statuses: `allow` (the request reached the route's
 * own logic: 2xx, 3xx other than to sign-in, or a 4xx about the input), `login` (sent to
 * sign in), `404` (the thing does not exist for this actor), `403` (exists, not theirs).
 * Sample actions are harmless when allowed (an invalid field, or a target made for them).
 */
export const ACTORS = ["anonymous", "owner", "peer", "outsider", "otherFacilitator", "facilitator", "admin"] as const;
export type Actor = (typeof ACTORS)[number];
export type Outcome = "allow" | "login" | "404" | "403";
export type Expectation = Record<Actor, Outcome>;

/** The fixtures the samples refer to (made by the suites on top of the demo seed). */
export type World = {
  cohort: string; // the demo cohort's slug: owner, peer, facilitator
  otherCohort: string; // outsider, otherFacilitator
  ownerEnrollment: number;
  ownerSpareEnrollment: number; // a second enrollment of the owner, for "leave"
  peerEnrollment: number;
  unsubscribeToken: string; // the owner's
  mailId: number;
  liveSession: number; // a live session of the demo cohort
  ownerCalendar: string; // the owner's personal feed key for the demo cohort (`?member=`)
  ownerCertificate: number; // a certificate issued on the owner's demo enrollment
  certificateCode: string; // its public verify code
};

export type Sample = { intent: string; fields: (w: World) => Record<string, string>; expect: Expectation };
export type RouteRow = { url: (w: World) => string; get?: Expectation; posts?: Sample[] };

const all = (outcome: Outcome): Expectation => ({ anonymous: outcome, owner: outcome, peer: outcome, outsider: outcome, otherFacilitator: outcome, facilitator: outcome, admin: outcome });
export const PUBLIC = all("allow");
export const SIGNED_IN: Expectation = { ...all("allow"), anonymous: "login" };
/** One participant's own enrollment: nobody else, whatever their role. */
export const OWNER_ONLY: Expectation = { ...all("404"), anonymous: "login", owner: "allow" };
/** A cohort's workspace: its facilitators and admins; for everyone else it does not exist. */
export const COHORT_FACILITATORS: Expectation = { ...all("404"), anonymous: "login", facilitator: "allow", admin: "allow" };
/** Facilitator pages that are not about one cohort: facilitators and admins. */
export const FACILITATOR_ROLE: Expectation = { anonymous: "login", owner: "403", peer: "403", outsider: "403", otherFacilitator: "allow", facilitator: "allow", admin: "allow" };

export const ROUTE_TABLE: Record<string, RouteRow> = {
  root: { url: () => "/" },
  "routes/_index": { url: () => "/", get: PUBLIC },
  "routes/course": { url: () => "/course", get: PUBLIC },
  "routes/healthz": { url: () => "/healthz", get: PUBLIC },
  "routes/status": { url: () => "/status", get: PUBLIC },
  "routes/bench.lesson.$day": { url: () => "/bench/lesson/3", get: all("404") }, // off unless BENCH_ROUTES=on
  "routes/dev.mail._index": { url: () => "/dev/mail", get: PUBLIC }, // local mode, from this machine
  "routes/dev.mail.$id": { url: (w) => `/dev/mail/${w.mailId}`, get: PUBLIC },
  "routes/login._index": { url: () => "/login", get: PUBLIC, posts: [{ intent: "request", fields: () => ({ email: "not an address" }), expect: PUBLIC }] },
  "routes/login.code": { url: () => "/login/code?email=nobody%40example.com", get: PUBLIC, posts: [{ intent: "code", fields: () => ({ email: "nobody@example.com", code: "x" }), expect: PUBLIC }] },
  "routes/login.verify": { url: () => "/login/verify?token=abc", get: PUBLIC, posts: [{ intent: "confirm", fields: () => ({ token: "not-a-real-token" }), expect: PUBLIC }] },
  "routes/logout": { url: () => "/logout", get: PUBLIC, posts: [{ intent: "this-device", fields: () => ({ intent: "nothing-to-end" }), expect: PUBLIC }] },
  "routes/cohorts.$slug._index": { url: (w) => `/cohorts/${w.cohort}`, get: PUBLIC, posts: [{ intent: "enroll", fields: () => ({ name: "", email: "not an address" }), expect: PUBLIC }] },
  "routes/cohorts.$slug.enrolled": { url: (w) => `/cohorts/${w.cohort}/enrolled`, get: PUBLIC },
  "routes/cohorts.$slug.calendar[.]ics": { url: (w) => `/cohorts/${w.cohort}/calendar.ics`, get: PUBLIC },
  // Calendar apps send no cookie: the key in the address is the way in, whoever asks (a wrong one is a 404, tested in integration).
  "routes/cohorts.$slug.my-calendar[.]ics": { url: (w) => `/cohorts/${w.cohort}/my-calendar.ics?member=${w.ownerCalendar}`, get: PUBLIC },
  "routes/unsubscribe.$token": { url: (w) => `/unsubscribe/${w.unsubscribeToken}`, get: PUBLIC, posts: [{ intent: "one-click", fields: () => ({ choice: "none-such" }), expect: PUBLIC }] },
  "routes/learn._index": { url: () => "/learn", get: SIGNED_IN },
  "routes/learn.$enrollmentId._index": {
    url: (w) => `/learn/${w.ownerEnrollment}`,
    get: OWNER_ONLY,
    posts: [{ intent: "read-announcement", fields: () => ({ intent: "read-announcement", announcementId: "0" }), expect: OWNER_ONLY }],
  },
  "routes/notifications": { url: () => "/notifications", get: SIGNED_IN },
  "routes/learn.$enrollmentId.report": { url: (w) => `/learn/${w.ownerEnrollment}/report`, get: OWNER_ONLY },
  "routes/learn.$enrollmentId.certificate": { url: (w) => `/learn/${w.ownerEnrollment}/certificate`, get: OWNER_ONLY },
  "routes/learn.$enrollmentId.certificate[.]pdf": { url: (w) => `/learn/${w.ownerEnrollment}/certificate.pdf`, get: OWNER_ONLY },
  // The verify page is public by design: its unguessable code is the way in.
  "routes/certificates.$code": { url: (w) => `/certificates/${w.certificateCode}`, get: PUBLIC },
  "routes/learn.$enrollmentId.days.$day": {
    url: (w) => `/learn/${w.ownerEnrollment}/days/2`,
    get: OWNER_ONLY,
    posts: [
      { intent: "save", fields: () => ({ intent: "save", rating: "9" }), expect: OWNER_ONLY },
      { intent: "thread.post", fields: () => ({ intent: "thread.post", body: "   " }), expect: OWNER_ONLY },
      { intent: "thread.reply", fields: () => ({ intent: "thread.reply", postId: "not-a-post", body: "Hello" }), expect: OWNER_ONLY },
      { intent: "thread.report", fields: () => ({ intent: "thread.report", postId: "-1" }), expect: OWNER_ONLY },
    ],
  },
  "routes/settings": {
    url: () => "/settings",
    get: SIGNED_IN,
    posts: [
      { intent: "save", fields: () => ({ name: "", timeZone: "Nowhere/Else" }), expect: SIGNED_IN },
      { intent: "activity", fields: () => ({ intent: "activity", activityEmails: "maybe" }), expect: SIGNED_IN },
    ],
  },
  "routes/account": {
    url: () => "/account",
    get: SIGNED_IN,
    posts: [{ intent: "leave", fields: (w) => ({ intent: "leave", enrollmentId: String(w.ownerSpareEnrollment) }), expect: OWNER_ONLY }],
  },
  // Issue 18, my data. A wrong confirmation deletes nothing (400); the admin and the demo facilitator are refused anyway (409: the only admin, the only facilitator of a running cohort).
  "routes/account_.data[.]zip": { url: () => "/account/data.zip", get: SIGNED_IN },
  "routes/account_.delete": {
    url: () => "/account/delete",
    get: SIGNED_IN,
    posts: [{ intent: "delete", fields: () => ({ intent: "delete", confirmEmail: "someone.else@example.com" }), expect: SIGNED_IN }],
  },
  "routes/goodbye": { url: () => "/goodbye", get: PUBLIC },
  "routes/facilitate._index": { url: () => "/facilitate", get: FACILITATOR_ROLE },
  "routes/facilitate.cohorts.$slug.days.$day": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/days/2`,
    get: COHORT_FACILITATORS,
    posts: [
      { intent: "thread.post", fields: () => ({ intent: "thread.post", body: "" }), expect: COHORT_FACILITATORS },
      { intent: "thread.hide", fields: () => ({ intent: "thread.hide", postId: "x" }), expect: COHORT_FACILITATORS },
    ],
  },
  "routes/facilitate.cohorts.new": { url: () => "/facilitate/cohorts/new", get: FACILITATOR_ROLE, posts: [{ intent: "create", fields: () => ({ title: "" }), expect: FACILITATOR_ROLE }] },
  "routes/facilitate.cohorts.$slug._index": {
    url: (w) => `/facilitate/cohorts/${w.cohort}`,
    get: COHORT_FACILITATORS,
    posts: [
      { intent: "remove", fields: () => ({ intent: "remove", enrollmentId: "0" }), expect: COHORT_FACILITATORS },
    ],
  },
  "routes/facilitate.cohorts.$slug.invite": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/invite`,
    get: COHORT_FACILITATORS,
    posts: [
      { intent: "preview", fields: () => ({ intent: "preview", invitees: "" }), expect: COHORT_FACILITATORS },
      { intent: "edit", fields: () => ({ intent: "edit", text: "ada@example.org" }), expect: COHORT_FACILITATORS },
      { intent: "send", fields: () => ({ intent: "send", people: "[]", text: "" }), expect: COHORT_FACILITATORS },
    ],
  },
  "routes/facilitate.cohorts.$slug.settings": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/settings`,
    get: COHORT_FACILITATORS,
    posts: [
      { intent: "update", fields: () => ({ title: "" }), expect: COHORT_FACILITATORS },
      { intent: "add-facilitator", fields: () => ({ intent: "add-facilitator", email: "not an address" }), expect: COHORT_FACILITATORS },
    ],
  },
  "routes/facilitate.cohorts.$slug.sessions._index": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/sessions`,
    get: COHORT_FACILITATORS,
    posts: [{ intent: "schedule", fields: () => ({ intent: "schedule", title: "", date: "2026-03-29", time: "02:30" }), expect: COHORT_FACILITATORS }],
  },
  "routes/facilitate.cohorts.$slug.sessions.$sessionId": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/sessions/${w.liveSession}`,
    get: COHORT_FACILITATORS,
    posts: [
      { intent: "update", fields: () => ({ intent: "update", title: "", videoUrl: "http://not-https.example.com" }), expect: COHORT_FACILITATORS },
      { intent: "recording", fields: () => ({ intent: "recording", recordingUrl: "javascript:alert(1)" }), expect: COHORT_FACILITATORS },
      // Without the confirm step's field: asks to confirm, cancels nothing.
      { intent: "cancel", fields: () => ({ intent: "cancel" }), expect: COHORT_FACILITATORS },
    ],
  },
  "routes/facilitate.cohorts.$slug.announcements": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/announcements`,
    get: COHORT_FACILITATORS,
    posts: [
      { intent: "send", fields: () => ({ intent: "send", title: "", body: "" }), expect: COHORT_FACILITATORS },
      { intent: "preview", fields: () => ({ intent: "preview", title: "", body: "" }), expect: COHORT_FACILITATORS },
    ],
  },
  "routes/facilitate.cohorts.$slug.certificates": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/certificates`,
    get: COHORT_FACILITATORS,
    posts: [
      // Without a reason: refused, nothing revoked.
      { intent: "revoke", fields: (w) => ({ intent: "revoke", certificateId: String(w.ownerCertificate), reason: " " }), expect: COHORT_FACILITATORS },
      { intent: "reinstate", fields: () => ({ intent: "reinstate", certificateId: "not-a-certificate" }), expect: COHORT_FACILITATORS },
    ],
  },
  "routes/facilitate.cohorts.$slug.report": { url: (w) => `/facilitate/cohorts/${w.cohort}/report`, get: COHORT_FACILITATORS },
  // Comparing with another facilitator's cohort is ignored, never a way in: still the cohort's own rule.
  "routes/facilitate.cohorts.$slug.analytics": { url: (w) => `/facilitate/cohorts/${w.cohort}/analytics?compare=${w.otherCohort}`, get: COHORT_FACILITATORS },
  "routes/facilitate.cohorts.$slug.export[.]csv": { url: (w) => `/facilitate/cohorts/${w.cohort}/export.csv`, get: COHORT_FACILITATORS },
  "routes/facilitate.cohorts.$slug.people.$enrollmentId": {
    url: (w) => `/facilitate/cohorts/${w.cohort}/people/${w.peerEnrollment}`,
    get: COHORT_FACILITATORS,
    posts: [
      { intent: "feedback", fields: () => ({ intent: "feedback", day: "1", body: " " }), expect: COHORT_FACILITATORS },
      { intent: "nudge", fields: () => ({ intent: "nudge" }), expect: COHORT_FACILITATORS },
    ],
  },
};

/** The class of an answer, to compare with an expectation. */
export function outcomeOf(status: number, location: string | null): Outcome | `unexpected ${number}` {
  if (status === 404) return "404";
  if (status === 403) return "403";
  if (status >= 300 && status < 400) return location && new URL(location, "http://x").pathname === "/login" ? "login" : "allow";
  if (status < 300 || status === 400 || status === 409 || status === 413 || status === 415 || status === 422 || status === 429) return "allow";
  return `unexpected ${status}`;
}
