/**
 * When a person's daily activity email is due (pure). At most one a day, keyed by the local
 * date: it goes at their send hour in their zone (their own, else their cohort's), gathering
 * the replies and reactions that came before that hour and are still unread and not yet
 * emailed. What comes after the hour waits for the next day's.
 *
 * The hour is found the way the daily email's is (`instantAt`): in a DST gap the first instant
 * after it, when clocks go back the first occurrence, so a 23- or 25-hour day has one email.
 * A tick that comes late (the sender was down) still sends during waking hours, never at
 * night: the same rule as the daily email's.
 */
import { isAwakeHour, LATE_AFTER_MS } from "~/nudges/planner";
import { instantAt, localDateOf, type LocalDate } from "~/time/local-date";

export type SendPreference = { timeZone: string; sendHour: number };
export type ActivityDue = { date: LocalDate; cutoff: Date };

/** The digest due at `now`: its local date and the instant before which its notifications came; null when none is due. */
export function activityDigestDue(preference: SendPreference, now: Date): ActivityDue | null {
  const { timeZone, sendHour } = preference;
  const date = localDateOf(now, timeZone);
  const cutoff = instantAt(date, sendHour, timeZone);
  if (now < cutoff) return null;
  const late = now.getTime() - cutoff.getTime() > LATE_AFTER_MS;
  if (late && !isAwakeHour(now.getTime(), timeZone, sendHour)) return null;
  return { date, cutoff };
}

/** The person's own zone and hour where set, else those of their cohort. */
export function preferenceOf(person: { timeZone: string | null; sendHour: number | null }, cohort: SendPreference): SendPreference {
  return { timeZone: person.timeZone ?? cohort.timeZone, sendHour: person.sendHour ?? cohort.sendHour };
}

export function activityKey(userId: number, date: LocalDate): string {
  return `activity/${userId}/${date}`;
}

/** The email's subject: the one line itself, or how many of each ("2 replies and 1 reaction on your posts"). */
export function activitySubject(lines: { kind: string; text: string }[]): string {
  if (lines.length === 1) return lines[0]!.text;
  const replies = lines.filter((l) => l.kind === "reply").length;
  const reactions = lines.length - replies;
  const counted = (n: number, one: string, many: string) => (n === 0 ? null : `${n} ${n === 1 ? one : many}`);
  const parts = [counted(replies, "reply", "replies"), counted(reactions, "reaction", "reactions")].filter(Boolean);
  return `${parts.join(" and ")} on your posts`;
}
