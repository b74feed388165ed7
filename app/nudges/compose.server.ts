/** Turns a planned nudge into an outbox email: renders its template, adds unsubscribe headers. */
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import type { PillarLine } from "~/emails/parts";
import type { NewEmail } from "~/email/outbox.server";
import type { Course } from "~/course/content.server";
import { PILLAR_INFO } from "~/course/pillars";
import { buildJourney } from "~/progress/journey";
import type { Recipient } from "./facts.server";
import { nudgeKey, type NudgeFacts, type PlannedNudge } from "./planner";

const PILLAR_COLOURS = { product: "#2740a3", process: "#0a624c", people: "#a33a14" } as const;

export function unsubscribeUrl(appUrl: string, token: string): string {
  return new URL(`/unsubscribe/${token}`, appUrl).toString();
}

/** RFC 8058 one-click unsubscribe, as Gmail and Yahoo require of bulk senders. */
export function listUnsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export async function composeNudge(nudge: PlannedNudge, facts: NudgeFacts, recipient: Recipient, course: Course, appUrl: string, now: Date): Promise<NewEmail> {
  const url = (path: string) => new URL(path, appUrl).toString();
  const home = url(`/learn/${nudge.enrollmentId}`);
  const dayUrl = (day: number) => url(`/learn/${nudge.enrollmentId}/days/${day}`);
  const unsubscribe = unsubscribeUrl(appUrl, recipient.unsubscribeToken);
  const progress = new Map([...facts.completedDays].map((d) => [d, { completed: true, started: true }]));
  const journey = buildJourney(facts.cohort, course.days, progress, now);
  const pillars: PillarLine[] = journey.pillars.map((p) => ({ name: PILLAR_INFO[p.pillar].name, done: p.done, unlocked: p.unlocked, color: PILLAR_COLOURS[p.pillar] }));
  const base = { key: nudgeKey(nudge), to: recipient.email, userId: recipient.userId, enrollmentId: nudge.enrollmentId, headers: listUnsubscribeHeaders(unsubscribe) };

  if (nudge.kind === "daily") {
    const lesson = course.byDay(nudge.day)!;
    const next = course.byDay(nudge.nextStep)!;
    const rendered = await renderEmail(EMAILS.daily, {
      name: recipient.name,
      form: nudge.form,
      day: nudge.day,
      title: lesson.title,
      pillar: PILLAR_INFO[lesson.pillar].name,
      summary: lesson.summary,
      minutes: lesson.minutes,
      dayUrl: dayUrl(nudge.day),
      missed: nudge.missedDays.map((d) => ({ day: d, title: course.byDay(d)!.title })),
      nextStep: { day: next.day, title: next.title, url: dayUrl(next.day) },
      pillars,
      streak: journey.streak,
      unsubscribeUrl: unsubscribe,
    });
    return { ...base, kind: EMAILS.daily.kind, day: nudge.day, ...rendered };
  }
  if (nudge.kind === "congrats") {
    return { ...base, kind: EMAILS.congrats.kind, ...(await renderEmail(EMAILS.congrats, { name: recipient.name, homeUrl: home, unsubscribeUrl: unsubscribe })) };
  }
  const rendered = await renderEmail(EMAILS.report, { name: recipient.name, cohortTitle: recipient.cohortTitle, completed: journey.completed, pillars, reportUrl: home, unsubscribeUrl: unsubscribe });
  return { ...base, kind: EMAILS.report.kind, ...rendered };
}
