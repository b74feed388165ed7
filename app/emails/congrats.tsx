import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { textEmail, textLink, unsubscribeText } from "./text";

const MESSAGE =
  "You completed day 30. That is thirty mornings of choosing to work on how you lead. Your balance report arrives once the " +
  "cohort's course has ended; until then your days stay open if you want to go back to any of them.";

/** All of it is the reader's own: `greeting` is "Well done, Ada" (or "Well done" without a name). */
export type CongratsEmailProps = { you: { greeting: string; homeUrl: string; unsubscribeUrl: string } };

/** A short note when someone completes day 30. */
export const congratsEmail = defineEmail<CongratsEmailProps>({
  kind: "congrats",
  transactional: false,
  subject: () => "You finished all thirty days",
  Body: (p) => (
    <EmailLayout preview="Thirty days of Product, Process and People, done." footer={<UnsubscribeFooter url={p.you.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        {p.you.greeting}
      </Heading>
      <Text style={emailStyles.text}>{MESSAGE}</Text>
      <ActionButton href={p.you.homeUrl}>See your thirty days</ActionButton>
    </EmailLayout>
  ),
  text: (p) => textEmail([p.you.greeting, MESSAGE, textLink("See your thirty days", p.you.homeUrl)], unsubscribeText(p.you.unsubscribeUrl)),
});
