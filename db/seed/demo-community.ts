/**
 * The demo cohort's live sessions (issue 16): one that took place three days ago, with its
 * recording, and one two days ahead, both at noon in the cohort's zone, relative to the
 * demo's "today". Called from ./demo inside its transaction.
 */
import type { Db } from "../client";
import { DEMO_LIVE_SESSION_TITLES_2 } from "./demo-answers-2";
import { liveSessions } from "../schema";
import { addDays, instantAt, type LocalDate } from "../../app/time/local-date";

type Writer = Pick<Db, "insert">;

export const DEMO_LIVE_SESSIONS = [
  {
    daysFromToday: -3,
    ...DEMO_LIVE_SESSION_TITLES_2[0],
    durationMinutes: 60,
    videoUrl: "https://meet.example.com/tripod-demo-week-1",
    recordingUrl: "https://video.example.com/tripod-demo/week-1-recording",
  },
  {
    daysFromToday: 2,
    ...DEMO_LIVE_SESSION_TITLES_2[1],
    durationMinutes: 45,
    videoUrl: "https://meet.example.com/tripod-demo-week-2",
    recordingUrl: null,
  },
] as const;

export function seedDemoLiveSessions(tx: Writer, cohort: { id: number; timeZone: string; facilitatorId: number }, today: LocalDate, now: Date): void {
  tx.insert(liveSessions)
    .values(
      DEMO_LIVE_SESSIONS.map((s) => ({
        cohortId: cohort.id,
        title: s.title,
        startsAt: instantAt(addDays(today, s.daysFromToday), 12, cohort.timeZone),
        durationMinutes: s.durationMinutes,
        videoUrl: s.videoUrl,
        agenda: s.agenda,
        recordingUrl: s.recordingUrl,
        createdBy: cohort.facilitatorId,
        createdAt: new Date(now.getTime() - 7 * 86_400_000),
      })),
    )
    .run();
}
