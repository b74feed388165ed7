/** Every email the product sends. Adding one is one template file and one line here. */
import { activityEmail } from "./activity";
import { announcementEmail } from "./announcement";
import { certificateEmail } from "./certificate";
import { congratsEmail } from "./congrats";
import { dailyEmail } from "./daily";
import { digestEmail } from "./digest";
import { feedbackEmail } from "./feedback";
import { liveReminderEmail } from "./live-reminder";
import { nudgeEmail } from "./nudge";
import { reportEmail } from "./report";
import { signInEmail } from "./sign-in";
import { teamInviteEmail } from "./team-invite";
import { welcomeEmail } from "./welcome";

export const EMAILS = {
  signIn: signInEmail,
  welcome: welcomeEmail,
  daily: dailyEmail,
  congrats: congratsEmail,
  report: reportEmail,
  feedback: feedbackEmail,
  nudge: nudgeEmail,
  digest: digestEmail,
  teamInvite: teamInviteEmail,
  liveReminder: liveReminderEmail,
  announcement: announcementEmail,
  activity: activityEmail,
  certificate: certificateEmail,
} as const;
