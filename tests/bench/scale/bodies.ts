/**
 * Email bodies for the outbox history, composed by the app's own code: each day's morning
 * email (lesson and catch-up forms) per edition through the tick's composer, the
 * congratulation, a sign-in and a feedback email through their templates. A year of sent
 * email reuses these (one reader's words stamped in; other readers' differ only in a name,
 * links and numbers, so the sizes are the real ones). Kinds without a body here (welcome,
 * report, announcement, live reminder, digest, activity) take the day-1 lesson email's size.
 */
import { getCourse } from "~/course/content.server";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import { createComposer } from "~/nudges/compose.server";
import type { NudgeFacts } from "~/nudges/planner";
import { listUnsubscribeHeaders, unsubscribeUrl } from "~/nudges/unsubscribe.server";

export type Body = { subject: string; html: string; text: string; headers: string };
export type Bodies = { daily: (edition: string, day: number, catchUp: boolean) => Body; other: (kind: string) => Body };

const APP_URL = "https://tripod.example.org";
const TOKEN = "5e1f0c9a2b7d4e6f8a1c3b5d7e9f0a2b4c6d8e0f";

/** A reader of `edition` who has done `done` and was sent day `lastDailyDay`'s email. */
function factsOf(edition: string, done: number[], lastDailyDay: number): NudgeFacts {
  return {
    enrollmentId: 4242,
    cohort: { startsOn: "2026-10-01", timeZone: "Europe/Berlin", schedule: "daily", sendHour: 7, edition },
    timeZone: null,
    sendHour: null,
    dailyEmails: true,
    unsubscribed: false,
    completedDays: new Set(done),
    lastDailyDay,
    congratsPlanned: false,
    reportPlanned: false,
  };
}

export async function composeBodies(now: Date): Promise<Bodies> {
  const daily = new Map<string, Body>();
  const recipient = { enrollmentId: 4242, userId: 4242, name: "Ada Lovelace", email: "ada@example.org", unsubscribeToken: TOKEN, cohortTitle: "Leadership cohort" };
  let congrats: Body | null = null;
  for (const edition of ["1", "2"]) {
    const composer = createComposer(getCourse(edition), APP_URL, now);
    for (let day = 1; day <= 30; day++) {
      for (const catchUp of [false, true]) {
        const missed = catchUp ? [day - 2, day - 1].filter((d) => d >= 1) : [];
        const done = Array.from({ length: day - 1 }, (_, i) => i + 1).filter((d) => !missed.includes(d));
        const facts = factsOf(edition, done, day - 1);
        const email = await composer.compose({ kind: "daily", enrollmentId: 4242, day, form: catchUp ? "catch-up" : "lesson", missedDays: missed, nextStep: missed[0] ?? day }, facts, recipient);
        daily.set(`${edition}/${day}/${catchUp}`, { subject: email.subject, html: email.html, text: email.text, headers: JSON.stringify(email.headers ?? {}) });
      }
    }
    if (!congrats) {
      const email = await composer.compose({ kind: "congrats", enrollmentId: 4242 }, factsOf(edition, Array.from({ length: 30 }, (_, i) => i + 1), 30), recipient);
      congrats = { subject: email.subject, html: email.html, text: email.text, headers: JSON.stringify(email.headers ?? {}) };
    }
  }
  const headers = JSON.stringify(listUnsubscribeHeaders(unsubscribeUrl(APP_URL, TOKEN)));
  const signIn = await renderEmail(EMAILS.signIn, { name: "Ada", link: `${APP_URL}/login/verify?token=${TOKEN}`, code: "482913", expiresAt: "07:15" });
  const feedback = await renderEmail(EMAILS.feedback, {
    name: "Ada",
    facilitator: "Grace Hopper",
    day: 12,
    title: "Where the work waits",
    feedback: "Your map of the waits is clear. Try asking the reviewers what would let them review the same day, before changing the process.",
    dayUrl: `${APP_URL}/learn/4242/days/12`,
    unsubscribeUrl: unsubscribeUrl(APP_URL, TOKEN),
  });
  const standIn = daily.get("2/1/false")!;
  const others = new Map<string, Body>([
    ["congrats", congrats!],
    ["sign-in", { ...signIn, headers: "{}" }],
    ["feedback", { ...feedback, headers }],
  ]);
  return {
    daily: (edition, day, catchUp) => daily.get(`${edition}/${day}/${catchUp}`)!,
    other: (kind) => others.get(kind) ?? { ...standIn, subject: `Tripod: ${kind}` },
  };
}
