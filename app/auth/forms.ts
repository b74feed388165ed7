/** zod schemas for the sign-in forms (shared by routes and tests). */
import { z } from "zod";

export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

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
