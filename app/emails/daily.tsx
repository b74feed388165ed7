import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ProgressLines, UnsubscribeFooter, type PillarLine } from "./parts";

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
  nextStep: { day: number; title: string; url: string };
  pillars: PillarLine[];
  streak: number;
  unsubscribeUrl: string;
};

/** The morning email: today's lesson, or, when behind, the catch-up with one small next step. */
export const dailyEmail = defineEmail<DailyEmailProps>({
  kind: "daily",
  transactional: false,
  subject: (p) => (p.form === "lesson" ? `Day ${p.day}: ${p.title}` : `Catch up gently: start with day ${p.nextStep.day}`),
  Body: (p) => (
    <EmailLayout preview={p.form === "lesson" ? p.summary : `${p.missed.length + 1} days are waiting. One at a time is fine.`} footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      {p.form === "lesson" ? (
        <>
          <Text style={emailStyles.muted}>
            Day {p.day} of 30 · {p.pillar} · {p.minutes} minutes
          </Text>
          <Heading as="h1" style={emailStyles.h1}>
            {p.title}
          </Heading>
          <Text style={emailStyles.text}>{p.summary}</Text>
          <Button href={p.dayUrl} style={emailStyles.button}>
            Open day {p.day}
          </Button>
        </>
      ) : (
        <>
          <Heading as="h1" style={emailStyles.h1}>
            Good morning, {p.name.split(" ")[0]}. Here is a small next step.
          </Heading>
          <Text style={emailStyles.text}>
            Today's lesson is day {p.day}, {p.title}. You also have {p.missed.length} earlier {p.missed.length === 1 ? "day" : "days"} open:{" "}
            {p.missed.map((m) => `day ${m.day}`).join(", ")}. No need to do them all at once: start with day {p.nextStep.day}, {p.nextStep.title}, about{" "}
            twenty minutes.
          </Text>
          <Button href={p.nextStep.url} style={emailStyles.button}>
            Start day {p.nextStep.day}
          </Button>
          <Text style={{ ...emailStyles.muted, marginTop: "16px" }}>
            Or go straight to <Link href={p.dayUrl}>today's day {p.day}</Link>.
          </Text>
        </>
      )}
      <ProgressLines pillars={p.pillars} streak={p.streak} />
    </EmailLayout>
  ),
});
