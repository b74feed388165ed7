import { getEnv } from "~/env.server";

let override: (() => Date) | undefined;

/**
 * The one clock. `APP_NOW` pins it to a fixed instant so a demo or a test can stand on any
 * course day; otherwise it is the system time.
 */
export function now(): Date {
  if (override) return override();
  const pinned = getEnv().APP_NOW;
  return pinned ? new Date(pinned) : new Date();
}

/** Tests move time by handing in their own clock (undefined restores the normal one). */
export function useClock(clock: (() => Date) | undefined): void {
  override = clock;
}
