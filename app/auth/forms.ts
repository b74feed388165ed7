/** zod schemas for the sign-in forms (shared by routes and tests). */
import { z } from "zod";

/** An email address, trimmed and lower-cased; `missing` is what an empty field is told. */
export function emailAddressField(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .toLowerCase()
    .min(1, missing)
    .max(254, "That address is too long.")
    .pipe(z.email({ error: "Enter an email address like name@example.com." }));
}

export const emailField = emailAddressField("Enter your email address.");

export const loginSchema = z.object({
  email: emailField,
  redirectTo: z.string().optional(),
});

export const codeSchema = z.object({
  email: emailField,
  code: z
    .string({ error: "Enter the 6-digit code from the email." })
    .transform((c) => c.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "The code is 6 digits, like 123456.")),
  redirectTo: z.string().optional(),
});
