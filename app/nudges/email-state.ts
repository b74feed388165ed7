/** A person's course-email setting, and the choices that change it (pure). */

/** What a person can choose on the email preferences page. */
export type EmailChoice = "daily-off" | "all-off" | "resume" | DigestChoice | ActivityChoice;

/** Facilitators' Monday digest is a list of its own: it turns off and on by itself. */
export type DigestChoice = "digest-off" | "digest-on";

/** The daily email of replies and reactions to a person's posts: a list of its own too. */
export type ActivityChoice = "activity-off" | "activity-on";

/** The lists a one-click link can name (`?list=`); without one, it is all course email. */
export type EmailList = "course" | "digest" | "activity";

export function emailList(value: string | null): EmailList {
  return value === "digest" || value === "activity" ? value : "course";
}

export function digestChoice(digestEmails: boolean): DigestChoice {
  return digestEmails ? "digest-off" : "digest-on";
}

export function activityChoice(activityEmails: boolean): ActivityChoice {
  return activityEmails ? "activity-off" : "activity-on";
}

export type EmailState = "on" | "daily-off" | "all-off";

export function emailState(user: { dailyEmails: boolean; unsubscribedAt: Date | null }): EmailState {
  return user.unsubscribedAt ? "all-off" : user.dailyEmails ? "on" : "daily-off";
}

/** Only the choices that change the current state, the sensible one first (the page's primary button). */
export function choicesFor(state: EmailState): ("daily-off" | "all-off" | "resume")[] {
  if (state === "on") return ["daily-off", "all-off"];
  if (state === "daily-off") return ["resume", "all-off"];
  return ["resume"];
}
