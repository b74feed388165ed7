import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ProgressLines, UnsubscribeFooter, type PillarLine } from "./parts";

export type ReportEmailProps = { name: string; cohortTitle: string; completed: number; pillars: PillarLine[]; reportUrl: string; unsubscribeUrl: string };

/** Sent once after the course ends: where the participant finished, per pillar. */
export const reportEmail = defineEmail<ReportEmailProps>({
  kind: "report",
  transactional: false,
  subject: (p) => `Your balance report for ${p.cohortTitle}`,
  Body: (p) => (
    <EmailLayout preview={`You completed ${p.completed} of 30 days. Here is how your three pillars stand.`} footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        Your course has ended, {p.name.split(" ")[0]}
      </Heading>
      <Text style={emailStyles.text}>
        You completed {p.completed} of the 30 days of {p.cohortTitle}. Here is how many of each pillar's days you finished:
      </Text>
      <ProgressLines pillars={p.pillars} streak={0} />
      <Button href={p.reportUrl} style={emailStyles.button}>
        Open your report
      </Button>
    </EmailLayout>
  ),
});
