/**
 * The key of a member's personal calendar feed. Calendar apps subscribe without a cookie, so
 * the address carries `?member=<userId>.<key>`: the key is derived from the person's secret
 * unsubscribe token and the cohort, so it differs per cohort, needs no column of its own, and
 * cannot be worked out from the user id. Compared in constant time.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export const CALENDAR_KEY_LENGTH = 32;

/** hex SHA-256 of "calendar:<cohortId>:<unsubscribeToken>", first 32 hex characters. */
export function calendarKey(cohortId: number, unsubscribeToken: string): string {
  return createHash("sha256").update(`calendar:${cohortId}:${unsubscribeToken}`).digest("hex").slice(0, CALENDAR_KEY_LENGTH);
}

/** The `member` parameter of a person's feed. */
export function memberParam(cohortId: number, userId: number, unsubscribeToken: string): string {
  return `${userId}.${calendarKey(cohortId, unsubscribeToken)}`;
}

/** `member` split into its user id and key; null when it is not of that form. */
export function parseMemberParam(value: string | null): { userId: number; key: string } | null {
  const match = value ? /^([1-9]\d{0,11})\.([0-9a-f]{32})$/.exec(value) : null;
  return match ? { userId: Number(match[1]), key: match[2]! } : null;
}

/** Whether `key` is this person's key for this cohort, in constant time. */
export function calendarKeyMatches(cohortId: number, unsubscribeToken: string | null, key: string): boolean {
  const expected = Buffer.from(calendarKey(cohortId, unsubscribeToken ?? ""), "utf8");
  const given = Buffer.from(key, "utf8");
  // Both are 32 hex characters by the time they get here; the length check keeps timingSafeEqual from throwing.
  return unsubscribeToken !== null && given.length === expected.length && timingSafeEqual(given, expected);
}
