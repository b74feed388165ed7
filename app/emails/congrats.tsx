import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { UnsubscribeFooter } from "./parts";
import { addressed } from "~/account/names";

export type CongratsEmailProps = { name: string; homeUrl: string; unsubscribeUrl: string };

/** A short note when someone completes day 30. */
export const congratsEmail = defineEmail<CongratsEmailProps>({
  kind: "congrats",
  transactional: false,
  subject: () => "You finished all thirty days",
  Body: (p) => (
    <EmailLayout preview="Thirty days of Product, Process and People, done." footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        {addressed("Well done", p.name)}
      </Heading>
      <Text style={emailStyles.text}>
        You completed day 30. That is thirty mornings of choosing to work on how you lead. Your balance report arrives once the
        cohort's course has ended; until then your days stay open if you want to go back to any of them.
      </Text>
      <Button href={p.homeUrl} style={emailStyles.button}>
        See your thirty days
      </Button>
    </EmailLayout>
  ),
});
