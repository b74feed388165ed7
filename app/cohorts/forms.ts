/** zod schemas for the cohort and enrollment forms. */
import { z } from "zod";
import { emailAddressField, emailField } from "~/auth/forms";
import { addDays, isLocalDate, isTimeZone, type LocalDate } from "~/time/local-date";

const RESERVED_SLUGS = new Set(["new", "edit", "calendar", "admin"]);

/** How far from today a cohort's day 1 may be set: a year back (a running cohort), two years ahead. */
export const START_WINDOW_DAYS = { back: 365, ahead: 730 } as const;

/** The cohort form, judged on `today` (a UTC date: the window is wide enough for any zone). */
/** `current`: the cohort's own day 1, accepted as it is however long ago (a saved, started cohort). */
export function cohortSchemaOn(today: LocalDate, current?: LocalDate) {
  const earliest = addDays(today, -START_WINDOW_DAYS.back);
  const latest = addDays(today, START_WINDOW_DAYS.ahead);
  return cohortSchema.extend({
    startsOn: z
      .string()
      .refine(isLocalDate, "Pick the date of day 1.")
      .refine((d) => d === current || (d >= earliest && d <= latest), `Pick a day 1 between ${earliest} and ${latest}: at most a year ago and at most two years ahead.`),
  });
}

const cohortSchema = z.object({
  title: z.string().trim().min(3, "Give the cohort a title of at least 3 characters.").max(100, "Keep the title under 100 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "The address needs at least 2 characters.")
    .max(60, "Keep the address under 60 characters.")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, like spring-2026.")
    .refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved; choose another."),
  startsOn: z.string().refine(isLocalDate, "Pick the date of day 1."),
  timeZone: z.string().trim().refine(isTimeZone, "Choose a time zone from the list, like Europe/London."),
  schedule: z.enum(["daily", "weekdays"], { error: "Choose daily or weekdays." }),
  sendHour: z.coerce.number({ error: "Choose an hour from 0 to 23." }).int().min(0, "Choose an hour from 0 to 23.").max(23, "Choose an hour from 0 to 23."),
  capacity: z.coerce.number({ error: "Enter a number of seats." }).int("Enter a whole number of seats.").min(1, "A cohort needs at least 1 seat.").max(2000, "At most 2,000 seats."),
  enrollmentOpen: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type CohortInput = z.infer<ReturnType<typeof cohortSchemaOn>>;

export const enrollSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: emailField,
  timeZone: z
    .string()
    .trim()
    .optional()
    .transform((z) => (z && isTimeZone(z) ? z : null)),
});

export const addFacilitatorSchema = z.object({ email: emailAddressField("Enter the address of the person to invite.") });

/** A cohort's stored settings as the form's text values. */
export function cohortFormValues(cohort: { title: string; slug: string; startsOn: string; timeZone: string; schedule: string; sendHour: number; capacity: number; enrollmentOpen: boolean }) {
  return { ...cohort, sendHour: String(cohort.sendHour), capacity: String(cohort.capacity) };
}

/** The form's values sent back after an error (the checkbox is present only when ticked). */
export function submittedCohortValues(values: Record<string, string>) {
  return {
    title: values.title ?? "",
    slug: values.slug ?? "",
    startsOn: values.startsOn ?? "",
    timeZone: values.timeZone ?? "",
    schedule: values.schedule ?? "daily",
    sendHour: values.sendHour ?? "7",
    capacity: values.capacity ?? "",
    enrollmentOpen: values.enrollmentOpen === "on",
  };
}
