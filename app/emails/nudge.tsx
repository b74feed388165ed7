import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { addressed } from "~/account/names";
import { textEmail, textLink, unsubscribeText } from "./text";

export type NudgeEmailProps = {
  name: string;
  facilitator: string;
  cohortTitle: string;
  behind: number;
  nextStep: { day: number; title: string; url: string; minutes: number };
  unsubscribeUrl: string;
};

const opening = (p: NudgeEmailProps) => `${addressed("Hi", p.name)}, how is it going?`;
const message = (p: NudgeEmailProps) =>
  `${p.facilitator} here, from ${p.cohortTitle}. I noticed ${p.behind === 1 ? "a day is" : `${p.behind} days are`} waiting for you. Busy weeks happen; you do not ` +
  `need to catch up all at once. The smallest next step is day ${p.nextStep.day}, ${p.nextStep.title}: about ${p.nextStep.minutes} minutes.`;
const REPLY = "If something is in the way, reply to this email and tell me. I read every one.";

/** A personal catch-up from the cohort's facilitator (at most one a day per participant). */
export const nudgeEmail = defineEmail<NudgeEmailProps>({
  kind: "nudge",
  transactional: false,
  subject: (p) => `${p.facilitator}: a small next step in ${p.cohortTitle}`,
  Body: (p) => (
    <EmailLayout preview={`Start with day ${p.nextStep.day}: about ${p.nextStep.minutes} minutes.`} footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        {opening(p)}
      </Heading>
      <Text style={emailStyles.text}>{message(p)}</Text>
      <ActionButton href={p.nextStep.url}>Open day {p.nextStep.day}</ActionButton>
      <Text style={emailStyles.muted}>{REPLY}</Text>
    </EmailLayout>
  ),
  text: (p) => textEmail([opening(p), message(p), textLink(`Open day ${p.nextStep.day}`, p.nextStep.url), REPLY], unsubscribeText(p.unsubscribeUrl)),
});
