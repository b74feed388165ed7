/**
 * A cohort's community up to an instant: answers shared in the day threads, posts, replies,
 * "this helped me", a report, facilitators' feedback, announcements, live sessions, the
 * notifications all of these made, and the email they sent (feedback, announcements,
 * reminders, the activity email, the facilitators' Monday digest). Everything due by `now`
 * has been sent or read, so a tick at `now` finds nothing to do.
 */
import { courseEnd, dateOfDay } from "~/cohorts/schedule";
import { digestKey } from "~/facilitation/digest";
import { announcementKey } from "~/community/announcements";
import { reminderKey } from "~/community/live";
import { addDays, instantAt, localDateOf, weekdayOf } from "~/time/local-date";
import type { Bodies } from "./bodies";
import type { CohortPlan } from "./layout";
import type { Person } from "./mail-history";
import type { Story } from "./story";
import { threadText } from "./texts";
import { idOf, type Mail, type Statements } from "./writer";

const HOUR = 3_600_000;
export type Member = { userId: number; enrollmentId: number; email: string; story: Story; progressIds: Map<number, number>; person: Person };
type Context = { cohortId: number; plan: CohortPlan; team: number[]; members: Member[]; unlocks: number[]; now: number; random: () => number; bodies: Bodies; mail: Mail };

export function seedCommunity(st: Statements, c: Context): void {
  const { cohortId, members, now, random, bodies, mail } = c;
  const lead = c.team[0]!;
  const active = members.filter((m) => m.story.status === "active");
  const reachable = active.filter((m) => m.person.unsubscribedAt === null);
  const activity = new Set<string>();
  /** A reply or reaction notification: read in the app, or gathered into that day's activity email. */
  const notifyActivity = (m: Member | undefined, kind: "reply" | "reaction", actor: number, postId: number, at: number) => {
    if (!m || m.userId === actor) return;
    const read = random() < 0.7 ? Math.min(now, at + 6 * HOUR) : null;
    st.notification.run(m.userId, kind, cohortId, actor, postId, null, null, at, read, read === null ? at : null);
    const date = localDateOf(new Date(at), m.person.timeZone ?? c.plan.timeZone);
    if (read === null && !activity.has(`${m.userId}/${date}`)) {
      activity.add(`${m.userId}/${date}`);
      mail({ key: `activity/${m.userId}/${date}`, kind: "activity", userId: m.userId, enrollmentId: null, to: m.email, body: bodies.other("activity"), at: at + HOUR });
    }
  };
  const byUser = new Map(members.map((m) => [m.userId, m]));

  for (let day = 1; day <= 30 && c.unlocks[day - 1]! <= now; day++) {
    const doneToday = members.filter((m) => m.story.days.some((d) => d.day === day && d.completedAt !== null));
    const tops: { id: number; author: number; at: number }[] = [];
    for (const m of doneToday) {
      const work = m.story.days.find((d) => d.day === day)!;
      if (work.visibility === "cohort") tops.push({ id: idOf(st.post.run(cohortId, day, m.userId, m.progressIds.get(day)!, null, "", null, null, work.completedAt!)), author: m.userId, at: work.completedAt! });
    }
    for (let k = 0; k < 3 && doneToday.length > 0; k++) {
      const m = doneToday[Math.floor(random() * doneToday.length)]!;
      const at = Math.min(now, m.story.days.find((d) => d.day === day)!.completedAt! + HOUR);
      const hidden = random() < 0.02 ? at + HOUR : null;
      tops.push({ id: idOf(st.post.run(cohortId, day, m.userId, null, null, threadText(100 + Math.floor(random() * 500), random()), hidden, hidden ? lead : null, at)), author: m.userId, at });
    }
    for (const top of tops) {
      for (let r = random() < 0.35 ? 1 + Math.floor(random() * 2) : 0; r > 0 && doneToday.length > 1; r--) {
        const replier = doneToday[Math.floor(random() * doneToday.length)]!;
        const at = top.at + 2 * HOUR;
        if (at > now) continue;
        const id = idOf(st.post.run(cohortId, day, replier.userId, null, top.id, threadText(60 + Math.floor(random() * 300), random()), null, null, at));
        notifyActivity(byUser.get(top.author), "reply", replier.userId, id, at);
      }
      for (let r = Math.floor(random() * 4); r > 0 && doneToday.length > 1; r--) {
        const reactor = doneToday[Math.floor(random() * doneToday.length)]!;
        const at = top.at + 3 * HOUR;
        if (at > now || st.reaction.run(top.id, reactor.userId, at).changes === 0) continue;
        notifyActivity(byUser.get(top.author), "reaction", reactor.userId, top.id, at);
      }
    }
    if (day === 5 && tops.length > 0 && active.length > 0) {
      const at = tops[0]!.at + 4 * HOUR;
      if (at <= now) st.report.run(tops[0]!.id, active[active.length - 1]!.userId, "Off topic", at, at + 8 * HOUR <= now ? at + 8 * HOUR : null, at + 8 * HOUR <= now ? lead : null);
    }
    // The lead facilitator answers about one shared day in twelve.
    for (const m of doneToday) {
      const work = m.story.days.find((d) => d.day === day)!;
      const at = work.completedAt! + 20 * HOUR;
      if (work.visibility === "self" || at > now || random() > 1 / 12) continue;
      const read = at + 10 * HOUR <= now ? at + 10 * HOUR : null;
      const id = idOf(st.feedback.run(m.enrollmentId, day, lead, threadText(120 + Math.floor(random() * 400), random()), read, at));
      st.notification.run(m.userId, "feedback", cohortId, lead, null, id, null, at, read, null);
      if (m.person.unsubscribedAt === null) mail({ key: `feedback/${id}`, kind: "feedback", userId: m.userId, enrollmentId: m.enrollmentId, to: m.email, body: bodies.other("feedback"), at });
    }
  }

  for (const day of [1, 10, 20]) {
    const at = c.unlocks[day - 1]! + 9 * HOUR;
    if (at > now) continue;
    const id = idOf(st.announcement.run(cohortId, lead, `Week notes, day ${day}`, threadText(400, day / 30), at));
    for (const m of reachable) {
      st.notification.run(m.userId, "announcement", cohortId, lead, null, null, id, at, random() < 0.8 ? Math.min(now, at + 5 * HOUR) : null, null);
      mail({ key: announcementKey(id, m.userId), kind: "announcement", userId: m.userId, enrollmentId: m.enrollmentId, to: m.email, body: bodies.other("announcement"), at });
    }
  }

  for (const day of [7, 14, 21, 28]) {
    const startsAt = instantAt(dateOfDay(c.plan, day), 17, c.plan.timeZone).getTime();
    const id = idOf(st.live.run(cohortId, `Live session, week ${day / 7}`, startsAt, 60, "https://meet.example.org/tripod", "Questions from the week", startsAt + 2 * HOUR <= now ? "https://video.example.org/recording" : null, lead, Math.min(now, c.unlocks[0]! - 86_400_000)));
    if (startsAt - HOUR > now) continue;
    for (const m of reachable) mail({ key: reminderKey(id, new Date(startsAt), m.userId), kind: "live-reminder", userId: m.userId, enrollmentId: m.enrollmentId, to: m.email, body: bodies.other("live-reminder"), at: startsAt - HOUR });
  }

  // The Monday digests: each Monday from the week day 1 falls in to the week after the end.
  const first = dateOfDay(c.plan, 1);
  let monday = addDays(first, -((weekdayOf(first) + 6) % 7));
  const lastWeek = addDays(localDateOf(courseEnd(c.plan), c.plan.timeZone), 6);
  for (; monday <= lastWeek; monday = addDays(monday, 7)) {
    const at = instantAt(monday, c.plan.sendHour, c.plan.timeZone).getTime();
    if (at > now) break;
    for (const f of c.team) mail({ key: digestKey(cohortId, f, monday), kind: "digest", userId: f, enrollmentId: null, to: `facilitator-${f}@example.org`, body: bodies.other("digest"), at });
  }
}
