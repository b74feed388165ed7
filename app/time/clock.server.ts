import { getEnv } from "~/env.server";

/**
 * The one clock. `APP_NOW` pins it to a fixed instant so a demo or a test can stand
 * on any course day; otherwise it is the system time.
 */
export function now(): Date {
  const pinned = getEnv().APP_NOW;
  return pinned ? new Date(pinned) : new Date();
}
