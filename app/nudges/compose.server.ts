/** Turns a planned nudge into an outbox email: renders its template, adds unsubscribe headers. */
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import type { PillarLine } from "~/emails/parts";
import type { NewEmail } from "~/email/outbox.server";
import type { Course } from "~/course/content.server";
import { PILLAR_HEX, PILLAR_INFO } from "~/course/pillars";
import type { ParticipantReport } from "~/balance/report.server";
import { buildJourney } from "~/progress/journey";
import { confidenceSource, isEmptyReport, scoreMakeup } from "~/balance/wording";
import { finalAssessmentLastDate } from "~/progress/assessment-window";
import { formatLocalDate } from "~/time/format";
import { localHourOf } from "~/time/local-date";
import type { Recipient } from "./facts.server";
import { nudgeKey, type NudgeFacts, type PlannedNudge } from "./planner";


import { listUnsubscribeHeaders, unsubscribeUrl } from "./unsubscribe.server";

/** Replies to a facilitator's own message reach that facilitator, not the course address. */
export function replyToHeader(person: { name: string; email: string }): Record<string, string> {
  const name = person.name.replace(/["\\\r\n]/g, "").trim();
  return { "Reply-To": name ? `"${name}" <${person.email}>` : person.email };
}

const RISK_SENTENCE = {
  disconnected: "the risk is a disconnected team, one that ships well but cannot say why it matters",
  chaotic: "the risk is chaotic delivery, with plans slipping for reasons nobody can name",
  mechanical: "the risk is a mechanical team, where work moves but people stop raising problems",
} as const;

/** `balance` is needed for the report email (the tick computes it for those only). */
export async function composeNudge(nudge: PlannedNudge, facts: NudgeFacts, recipient: Recipient, course: Course, appUrl: string, now: Date, balance?: ParticipantReport): Promise<NewEmail> {
  const url = (path: string) => new URL(path, appUrl).toString();
  const home = url(`/learn/${nudge.enrollmentId}`);
  const dayUrl = (day: number) => url(`/learn/${nudge.enrollmentId}/days/${day}`);
  const unsubscribe = unsubscribeUrl(appUrl, recipient.unsubscribeToken);
  const progress = new Map([...facts.completedDays].map((d) => [d, { completed: true, started: true }]));
  const journey = buildJourney(facts.cohort, course.days, progress, now);
  const pillars: PillarLine[] = journey.pillars.map((p) => ({ name: PILLAR_INFO[p.pillar].name, done: p.done, unlocked: p.unlocked, color: PILLAR_HEX[p.pillar].text }));
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
      nextStep: { day: next.day, title: next.title, url: dayUrl(next.day), minutes: next.minutes },
      localHour: localHourOf(now, facts.timeZone ?? facts.cohort.timeZone),
      pillars,
      streak: journey.streak,
      unsubscribeUrl: unsubscribe,
    });
    return { ...base, kind: EMAILS.daily.kind, day: nudge.day, ...rendered };
  }
  if (nudge.kind === "congrats") {
    return { ...base, kind: EMAILS.congrats.kind, ...(await renderEmail(EMAILS.congrats, { name: recipient.name, homeUrl: home, unsubscribeUrl: unsubscribe })) };
  }
  if (!balance) throw new Error("the report email needs the participant's balance report");
  const weak = balance.diagnosis.kind === "weak" ? balance.diagnosis : null;
  const rendered = await renderEmail(EMAILS.report, {
    name: recipient.name,
    cohortTitle: recipient.cohortTitle,
    completed: balance.completed,
    makeup: scoreMakeup(confidenceSource(balance.hasBaseline, balance.hasFinal)),
    finalOpen: balance.finalStatus.kind === "open" ? { url: dayUrl(30), by: formatLocalDate(finalAssessmentLastDate(facts.cohort)) } : null,
    balance: balance.balance,
    scores: balance.pillars.map((p) => ({ name: PILLAR_INFO[p.pillar].name, score: p.score, color: PILLAR_HEX[p.pillar].text })),
    diagnosis: isEmptyReport(balance)
      ? "There is nothing to compare yet: no day was completed and no assessment taken, so every score is 0."
      : weak
        ? `Your weakest pillar is ${PILLAR_INFO[weak.pillar].name}: ${RISK_SENTENCE[weak.risk]}.`
        : "Your three pillars are level. Keep the habits that got you here.",
    revisit: weak ? weak.revisit.map((d) => ({ day: d, title: course.byDay(d)!.title, url: dayUrl(d) })) : [],
    reportUrl: url(`/learn/${nudge.enrollmentId}/report`),
    unsubscribeUrl: unsubscribe,
  });
  return { ...base, kind: EMAILS.report.kind, ...rendered };
}
