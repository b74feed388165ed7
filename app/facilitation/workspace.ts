/**
 * The facilitator's home: for each cohort, where it stands, how full it is, who needs
 * attention, and the one thing worth doing next. Pure.
 */
import { COURSE_LENGTH } from "~/cohorts/schedule";
import type { Standing } from "~/cohorts/standing";

export type CohortFacts = {
  slug: string;
  /** Null when the cohort's calendar cannot be worked out (a corrupt row). */
  standing: Standing | null;
  problem: string | null;
  active: number;
  waitlisted: number;
  capacity: number;
  atRisk: number | null;
  completionRate: number | null;
};

export type NextStep = { label: string; href: string; why: string };

export type CohortCard = {
  /** "Not started", "Day 12 of 30", "Finished" or "Dates need fixing". */
  status: string;
  /** When: "Day 1 is Tuesday 10 November 2026, in 5 days." */
  when: string;
  seats: string;
  attention: string | null;
  next: NextStep;
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function statusOf(standing: Standing | null): string {
  if (!standing) return "Dates need fixing";
  if (standing.phase === "before") return "Not started";
  if (standing.phase === "running") return `Day ${standing.day} of ${COURSE_LENGTH}`;
  return "Finished";
}

function whenOf(standing: Standing | null, problem: string | null): string {
  if (!standing) return `Its calendar cannot be worked out: ${problem ?? "unknown"}.`;
  if (standing.phase === "before") return `Day 1 is ${standing.startsOn}, ${standing.inDays === 1 ? "tomorrow" : `in ${standing.inDays} days`}.`;
  if (standing.phase === "running") return `Started ${standing.startedOn}.`;
  return `Ended ${standing.endedOn}.`;
}

export function nextStep(c: CohortFacts): NextStep {
  const base = `/facilitate/cohorts/${c.slug}`;
  if (!c.standing) return { label: "Fix the dates", href: `${base}/settings`, why: "Until then nobody gets the day's email." };
  if (c.standing.phase === "ended") return { label: "Read the cohort report", href: `${base}/report`, why: "The course is over: see how balanced the cohort came out." };
  if (c.active === 0) return { label: "Invite people", href: `${base}/invite`, why: "Nobody is enrolled yet. Invite people, or share the enrollment link." };
  if (c.standing.phase === "running" && (c.atRisk ?? 0) > 0) {
    return { label: "See who needs attention", href: `${base}?filter=at-risk`, why: "Two or more days behind, or idle for three days: a nudge helps." };
  }
  if (c.standing.phase === "before" && c.active < c.capacity) {
    return { label: "Invite people", href: `${base}/invite`, why: `${count(c.capacity - c.active, "seat is", "seats are")} still free before day 1.` };
  }
  return { label: "Open the cohort", href: base, why: c.standing.phase === "running" ? "Everyone is on track." : "The cohort is full and ready for day 1." };
}

export function cohortCard(c: CohortFacts): CohortCard {
  const running = c.standing?.phase === "running";
  const atRisk = c.atRisk ?? 0;
  return {
    status: statusOf(c.standing),
    when: whenOf(c.standing, c.problem),
    seats: `${c.active} of ${count(c.capacity, "seat", "seats")} taken${c.waitlisted > 0 ? `, ${c.waitlisted} on the waitlist` : ""}`,
    attention: running && c.active > 0 ? (atRisk === 0 ? "Nobody needs attention" : `${atRisk} ${atRisk === 1 ? "needs" : "need"} attention`) : null,
    next: nextStep(c),
  };
}
