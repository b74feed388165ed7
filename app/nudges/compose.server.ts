/** Turns a planned nudge into an outbox email: composes its template, adds unsubscribe headers. */
import { addressed } from "~/account/names";
import { EMAILS } from "~/emails";
import { renderEmail } from "~/emails/render.server";
import { dailyReader, type DailyEmailProps } from "~/emails/daily";
import { stamper } from "~/emails/stamp.server";
import type { NewEmail } from "~/email/outbox.server";
import type { Course } from "~/course/content.server";
import { PILLAR_HEX, PILLAR_INFO, PILLARS } from "~/course/pillars";
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

/**
 * The tick's composer: one per tick, so each day's email is rendered once for all its
 * readers (../emails/stamp.server) and the cache goes with the tick.
 */
export function createComposer(course: Course, appUrl: string, now: Date) {
  const daily = stamper(EMAILS.daily);
  const congrats = stamper(EMAILS.congrats);
  const url = (path: string) => new URL(path, appUrl).toString();

  /** `balance` is needed for the report email (the tick computes it for those only). */
  async function compose(nudge: PlannedNudge, facts: NudgeFacts, recipient: Recipient, balance?: ParticipantReport): Promise<NewEmail> {
    const home = url(`/learn/${nudge.enrollmentId}`);
    const dayUrl = (day: number) => url(`/learn/${nudge.enrollmentId}/days/${day}`);
    const unsubscribe = unsubscribeUrl(appUrl, recipient.unsubscribeToken);
    const base = { key: nudgeKey(nudge), to: recipient.email, userId: recipient.userId, enrollmentId: nudge.enrollmentId, headers: listUnsubscribeHeaders(unsubscribe) };

    if (nudge.kind === "daily") {
      const rendered = await daily.compose(dailyProps(nudge, facts, recipient, course, appUrl, now));
      return { ...base, kind: EMAILS.daily.kind, day: nudge.day, ...rendered };
    }
    if (nudge.kind === "congrats") {
      return { ...base, kind: EMAILS.congrats.kind, ...(await congrats.compose({ you: { greeting: addressed("Well done", recipient.name), homeUrl: home, unsubscribeUrl: unsubscribe } })) };
    }
    if (!balance) throw new Error("the report email needs the participant's balance report");
    return { ...base, kind: EMAILS.report.kind, ...(await renderEmail(EMAILS.report, reportProps(course, balance, facts, recipient, dayUrl, url(`/learn/${nudge.enrollmentId}/report`), unsubscribe))) };
  }

  return { compose, renders: () => daily.renders() + congrats.renders() };
}

export type Composer = ReturnType<typeof createComposer>;

const PILLAR_NAMES = PILLARS.map((p) => ({ name: PILLAR_INFO[p].name, color: PILLAR_HEX[p].text }));

/** The daily email's props for one reader: what the day's readers share, and `you`. */
export function dailyProps(nudge: Extract<PlannedNudge, { kind: "daily" }>, facts: NudgeFacts, recipient: Recipient, course: Course, appUrl: string, now: Date): DailyEmailProps {
  const dayUrl = (day: number) => new URL(`/learn/${nudge.enrollmentId}/days/${day}`, appUrl).toString();
  const lesson = course.byDay(nudge.day)!;
  const next = course.byDay(nudge.nextStep)!;
  const progress = new Map([...facts.completedDays].map((d) => [d, { completed: true, started: true }]));
  const journey = buildJourney(facts.cohort, course.days, progress, now);
  const you = dailyReader({
    name: recipient.name,
    form: nudge.form,
    summary: lesson.summary,
    localHour: localHourOf(now, facts.timeZone ?? facts.cohort.timeZone),
    dayUrl: dayUrl(nudge.day),
    missed: nudge.missedDays,
    next: { day: next.day, title: next.title, minutes: next.minutes, url: dayUrl(next.day) },
    progress: PILLARS.map((p) => journey.pillars.find((j) => j.pillar === p) ?? { done: 0, unlocked: 0 }),
    streak: journey.streak,
    unsubscribeUrl: unsubscribeUrl(appUrl, recipient.unsubscribeToken),
  });
  return { form: nudge.form, day: nudge.day, title: lesson.title, pillar: PILLAR_INFO[lesson.pillar].name, summary: lesson.summary, minutes: lesson.minutes, pillars: PILLAR_NAMES, you };
}

/** The report email's props: sent once a person, so rendered directly. */
function reportProps(course: Course, balance: ParticipantReport, facts: NudgeFacts, recipient: Recipient, dayUrl: (day: number) => string, reportUrl: string, unsubscribe: string) {
  const weak = balance.diagnosis.kind === "weak" ? balance.diagnosis : null;
  return {
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
    reportUrl,
    unsubscribeUrl: unsubscribe,
  };
}
