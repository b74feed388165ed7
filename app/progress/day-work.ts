/**
 * What a save does to a day's work (pure). A form carries some fields; whatever it does not
 * carry keeps its stored value, so no save can clear a rating or change who sees the day it was not
 * asked to change. Completing is judged on the work as it will be stored.
 */
import type { DayWorkInput } from "./forms";
import { DEFAULT_VISIBILITY, type DayVisibility } from "./visibility";

export type DayWorkValues = { exerciseAnswer: string; reflection: string; rating: number | null; visibility: DayVisibility };

export const EMPTY_WORK: DayWorkValues = { exerciseAnswer: "", reflection: "", rating: null, visibility: DEFAULT_VISIBILITY };

/** The stored work with the submitted fields laid over it. */
export function mergeDayWork(stored: DayWorkValues | undefined, submitted: Omit<DayWorkInput, "intent">): DayWorkValues {
  const base = stored ?? EMPTY_WORK;
  return {
    exerciseAnswer: submitted.exerciseAnswer ?? base.exerciseAnswer,
    reflection: submitted.reflection ?? base.reflection,
    rating: submitted.rating ?? base.rating,
    visibility: submitted.visibility ?? base.visibility,
  };
}

/** What is missing before a day can be marked complete, one message per field. */
export function completionErrors(work: DayWorkValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!work.exerciseAnswer.trim()) errors.exerciseAnswer = "Write down what you did for the exercise before marking the day complete.";
  if (!work.reflection.trim()) errors.reflection = "Answer the reflection question before marking the day complete.";
  if (work.rating === null) errors.rating = "Rate the statement from 1 to 5 before marking the day complete.";
  return errors;
}

/** The field a person should be taken to first: the form's own order, assessment before the rating. */
export function firstErrorField(errors: Record<string, string>, assessmentIds: string[] = []): string | null {
  // Day 30's look back (`retro.<id>`) comes after the final assessment, as on the page.
  const order = ["exerciseAnswer", "reflection", ...assessmentIds.map((id) => `assessment.${id}`), ...assessmentIds.map((id) => `retro.${id}`), "rating"];
  return order.find((name) => errors[name]) ?? null;
}
