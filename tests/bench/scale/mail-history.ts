/**
 * The email one enrollment has been sent up to an instant, by the planner's rules
 * (app/nudges/planner.ts): each day's morning email at the person's send hour once the day is
 * open, unless the day was already done, it came before they joined, they left, turned
 * daily email off or unsubscribed from course email; catch-up form when two or more open days
 * are not done; the congratulation when day 30 is done; the report at the first send hour
 * after the course ends. Plus the welcome email and a sign-in now and then. Pure.
 *
 * Everything that was due by `now` is here, so a tick at `now` finds nothing to plan.
 */
import { COURSE_LENGTH, courseEnd, sendInstantFor, type CohortCalendar } from "~/cohorts/schedule";
import { firstSendAtOrAfter } from "~/nudges/planner";
import type { Story } from "./story";

export type Sent = { kind: "daily" | "congrats" | "report" | "welcome" | "sign-in"; at: number; day?: number; catchUp?: boolean };
export type Person = { timeZone: string | null; sendHour: number | null; dailyEmails: boolean; unsubscribedAt: number | null };
type Times = { days: number[]; report: number };

const cache = new Map<string, Times>();

/** Send instants of days 1..30 and of the report for a cohort and preference (memoised). */
function timesOf(cohort: CohortCalendar & { sendHour: number }, person: Person): Times {
  const timeZone = person.timeZone ?? cohort.timeZone;
  const sendHour = person.sendHour ?? cohort.sendHour;
  const key = `${cohort.startsOn}|${cohort.schedule}|${cohort.timeZone}|${timeZone}|${sendHour}`;
  let times = cache.get(key);
  if (!times) {
    if (cache.size > 5_000) cache.clear();
    times = {
      days: Array.from({ length: COURSE_LENGTH }, (_, i) => sendInstantFor(cohort, i + 1, { timeZone, sendHour }).getTime()),
      report: firstSendAtOrAfter(courseEnd(cohort), timeZone, sendHour).getTime(),
    };
    cache.set(key, times);
  }
  return times;
}

export function mailHistory(cohort: CohortCalendar & { sendHour: number }, person: Person, story: Story, now: number): Sent[] {
  const sent: Sent[] = [{ kind: "welcome", at: story.joinedAt }];
  if (story.joinedAt + 86_400_000 < now) sent.push({ kind: "sign-in", at: story.joinedAt + 86_400_000 });
  if (story.status === "waitlisted" || story.status === "pending") return sent;
  const times = timesOf(cohort, person);
  const until = Math.min(now, person.unsubscribedAt ?? Infinity, story.leftAt ?? Infinity);
  const done = new Map(story.days.filter((d) => d.completedAt !== null).map((d) => [d.day, d.completedAt!]));
  if (person.dailyEmails) {
    for (let day = 1; day <= COURSE_LENGTH; day++) {
      const at = times.days[day - 1]!;
      if (at > until) break;
      if (at < story.joinedAt) continue;
      const finished = done.get(day);
      if (finished !== undefined && finished <= at) continue;
      let open = 0;
      for (let d = 1; d <= day; d++) if ((done.get(d) ?? Infinity) > at) open++;
      sent.push({ kind: "daily", at, day, catchUp: open >= 2 });
      if (day % 10 === 0 && at + 3_600_000 <= now) sent.push({ kind: "sign-in", at: at + 3_600_000 });
    }
    const day30 = done.get(COURSE_LENGTH);
    if (day30 !== undefined && day30 <= until) sent.push({ kind: "congrats", at: day30 });
  }
  if (story.status === "active" && person.unsubscribedAt === null && times.report <= now) sent.push({ kind: "report", at: times.report });
  return sent;
}
