/**
 * A facilitator's announcement to the whole cohort (pure): the form's rules, how its plain
 * text becomes paragraphs, and the key that makes each person's email go once.
 */
import { z } from "zod";

export const TITLE_MAX = 120;
export const BODY_MAX = 5_000;
/** The same title and words from the same facilitator in this window are one announcement (a double click, a resent form). */
export const REPEAT_WINDOW_MS = 10 * 60_000;

const count = (n: number) => n.toLocaleString("en-GB");

/** Title 1-120 characters, body 1-5,000, plain text (line breaks kept, Windows ones made plain). */
export const announcementSchema = z.object({
  title: z
    .string({ error: "Give the announcement a title." })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .superRefine((v, ctx) => {
      if (v === "") ctx.addIssue({ code: "custom", message: "Give the announcement a title." });
      else if (v.length > TITLE_MAX) ctx.addIssue({ code: "custom", message: `The title is ${count(v.length)} characters; keep it to ${TITLE_MAX}.` });
    }),
  body: z
    .string({ error: "Write the announcement." })
    .transform((v) => v.replace(/\r\n?/g, "\n").trim())
    .superRefine((v, ctx) => {
      if (v === "") ctx.addIssue({ code: "custom", message: "Write the announcement." });
      else if (v.length > BODY_MAX) ctx.addIssue({ code: "custom", message: `The announcement is ${count(v.length)} characters; the limit is ${count(BODY_MAX)}. Nothing was sent. Shorten it and send again.` });
    }),
});
export type AnnouncementInput = z.infer<typeof announcementSchema>;

/**
 * Plain text as paragraphs of lines: a blank line starts a paragraph, a single line break
 * stays a line break. Rendered as text (never HTML) by the page and the email alike.
 */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split("\n").map((line) => line.trimEnd()))
    .map((lines) => {
      while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
      while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
      return lines;
    })
    .filter((lines) => lines.length > 0);
}

/** One email per announcement and person, whatever happens. */
export function announcementKey(announcementId: number, userId: number): string {
  return `announcement/${announcementId}/${userId}`;
}

/** "12 of 24 have read it" for the facilitator's list. */
export function readLine(read: number, recipients: number): string {
  if (recipients === 0) return "Nobody was in the cohort to receive it.";
  if (read === recipients) return recipients === 1 ? "Read by its one recipient." : `Read by all ${recipients}.`;
  return `Read by ${read} of ${recipients}.`;
}
