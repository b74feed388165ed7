/** A person's own settings: name, zone, email hour, whether daily emails come, and for facilitators the weekly digest. */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import type { Db } from "~/db.server";
import { isTimeZone } from "~/time/local-date";

export const settingsSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  timeZone: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isTimeZone(v), "Choose a time zone from the list."),
  sendHour: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : Number(v)))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 23), "Choose an hour from 00:00 to 23:00."),
  dailyEmails: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  digestEmails: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type SettingsInput = z.infer<typeof settingsSchema>;

export function readSettings(db: Db, userId: number) {
  const row = db
    .select({ name: users.name, email: users.email, role: users.role, timeZone: users.timeZone, sendHour: users.sendHour, dailyEmails: users.dailyEmails, digestEmails: users.digestEmails, activityEmails: users.activityEmails, unsubscribedAt: users.unsubscribedAt })
    .from(users)
    .where(eq(users.id, userId))
    .get()!;
  return { ...row, facilitates: row.role !== "participant" };
}

/** The digest checkbox is only on facilitators' forms: a participant's save leaves the column alone. */
export function saveSettings(db: Db, userId: number, input: SettingsInput): void {
  const { digestEmails, ...rest } = input;
  const role = db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get()?.role;
  db.update(users)
    .set(role && role !== "participant" ? { ...rest, digestEmails } : rest)
    .where(eq(users.id, userId))
    .run();
}

/** The activity email (replies and reactions, at most one a day): its own switch, on the settings page's card. */
export const activitySchema = z.object({ intent: z.literal("activity"), activityEmails: z.enum(["on", "off"], { error: "Choose on or off." }) });

export function setActivityEmails(db: Db, userId: number, on: boolean): void {
  db.update(users).set({ activityEmails: on }).where(eq(users.id, userId)).run();
}
