/** A participant's own settings: name, zone, email hour, and whether daily emails come. */
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
});
export type SettingsInput = z.infer<typeof settingsSchema>;

export function readSettings(db: Db, userId: number) {
  return db.select({ name: users.name, email: users.email, timeZone: users.timeZone, sendHour: users.sendHour, dailyEmails: users.dailyEmails }).from(users).where(eq(users.id, userId)).get()!;
}

export function saveSettings(db: Db, userId: number, input: SettingsInput): void {
  db.update(users).set(input).where(eq(users.id, userId)).run();
}
