/**
 * Writes one cohort: its people, enrollments, days of work, assessments, sessions and the
 * email it has been sent, then its community (./seed-community). Called inside one
 * transaction per cohort, so the seeder holds one cohort in memory at a time.
 */
import { randomBytes } from "node:crypto";
import { unlockInstant } from "~/cohorts/schedule";
import { getCourse } from "~/course/content.server";
import { generateToken, hashToken, SESSION_MS } from "~/auth/tokens";
import { seededRandom } from "~/util/seeded-random";
import type { Bodies } from "./bodies";
import { mailHistory, type Person } from "./mail-history";
import { ENROLLMENTS_PER_COHORT, type CohortPlan } from "./layout";
import { seedCommunity, type Member } from "./seed-community";
import { storyOf } from "./story";
import { writing } from "./texts";
import { idOf, type Mail, type Statements } from "./writer";

const DAY = 86_400_000;
const OWN_ZONES = ["Europe/London", "America/Chicago", "Asia/Kolkata", "Australia/Adelaide", "Asia/Kathmandu", "Europe/Berlin"];

export type Returning = { userId: number; email: string; person: Person };
export type CohortSeed = { cohortId: number; members: Member[]; returning: Returning[] };

/** `returning`: people from earlier cohorts who enroll again (their accounts are reused). */
export function seedCohort(st: Statements, plan: CohortPlan, facilitatorIds: number[], bodies: Bodies, mail: Mail, now: number, returning: Returning[]): CohortSeed {
  const random = seededRandom(1_000 + plan.index);
  const unlocks = Array.from({ length: 30 }, (_, i) => unlockInstant(plan, i + 1).getTime());
  const created = unlocks[0]! - 40 * DAY;
  const team = plan.team.map((n) => facilitatorIds[n]!);
  const cohortId = idOf(st.cohort.run(plan.slug, plan.title, plan.startsOn, plan.timeZone, plan.schedule, plan.sendHour, 480, plan.phase === "finished" ? 0 : 1, plan.edition, team[0]!, Math.min(created, now - DAY)));
  for (const id of team) st.team.run(cohortId, id, Math.min(created, now - DAY));
  const statements = getCourse(plan.edition).assessment.statements.map((s) => s.id);
  const members: Member[] = [];
  const again: Returning[] = [];

  for (let i = 0; i < ENROLLMENTS_PER_COHORT; i++) {
    const story = storyOf(unlocks, now, plan.phase === "upcoming", random);
    let account = i % 50 === 7 ? returning.pop() : undefined;
    if (!account) {
      const r = random();
      const person: Person = {
        timeZone: r < 0.1 ? OWN_ZONES[i % OWN_ZONES.length]! : null,
        sendHour: r > 0.9 ? 6 + (i % 4) : null,
        dailyEmails: random() > 0.04,
        unsubscribedAt: random() < 0.02 ? story.joinedAt + (2 + i % 20) * DAY : null,
      };
      if (person.unsubscribedAt !== null && person.unsubscribedAt > now) person.unsubscribedAt = now - DAY;
      const email = `p${plan.index}-${i}@example.org`;
      const userId = idOf(st.user.run(email, `Participant ${plan.index}-${i}`, "participant", person.timeZone, person.sendHour, person.dailyEmails ? 1 : 0, random() < 0.9 ? 1 : 0, person.unsubscribedAt, randomBytes(20).toString("hex"), story.joinedAt));
      account = { userId, email, person };
    }
    const enrollmentId = idOf(st.enrollment.run(cohortId, account.userId, story.status, story.joinedAt, story.leftAt, story.holdUntil));
    const progressIds = new Map<number, number>();
    for (const d of story.days) {
      const id = idOf(st.progress.run(enrollmentId, d.day, writing(d.answer, d.pick), d.reflection > 0 ? writing(d.reflection, 1 - d.pick) : "", d.rating, d.visibility, d.completedAt, d.updatedAt, d.updatedAt - 3_600_000));
      progressIds.set(d.day, id);
    }
    const day1 = story.days.find((d) => d.day === 1 && d.completedAt !== null);
    const day30 = story.days.find((d) => d.day === 30 && d.completedAt !== null);
    const assess = (kind: string, at: number, lift: number) => statements.forEach((s, k) => st.assessment.run(enrollmentId, kind, s, Math.min(5, Math.max(1, 2 + ((i + k) % 3) + lift)), at));
    if (day1) assess("baseline", day1.completedAt!, 0);
    if (day30) {
      assess("final", day30.completedAt!, 1);
      if (plan.edition === "2") assess("retro", day30.completedAt!, -1);
    }
    // People active in the last month still have a session (30 days, sliding).
    const lastSeen = story.days.length > 0 ? story.days[story.days.length - 1]!.updatedAt : story.joinedAt;
    if (now - lastSeen < 30 * DAY && story.status !== "withdrawn") st.session.run(hashToken(generateToken()), account.userId, lastSeen + SESSION_MS, lastSeen);

    let signIns = 0;
    for (const sent of mailHistory(plan, account.person, story, now)) {
      const key =
        sent.kind === "daily" ? `daily/${enrollmentId}/${sent.day}` : sent.kind === "welcome" || sent.kind === "sign-in" ? `${sent.kind}/e${enrollmentId}-${signIns++}` : `${sent.kind}/${enrollmentId}`;
      const body = sent.kind === "daily" ? bodies.daily(plan.edition, sent.day!, sent.catchUp!) : bodies.other(sent.kind);
      mail({ key, kind: sent.kind, userId: account.userId, enrollmentId: sent.kind === "sign-in" ? null : enrollmentId, day: sent.day ?? null, to: account.email, body, at: sent.at });
    }
    members.push({ userId: account.userId, enrollmentId, email: account.email, story, progressIds, person: account.person });
    if (story.status === "active" && account.person.unsubscribedAt === null && random() < 0.06) again.push(account);
  }
  seedCommunity(st, { cohortId, plan, team, members, unlocks, now, random, bodies, mail });
  return { cohortId, members, returning: again };
}
