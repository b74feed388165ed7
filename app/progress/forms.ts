/** zod schemas for the day page: answers, rating, who sees it and the assessment. */
import { z } from "zod";
import { VISIBILITY_ORDER, type DayVisibility } from "./visibility";

export const MAX_ANSWER = 20_000;

const answer = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.replace(/\r\n/g, "\n"))
    .superRefine((v, ctx) => {
      if (v !== undefined && v.length > MAX_ANSWER) {
        ctx.addIssue({
          code: "custom",
          message: `Your ${label} is ${v.length.toLocaleString("en-GB")} characters; the limit is ${MAX_ANSWER.toLocaleString("en-GB")}. Nothing was saved, and your last saved draft is unchanged. Shorten it and save again.`,
        });
      }
    });

/** A field the form did not carry stays undefined: the server then keeps what it has. */
const rating = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : Number(v)))
  .refine((v) => v === undefined || (Number.isInteger(v) && v >= 1 && v <= 5), "Choose a rating from 1 to 5.");

/** Who sees the day: one of three radio buttons; a request without it leaves the stored choice alone. */
const visibility = z.enum(VISIBILITY_ORDER as [DayVisibility, ...DayVisibility[]], { error: "Choose who can see this day: only you, you and your facilitators, or your cohort." }).optional();

export const dayWorkSchema = z.object({
  intent: z.enum(["save", "complete", "autosave"], { error: "Choose to save a draft or mark the day complete." }),
  exerciseAnswer: answer("exercise answer"),
  reflection: answer("reflection"),
  rating,
  visibility,
});
export type DayWorkInput = z.infer<typeof dayWorkSchema>;

/** Assessment answers arrive as fields `assessment.<statement id>` = 1..5. */
export function parseAssessment(
  values: Record<string, string>,
  statementIds: string[],
  requireAll: boolean,
  /** `retro` for day 30's look back (fields `retro.<statement id>`). */
  prefix: "assessment" | "retro" = "assessment",
): { ok: true; ratings: Map<string, number> } | { ok: false; errors: Record<string, string> } {
  const ratings = new Map<string, number>();
  const errors: Record<string, string> = {};
  for (const id of statementIds) {
    const name = `${prefix}.${id}`;
    const raw = values[name];
    if (raw === undefined || raw === "") {
      if (requireAll) errors[name] = "Rate this statement.";
      continue;
    }
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 5) errors[name] = "Choose a rating from 1 to 5.";
    else ratings.set(id, n);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, ratings };
}
