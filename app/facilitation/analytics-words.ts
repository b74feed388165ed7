/**
 * Each analytics figure in one or two sentences: the text alternative of its chart, and what
 * a facilitator reads first. Pure.
 */
import { PILLAR_INFO } from "~/course/pillars";
import type { CohortAnalytics } from "./analytics";

/** The other cohort of a comparison: its title and figures. */
export type Other = { title: string; figures: CohortAnalytics } | null;

export const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
export const hours = (h: number) => (h === 1 ? "1 hour" : `${h} hours`);

/** The newest day whose figure means something: the settled days, or today's while it is the only one. */
const lastDay = (a: CohortAnalytics) => (a.settledThrough >= 1 ? a.settledThrough : a.newestDay);

export function completionSentence(a: CohortAnalytics, other: Other): string {
  if (a.newestDay === 0) return "No day has opened yet.";
  if (a.participants === 0) return "Nobody has taken part yet.";
  const last = lastDay(a);
  const at = (day: number) => a.completion[day - 1]!.completed;
  const parts: string[] = [];
  const top = a.dropOffs[0];
  if (top) parts.push(`Most drop-off came on day ${top.day}: ${top.before} finished day ${top.day - 1}, ${top.after} finished day ${top.day}.`);
  else if (a.settledThrough >= 2) parts.push("No day had fewer finishers than the day before.");
  parts.push(last === 1 ? `${at(1)} of ${a.participants} participants finished day 1 so far.` : `Of ${a.participants} participants, ${at(1)} finished day 1 and ${at(last)} finished day ${last}.`);
  if (other && other.figures.participants > 0 && other.figures.newestDay > 0) {
    const day = Math.min(last, lastDay(other.figures));
    parts.push(`Day ${day} was finished by ${percent(a.completion[day - 1]!.share)} here and ${percent(other.figures.completion[day - 1]!.share)} in ${other.title}.`);
  }
  return parts.join(" ");
}

export function weeksSentence(a: CohortAnalytics, other: Other): string {
  if (a.weeks.length === 0) return "No week of the course has begun yet.";
  if (a.participants === 0) return "Nobody has taken part yet.";
  const best = [...a.weeks].sort((x, y) => y.active - x.active || x.week - y.week)[0]!;
  const latest = a.weeks[a.weeks.length - 1]!;
  const parts = [`Week ${best.week} had the most active participants: ${best.active} of ${best.enrolled} enrolled (${percent(best.share)}).`];
  if (latest.week !== best.week) parts.push(`Week ${latest.week}${latest.current ? ", so far" : ""}: ${latest.active} of ${latest.enrolled}.`);
  if (a.activeAfterEnd !== null) parts.push(`After the course ended, ${a.activeAfterEnd} ${a.activeAfterEnd === 1 ? "was" : "were"} still active.`);
  if (other && other.figures.weeks.length > 0) {
    const theirs = [...other.figures.weeks].sort((x, y) => (y.share ?? 0) - (x.share ?? 0) || x.week - y.week)[0]!;
    parts.push(`${other.title} peaked in week ${theirs.week} at ${percent(theirs.share)}.`);
  }
  return parts.join(" ");
}

export function paceSentence(a: CohortAnalytics, other: Other): string {
  if (a.pace50 === null) return "No day has been completed yet.";
  const parts = [`Half of all completed days were done within ${hours(a.pace50)} of opening.`];
  const slowest = [...a.pace].filter((p) => p.medianHours !== null).sort((x, y) => y.medianHours! - x.medianHours! || x.day - y.day)[0]!;
  parts.push(`The slowest was day ${slowest.day}: median ${hours(slowest.medianHours!)}, and a quarter took longer than ${hours(slowest.p75Hours!)}.`);
  if (other && other.figures.pace50 !== null) parts.push(`In ${other.title}, half were done within ${hours(other.figures.pace50)}.`);
  return parts.join(" ");
}

export function ratingsSentence(a: CohortAnalytics, other: Other): string {
  if (a.ratingsOverall.mean === null) return "No completed day has a rating yet.";
  const parts = [`The average self-rating is ${a.ratingsOverall.mean.toFixed(1)} of 5, from ${a.ratingsOverall.count} ${a.ratingsOverall.count === 1 ? "rating" : "ratings"} of completed days.`];
  const rated = a.ratingsByPillar.filter((p) => p.mean !== null).sort((x, y) => y.mean! - x.mean!);
  if (rated.length > 1 && rated[0]!.mean !== rated[rated.length - 1]!.mean) {
    const [high, low] = [rated[0]!, rated[rated.length - 1]!];
    parts.push(`Highest for ${PILLAR_INFO[high.pillar].name} (${high.mean!.toFixed(1)}), lowest for ${PILLAR_INFO[low.pillar].name} (${low.mean!.toFixed(1)}).`);
  }
  if (other && other.figures.ratingsOverall.mean !== null) parts.push(`${other.title}: ${other.figures.ratingsOverall.mean.toFixed(1)} of 5.`);
  return parts.join(" ");
}
