/** A person's course-email setting, and the choices that change it (pure). */

/** What a person can choose on the email preferences page. */
export type EmailChoice = "daily-off" | "all-off" | "resume";

export type EmailState = "on" | "daily-off" | "all-off";

export function emailState(user: { dailyEmails: boolean; unsubscribedAt: Date | null }): EmailState {
  return user.unsubscribedAt ? "all-off" : user.dailyEmails ? "on" : "daily-off";
}

/** Only the choices that change the current state, the sensible one first (the page's primary button). */
export function choicesFor(state: EmailState): EmailChoice[] {
  if (state === "on") return ["daily-off", "all-off"];
  if (state === "daily-off") return ["resume", "all-off"];
  return ["resume"];
}
