import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { PILLAR_HEX } from "~/course/pillars";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { UnsubscribeFooter } from "./parts";
import { textEmail, textLink, unsubscribeText } from "./text";

export type FeedbackEmailProps = { name: string; facilitator: string; day: number; title: string; feedback: string; dayUrl: string; unsubscribeUrl: string };

/** A facilitator left feedback on a day's work. */
export const feedbackEmail = defineEmail<FeedbackEmailProps>({
  kind: "feedback",
  transactional: false,
  subject: (p) => `${p.facilitator} left feedback on day ${p.day}`,
  Body: (p) => (
    <EmailLayout preview={p.feedback.slice(0, 120)} footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        Feedback on day {p.day}: {p.title}
      </Heading>
      <Text style={{ ...emailStyles.text, whiteSpace: "pre-wrap", borderLeft: `4px solid ${PILLAR_HEX.process.bar}`, paddingLeft: "12px" }}>{p.feedback}</Text>
      <Text style={emailStyles.muted}>— {p.facilitator}</Text>
      <Button href={p.dayUrl} style={emailStyles.button}>
        See it with your work
      </Button>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail([`Feedback on day ${p.day}: ${p.title}`, p.feedback, `— ${p.facilitator}`, textLink("See it with your work", p.dayUrl)], unsubscribeText(p.unsubscribeUrl)),
});
