import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** The text fields of a form, to send back to it after an error. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== HONEYPOT) values[key] = value;
  return values;
}

/** Parses a form with a zod schema into data, or one message per field (the first issue). */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S): Parsed<z.infer<S>> {
  const values = formValues(form);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
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
