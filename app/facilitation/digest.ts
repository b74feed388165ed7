/**
 * When a cohort's weekly digest is due, and what it says. Pure. Each Monday from the cohort's send hour (in the
 * cohort's zone), while the course runs and in the week after it ends. Only the current
 * week's digest is ever due: a Monday missed entirely is not sent days later.
 */
import { addDays, instantAt, localDateOf, weekdayOf, type LocalDate } from "~/time/local-date";
import { courseEnd, dateOfDay, type CohortCalendar } from "~/cohorts/schedule";
import { standingNote, standingsIn, type ParticipantStanding } from "~/progress/standing";
import { capitalised, STANDING_WORDS } from "~/progress/vocabulary";
import { byName } from "./grid";

/** The local date of the Monday whose digest is due at `now`, or null. */
export function digestWeekDue(cohort: CohortCalendar & { sendHour: number }, now: Date): LocalDate | null {
  const today = localDateOf(now, cohort.timeZone);
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
  if (now < instantAt(monday, cohort.sendHour, cohort.timeZone)) return null;
  const started = dateOfDay(cohort, 1) <= addDays(monday, 6);
  const lastWeek = addDays(localDateOf(courseEnd(cohort), cohort.timeZone), 6);
  return started && monday <= lastWeek ? monday : null;
}

export function digestKey(cohortId: number, facilitatorId: number, monday: LocalDate): string {
  return `digest/${cohortId}/${facilitatorId}/${monday}`;
}

export type DigestPerson = { name: string; url: string; standing: ParticipantStanding };
export type DigestGroup = { title: string; people: { name: string; url: string; note: string }[]; empty: string };

/**
 * The digest's sections, in the standings' own words and the rule's order: while the course
 * runs, at risk, catching up, on track (and finished, once anyone is); after the end, the
 * final standings. Names A-Z within a section.
 */
export function digestGroups(phase: "before" | "running" | "ended", people: DigestPerson[]): DigestGroup[] {
  const sorted = [...people].sort(byName);
  return standingsIn(phase)
    .filter((s) => s !== "finished" || phase === "ended" || sorted.some((p) => p.standing.standing === "finished"))
    .map((s) => {
      const mine = sorted.filter((p) => p.standing.standing === s);
      return {
        title: `${capitalised(STANDING_WORDS[s].word)} (${mine.length})`,
        people: mine.map((p) => ({ name: p.name, url: p.url, note: standingNote(p.standing) })),
        empty: s === "at-risk" ? "Nobody. A good week." : "Nobody.",
      };
    });
}
