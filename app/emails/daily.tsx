import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { addressed } from "~/account/names";
import { textEmail, textLink, unsubscribeText } from "./text";
import { dayRanges, greeting, previewText } from "./words";

/**
 * The morning email. Everything but `you` is what every reader of day N's email shares;
 * `you` is one reader's part, as display strings the template shows and never computes on,
 * so the tick renders each day's email once and stamps each reader's part in
 * (./stamp.server).
 */
export type DailyEmailProps = {
  form: "lesson" | "catch-up";
  day: number;
  title: string;
  pillar: string;
  summary: string;
  minutes: number;
  /** The three pillars' names and colours, in order (their counts are in `you.progress`). */
  pillars: { name: string; color: string }[];
  you: DailyReader;
};

export type DailyReader = {
  /** "Good evening, Dana" */
  greeting: string;
  preview: string;
  dayUrl: string;
  /** Catch-up form: "You also have 3 earlier days open: days 1–3." */
  waiting: string;
  next: { day: string; title: string; minutes: string; url: string };
  /** "done/unlocked" per pillar, in the order of `pillars`. */
  progress: string[];
  /** " · 5-day streak", or empty. */
  streak: string;
  unsubscribeUrl: string;
};

export type PillarCount = { done: number; unlocked: number };

/** One reader's part of the email, in words, from their facts (pure). */
export function dailyReader(input: {
  name: string;
  form: "lesson" | "catch-up";
  summary: string;
  localHour: number;
  dayUrl: string;
  missed: number[];
  next: { day: number; title: string; minutes: number; url: string };
  progress: PillarCount[];
  streak: number;
  unsubscribeUrl: string;
}): DailyReader {
  const waitingDays = input.missed.length;
  return {
    greeting: addressed(greeting(input.localHour), input.name),
    preview: previewText(input.form === "lesson" ? input.summary : `${waitingDays + 1} days are waiting. One at a time is fine: start with day ${input.next.day}.`),
    dayUrl: input.dayUrl,
    waiting: input.form === "lesson" ? "" : `You also have ${waitingDays} earlier ${waitingDays === 1 ? "day" : "days"} open: ${dayRanges(input.missed)}.`,
    next: { day: String(input.next.day), title: input.next.title, minutes: String(input.next.minutes), url: input.next.url },
    progress: input.progress.map((p) => `${p.done}/${p.unlocked}`),
    streak: input.streak > 1 ? ` · ${input.streak}-day streak` : "",
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

const lessonLine = (p: DailyEmailProps) => `Day ${p.day} of 30 · ${p.pillar} · ${p.minutes} minutes`;
const progressLine = (p: DailyEmailProps) => `${p.pillars.map((pillar, i) => `${pillar.name} ${p.you.progress[i]}`).join(" · ")}${p.you.streak}`;

export const dailyEmail = defineEmail<DailyEmailProps>({
  kind: "daily",
  transactional: false,
  // Each day's subject differs, so a month of catch-ups does not thread into one conversation.
  subject: (p) => (p.form === "lesson" ? `Day ${p.day}: ${p.title}` : `Day ${p.day} is open: catch up gently, starting with day ${p.you.next.day}`),
  Body: (p) => (
    <EmailLayout preview={p.you.preview} footer={<UnsubscribeFooter url={p.you.unsubscribeUrl} />}>
      {p.form === "lesson" ? (
        <>
          <Text style={emailStyles.muted}>{lessonLine(p)}</Text>
          <Heading as="h1" style={emailStyles.h1}>
            {p.title}
          </Heading>
          <Text style={emailStyles.text}>{p.summary}</Text>
          <ActionButton href={p.you.dayUrl}>Open day {p.day}</ActionButton>
        </>
      ) : (
        <>
          <Heading as="h1" style={emailStyles.h1}>
            {p.you.greeting}. Here is a small next step.
          </Heading>
          <Text style={emailStyles.text}>
            Today's lesson is day {p.day}, {p.title}. {p.you.waiting} No need to do them all at once: start with day {p.you.next.day},{" "}
            {p.you.next.title}, about {p.you.next.minutes} minutes.
          </Text>
          <ActionButton href={p.you.next.url}>Start day {p.you.next.day}</ActionButton>
          <Text style={{ ...emailStyles.muted, marginTop: "16px" }}>
            Or go straight to <Link href={p.you.dayUrl}>today's day {p.day}</Link>.
          </Text>
        </>
      )}
      <Text style={emailStyles.muted}>
        {p.pillars.map((pillar, i) => (
          <span key={pillar.name}>
            {i > 0 ? " · " : ""}
            <strong style={{ color: pillar.color }}>{pillar.name}</strong> {p.you.progress[i]}
          </span>
        ))}
        {p.you.streak}
      </Text>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail(
      p.form === "lesson"
        ? [lessonLine(p), p.title, p.summary, textLink(`Open day ${p.day}`, p.you.dayUrl), progressLine(p)]
        : [
            `${p.you.greeting}. Here is a small next step.`,
            `Today's lesson is day ${p.day}, ${p.title}. ${p.you.waiting} No need to do them all at once: start with day ${p.you.next.day}, ${p.you.next.title}, about ${p.you.next.minutes} minutes.`,
            textLink(`Start day ${p.you.next.day}`, p.you.next.url),
            textLink(`Or go straight to today's day ${p.day}`, p.you.dayUrl),
            progressLine(p),
          ],
      unsubscribeText(p.you.unsubscribeUrl),
    ),
});
