import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** No field of any form takes more than this (the longest, a day's answer, is 20,000). */
export const ECHO_LIMIT = 20_000;

/**
 * The text fields of a form, to send back to it after an error. A value is never echoed
 * beyond the longest any field accepts, so an error answer stays small whatever was sent.
 */
export function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formFields(form)).map(([key, value]) => [key.slice(0, 200), value.slice(0, ECHO_LIMIT)]));
}

/** The text fields of a form, whole, for parsing (the last value wins when a name repeats). */
function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== HONEYPOT) fields[key] = value;
  return fields;
}

/** Parses a form with a zod schema into data, or one message per field (the first issue). */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S): Parsed<z.infer<S>> {
  const result = schema.safeParse(formFields(form));
  if (result.success) return { ok: true, data: result.data };
  const values = formValues(form);
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values };
}

/** A honeypot field people never see; bots fill it. */
export const HONEYPOT = "website";

export function isBot(form: FormData): boolean {
  const value = form.get(HONEYPOT);
  return typeof value === "string" && value.trim() !== "";
}
