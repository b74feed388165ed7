import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ProgressLines, UnsubscribeFooter, type PillarLine } from "./parts";
import { dayRanges, greeting, previewText } from "./words";
import { addressed } from "~/account/names";

export type DailyEmailProps = {
  name: string;
  form: "lesson" | "catch-up";
  day: number;
  title: string;
  pillar: string;
  summary: string;
  minutes: number;
  dayUrl: string;
  /** Catch-up form: the days not done yet, and the smallest next step. */
  missed: { day: number; title: string }[];
  nextStep: { day: number; title: string; url: string; minutes: number };
  /** The reader's local hour when the email goes, for the greeting. */
  localHour: number;
  pillars: PillarLine[];
  streak: number;
  unsubscribeUrl: string;
};

/** The morning email: today's lesson, or, when behind, the catch-up with one small next step. */
export const dailyEmail = defineEmail<DailyEmailProps>({
  kind: "daily",
  transactional: false,
  // Each day's subject differs, so a month of catch-ups does not thread into one conversation.
  subject: (p) => (p.form === "lesson" ? `Day ${p.day}: ${p.title}` : `Day ${p.day} is open: catch up gently, starting with day ${p.nextStep.day}`),
  Body: (p) => (
    <EmailLayout preview={previewText(p.form === "lesson" ? p.summary : `${p.missed.length + 1} days are waiting. One at a time is fine: start with day ${p.nextStep.day}.`)} footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      {p.form === "lesson" ? (
        <>
          <Text style={emailStyles.muted}>
            Day {p.day} of 30 · {p.pillar} · {p.minutes} minutes
          </Text>
          <Heading as="h1" style={emailStyles.h1}>
            {p.title}
          </Heading>
          <Text style={emailStyles.text}>{p.summary}</Text>
          <Section style={emailStyles.buttonRow}>
            <Button href={p.dayUrl} style={emailStyles.button}>
              Open day {p.day}
            </Button>
          </Section>
        </>
      ) : (
        <>
          <Heading as="h1" style={emailStyles.h1}>
            {addressed(greeting(p.localHour), p.name)}. Here is a small next step.
          </Heading>
          <Text style={emailStyles.text}>
            Today's lesson is day {p.day}, {p.title}. You also have {p.missed.length} earlier {p.missed.length === 1 ? "day" : "days"} open:{" "}
            {dayRanges(p.missed.map((m) => m.day))}. No need to do them all at once: start with day {p.nextStep.day}, {p.nextStep.title}, about{" "}
            {p.nextStep.minutes} minutes.
          </Text>
          <Section style={emailStyles.buttonRow}>
            <Button href={p.nextStep.url} style={emailStyles.button}>
              Start day {p.nextStep.day}
            </Button>
          </Section>
          <Text style={{ ...emailStyles.muted, marginTop: "16px" }}>
            Or go straight to <Link href={p.dayUrl}>today's day {p.day}</Link>.
          </Text>
        </>
      )}
      <ProgressLines pillars={p.pillars} streak={p.streak} />
    </EmailLayout>
  ),
});
