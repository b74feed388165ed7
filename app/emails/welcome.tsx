import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { addressed } from "~/account/names";
import { textEmail, textLink } from "./text";

/**
 * Why this email goes: `held` (enrolled on the public page; the link confirms the seat),
 * `enrolled` (invited by a facilitator), `already` (asked again while in the cohort),
 * `waitlisted` (the cohort is full), `closed` (public enrollment is off).
 */
export type WelcomeCase = "held" | "enrolled" | "already" | "waitlisted" | "closed";

export type WelcomeEmailProps = {
  case: WelcomeCase;
  name: string;
  cohortTitle: string;
  /** Where the cohort is and what that means for this person, e.g. "The cohort is on day 12 of 30. You start with day 1 today…" */
  standing: string;
  /** "every day" or "every weekday (Monday to Friday)" */
  schedule: string;
  /** e.g. "about 25 minutes (20 to 30)" */
  effort: string;
  /** e.g. "07:00 (Europe/London time)" */
  sendTime: string;
  /** The link (and code) that signs in, and for a held seat confirms it. */
  signIn: { link: string; code: string; expiresAt: string } | null;
  cohortUrl: string;
  calendarUrl: string;
  /** The person's one-click link, when the address has an account (every case but a closed cohort's answer to a stranger). */
  unsubscribeUrl: string | null;
};

const SUBJECT: Record<WelcomeCase, string> = {
  held: "Confirm your seat",
  enrolled: "You're enrolled",
  already: "You're already enrolled",
  waitlisted: "You're on the waitlist",
  closed: "Enrollment is closed",
};

/** The sentence that says what happened, around the cohort's title (bold in the HTML). */
const INTRO: Record<WelcomeCase, [string, string]> = {
  held: ["A seat in ", " is held for you. Press the button to confirm it and sign in."],
  enrolled: ["You have a place in ", ". Press the button to sign in."],
  already: ["Someone asked to enroll this address in ", ", where you already have a place, so nothing changed. Press the button to go to your course."],
  waitlisted: ["", " is full, so you are on its waitlist. If a seat frees up, it goes to the next person in line and we email you at once."],
  closed: ["Enrollment for ", " is closed, so you were not enrolled. Ask its facilitator for an invitation."],
};
const FOOTER =
  "You are receiving this because this address was entered on a Tripod cohort's page. If it was not you, ignore this email: " +
  "nothing happens without the link or the code, and an unconfirmed seat is released after 48 hours.";
const welcomes = (p: WelcomeEmailProps) => p.case === "held" || p.case === "enrolled";
const greeting = (p: WelcomeEmailProps) => addressed(welcomes(p) ? "Welcome" : "Hello", p.name);
const button = (p: WelcomeEmailProps) => (p.case === "held" ? "Confirm my seat and sign in" : "Sign in to Tripod");
const validity = (p: WelcomeEmailProps, until: string) =>
  `The link and the code work once, until ${until}.${p.case === "held" ? " Until then your seat is held; after that it goes back to the cohort." : ""}`;
const rhythm = (p: WelcomeEmailProps) =>
  `A new lesson opens ${p.schedule}, thirty in all. Each asks ${p.effort}: read, do a short exercise, answer one reflection ` +
  `question and rate yourself. We email you each course day at ${p.sendTime} with the day's lesson, or a gentle catch-up if you fall behind.`;

function welcomeText(p: WelcomeEmailProps): string {
  return textEmail(
    [
      greeting(p),
      `${INTRO[p.case][0]}${p.cohortTitle}${INTRO[p.case][1]}`,
      p.case !== "closed" && p.standing,
      p.signIn && textLink(button(p), p.signIn.link),
      p.signIn && `Reading this on another device? Enter this code on the sign-in page instead: ${p.signIn.code}`,
      p.signIn && validity(p, p.signIn.expiresAt),
      welcomes(p) && rhythm(p),
      p.case !== "closed" && textLink("Put the thirty days in your calendar", p.calendarUrl),
      textLink("The cohort's page", p.cohortUrl),
    ],
    p.unsubscribeUrl ? `${FOOTER} Want no course email at all? Unsubscribe: ${p.unsubscribeUrl}` : FOOTER,
  );
}

/** The one email of enrolling: where the cohort is, what a day asks, and the link that confirms and signs in. */
export const welcomeEmail = defineEmail<WelcomeEmailProps>({
  kind: "welcome",
  transactional: true,
  subject: (p) => `${SUBJECT[p.case]}: ${p.cohortTitle}`,
  Body: (p) => (
    <EmailLayout
      preview={p.signIn ? `${p.standing} Sign in with the button, or enter ${p.signIn.code}.` : p.standing}
      footer={
        <>
          {FOOTER}
          {p.unsubscribeUrl ? (
            <>
              {" "}
              Want no course email at all? <Link href={p.unsubscribeUrl}>Unsubscribe</Link>.
            </>
          ) : null}
        </>
      }
    >
      <Heading as="h1" style={emailStyles.h1}>
        {greeting(p)}
      </Heading>
      <Text style={emailStyles.text}>
        {INTRO[p.case][0]}
        <strong>{p.cohortTitle}</strong>
        {INTRO[p.case][1]}
      </Text>
      {p.case !== "closed" && <Text style={emailStyles.text}>{p.standing}</Text>}
      {p.signIn && (
        <>
          <Button href={p.signIn.link} style={emailStyles.button}>
            {button(p)}
          </Button>
          <Text style={{ ...emailStyles.text, marginTop: "24px" }}>Reading this on another device? Enter this code on the sign-in page instead:</Text>
          <Text style={{ fontSize: "32px", letterSpacing: "6px", fontWeight: 700, fontFamily: "Menlo, Consolas, monospace", margin: "0 0 16px" }}>
            {p.signIn.code}
          </Text>
          <Text style={emailStyles.muted}>{validity(p, p.signIn.expiresAt)}</Text>
        </>
      )}
      {(p.case === "held" || p.case === "enrolled") && (
        <Text style={emailStyles.text}>{rhythm(p)}</Text>
      )}
      <Text style={{ ...emailStyles.muted, marginTop: "24px" }}>
        {p.case !== "closed" && (
          <>
            Put the thirty days in your calendar: <Link href={p.calendarUrl}>add the course calendar</Link>.{" "}
          </>
        )}
        The cohort's page: <Link href={p.cohortUrl}>{p.cohortUrl}</Link>.
      </Text>
    </EmailLayout>
  ),
  text: welcomeText,
});
