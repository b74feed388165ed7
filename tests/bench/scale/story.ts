/**
 * One enrollment's history up to an instant: when the person joined, whether they are still
 * in, and each day's work (done, or a draft). People keep to the course, fall behind, stall,
 * leave, join late, wait for a seat, or have not confirmed yet. Pure: the same random source
 * gives the same story.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type Profile = "on-track" | "gaps" | "behind" | "stalled" | "withdrawn" | "late" | "waitlisted" | "pending";
export type DayWork = { day: number; completedAt: number | null; updatedAt: number; answer: number; reflection: number; rating: number | null; visibility: "self" | "facilitators" | "cohort"; pick: number };
export type Story = { profile: Profile; status: "active" | "withdrawn" | "waitlisted" | "pending"; joinedAt: number; leftAt: number | null; holdUntil: number | null; days: DayWork[] };

function profileOf(r: number, upcoming: boolean): Profile {
  if (upcoming) return r < 0.08 ? "pending" : r < 0.11 ? "waitlisted" : "on-track";
  if (r < 0.42) return "on-track";
  if (r < 0.57) return "gaps";
  if (r < 0.74) return "behind";
  if (r < 0.86) return "stalled";
  if (r < 0.93) return "withdrawn";
  if (r < 0.976) return "late";
  return "waitlisted";
}

function visibilityOf(r: number): DayWork["visibility"] {
  return r < 0.12 ? "self" : r < 0.75 ? "facilitators" : "cohort";
}

/** 1..5, most people at 3 or 4. */
function ratingOf(r: number): number {
  return r < 0.05 ? 1 : r < 0.17 ? 2 : r < 0.47 ? 3 : r < 0.85 ? 4 : 5;
}

/**
 * `unlocks`: the instants days 1..30 open (ms); `now`: the instant the story stops at. A
 * day's work is done some hours after it opens (later and later for people behind), never
 * before it opens or before the person joined, and never after `now`.
 */
export function storyOf(unlocks: number[], now: number, upcoming: boolean, random: () => number): Story {
  const profile = profileOf(random(), upcoming);
  const start = unlocks[0]!;
  let joinedAt = Math.min(now - HOUR, start - (1 + random() * 28) * DAY);
  let holdUntil: number | null = null;
  let status: Story["status"] = "active";
  if (profile === "pending") {
    joinedAt = now - random() * 40 * HOUR;
    holdUntil = joinedAt + 48 * HOUR;
    status = "pending";
  }
  if (profile === "waitlisted") status = "waitlisted";
  const lateDay = 3 + Math.floor(random() * 6);
  if (profile === "late" && unlocks[lateDay - 1]! + 10 * HOUR < now) joinedAt = unlocks[lateDay - 1]! + 10 * HOUR;
  const stopAfter = profile === "stalled" ? 1 + Math.floor(random() * 8) : profile === "withdrawn" ? 2 + Math.floor(random() * 10) : 30;
  const pace = 0.3 + random() * 0.5;
  const days: DayWork[] = [];
  if (status === "waitlisted" || status === "pending") return { profile, status, joinedAt, leftAt: null, holdUntil, days };

  let previous = joinedAt;
  for (let day = 1; day <= 30; day++) {
    const unlock = unlocks[day - 1]!;
    if (unlock > now) break;
    const evening = (6 + random() * 14) * HOUR;
    let at = unlock + evening;
    if (profile === "behind") at += day * pace * DAY;
    if (profile === "late" && unlock < joinedAt) at = joinedAt + (day - 1) * 0.5 * DAY + 2 * HOUR;
    at = Math.max(at, previous + 20 * 60_000);
    const texts = { answer: 300 + Math.floor(random() * 600), reflection: 150 + Math.floor(random() * 350), pick: random() };
    const skip = profile === "gaps" && random() < 0.12;
    if (day > stopAfter || at > now || skip) {
      // The day after the last one done is often a draft: started, saved, not finished.
      if (!skip && random() < 0.4 && day <= stopAfter + 1) {
        const updatedAt = Math.min(now - HOUR, Math.max(unlock, previous) + 2 * HOUR);
        if (updatedAt > unlock) days.push({ day, completedAt: null, updatedAt, answer: Math.floor(texts.answer / 3), reflection: 0, rating: null, visibility: "facilitators", pick: texts.pick });
      }
      if (!skip) break;
      continue;
    }
    days.push({ day, completedAt: at, updatedAt: at, ...texts, rating: ratingOf(random()), visibility: visibilityOf(random()) });
    previous = at;
  }
  let leftAt: number | null = null;
  if (profile === "withdrawn") {
    const lastDone = days.length > 0 ? days[days.length - 1]!.updatedAt : joinedAt;
    leftAt = Math.min(now - HOUR, lastDone + 2 * DAY);
    status = "withdrawn";
  }
  return { profile, status, joinedAt, leftAt, holdUntil, days };
}

/** When day `day` was completed, or null. */
export function completedAt(story: Story, day: number): number | null {
  return story.days.find((d) => d.day === day)?.completedAt ?? null;
}
