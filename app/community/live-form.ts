/**
 * The live-session forms (pure): what a facilitator types, checked, and the start turned
 * into an instant in the cohort's zone.
 */
import { z } from "zod";
import { isLocalDate } from "~/time/local-date";
import { isLocalTime, localStartOf, resolveLocalStart, zoneName } from "./live";

export const TITLE_MAX = 120;
export const AGENDA_MAX = 2000;
export const URL_MAX = 2000;
export const DURATION = { min: 5, max: 480 } as const;
/** How far ahead a session may be scheduled. */
const AHEAD_MS = 2 * 366 * 86_400_000;

/** Control characters other than line breaks and tabs never belong in typed text. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A link anyone can open safely: https, a host, no spaces, no user name or password in it. */
export function isHttpsUrl(value: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

const httpsLink = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(URL_MAX, `Keep the link under ${URL_MAX.toLocaleString("en-GB")} characters.`)
    .refine(isHttpsUrl, "Paste a full link that starts with https://, like https://meet.example.com/abc.");

export const sessionSchema = z.object({
  title: z
    .string({ error: "Give the session a title." })
    .transform((v) => v.replace(CONTROLS, "").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "Give the session a title.").max(TITLE_MAX, `Keep the title to ${TITLE_MAX} characters.`)),
  date: z.string({ error: "Pick the date." }).refine(isLocalDate, "Pick the date."),
  time: z.string({ error: "Pick the start time." }).refine(isLocalTime, "Pick the start time, like 18:00."),
  durationMinutes: z.coerce
    .number({ error: `Enter the length in minutes, from ${DURATION.min} to ${DURATION.max}.` })
    .int(`Enter a whole number of minutes, from ${DURATION.min} to ${DURATION.max}.`)
    .min(DURATION.min, `A session lasts at least ${DURATION.min} minutes.`)
    .max(DURATION.max, `A session lasts at most ${DURATION.max} minutes (8 hours).`),
  videoUrl: httpsLink("Paste the video link people join with."),
  agenda: z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").replace(CONTROLS, "").trim())
    .pipe(z.string().max(AGENDA_MAX, `Keep the agenda to ${AGENDA_MAX.toLocaleString("en-GB")} characters.`)),
});

export const recordingSchema = z.object({
  recordingUrl: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .pipe(z.union([z.literal(""), httpsLink("Paste the recording link.")]))
    .transform((v) => (v === "" ? null : v)),
});

export type SessionInput = { title: string; startsAt: Date; durationMinutes: number; videoUrl: string; agenda: string };
export type SessionCheck = { ok: true; value: SessionInput; ambiguous: boolean } | { ok: false; errors: Record<string, string> };

/**
 * The checked fields with the start as an instant in `timeZone`. A start must be in the future
 * (and within two years), except the session's own start left as it was (`current`).
 */
export function sessionInput(fields: z.infer<typeof sessionSchema>, timeZone: string, now: Date, current?: Date): SessionCheck {
  const start = resolveLocalStart(fields.date, fields.time, timeZone);
  if (!start.ok) return { ok: false, errors: { time: start.message } };
  const unchanged = current !== undefined && current.getTime() === start.instant.getTime();
  if (!unchanged && start.instant.getTime() <= now.getTime()) {
    const today = localStartOf(now, timeZone);
    return { ok: false, errors: { date: `Pick a start in the future: it is now ${today.date} ${today.time} in ${zoneName(timeZone)}.` } };
  }
  if (!unchanged && start.instant.getTime() > now.getTime() + AHEAD_MS) return { ok: false, errors: { date: "Pick a start within the next two years." } };
  const { title, durationMinutes, videoUrl, agenda } = fields;
  return { ok: true, value: { title, startsAt: start.instant, durationMinutes, videoUrl, agenda }, ambiguous: start.ambiguous };
}

/** A stored session as the form's text values. */
export function sessionFormValues(session: { title: string; startsAt: Date; durationMinutes: number; videoUrl: string; agenda: string }, timeZone: string): SessionFormValues {
  const { date, time } = localStartOf(session.startsAt, timeZone);
  return { title: session.title, date, time, durationMinutes: String(session.durationMinutes), videoUrl: session.videoUrl, agenda: session.agenda };
}

export type SessionFormValues = { title: string; date: string; time: string; durationMinutes: string; videoUrl: string; agenda: string };

/** The form's values sent back after an error, as typed. */
export function submittedSessionValues(values: Record<string, string> | undefined, fallback: SessionFormValues): SessionFormValues {
  if (!values) return fallback;
  return {
    title: values.title ?? "",
    date: values.date ?? "",
    time: values.time ?? "",
    durationMinutes: values.durationMinutes ?? "",
    videoUrl: values.videoUrl ?? "",
    agenda: values.agenda ?? "",
  };
}
