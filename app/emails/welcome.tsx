import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";

export type WelcomeEmailProps = {
  name: string;
  cohortTitle: string;
  /** e.g. "Monday 2 March 2026" */
  startsOn: string;
  /** "every day" or "every weekday (Monday to Friday)" */
  schedule: string;
  /** e.g. "7:00 (Europe/London)" */
  sendTime: string;
  signInUrl: string;
  cohortUrl: string;
  calendarUrl: string;
};

/** Sent when someone enrolls or is invited: when it starts, how it runs, how to sign in. */
export const welcomeEmail = defineEmail<WelcomeEmailProps>({
  kind: "welcome",
  transactional: true,
  subject: ({ cohortTitle }) => `You're enrolled: ${cohortTitle}`,
  Body: (p) => (
    <EmailLayout preview={`Day 1 opens ${p.startsOn}. Here is how the thirty days work.`}>
      <Heading as="h1" style={emailStyles.h1}>
        Welcome, {p.name.split(" ")[0]}
      </Heading>
      <Text style={emailStyles.text}>
        You have a place in <strong>{p.cohortTitle}</strong>. Day 1 opens on <strong>{p.startsOn}</strong>.
      </Text>
      <Text style={emailStyles.text}>
        A new lesson opens {p.schedule}, thirty in all. Each takes twenty to thirty minutes: read, do a short exercise, answer
        one reflection question and rate yourself. We will email you each course day at {p.sendTime} with the day's lesson,
        or a gentle catch-up if you fall behind.
      </Text>
      <Text style={emailStyles.text}>
        There is no password. To sign in, enter this email address on the sign-in page and we send you a link and a code.
      </Text>
      <Button href={p.signInUrl} style={emailStyles.button}>
        Sign in to Tripod
      </Button>
      <Text style={{ ...emailStyles.muted, marginTop: "24px" }}>
        Put the thirty days in your calendar: <Link href={p.calendarUrl}>add the course calendar</Link>. The cohort's page:{" "}
        <Link href={p.cohortUrl}>{p.cohortUrl}</Link>.
      </Text>
    </EmailLayout>
  ),
});
