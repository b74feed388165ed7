import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { addressed } from "~/account/names";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { textEmail, textLink, unsubscribeText } from "./text";

/**
 * The announcement of a certificate, once per enrollment (`certificate/<enrollment>`). Course
 * mail, not transactional: cancelled for someone who unsubscribed from all course email or
 * left the cohort, but not by pausing daily emails (see ~/email/consent).
 */
export type CertificateEmailProps = {
  name: string;
  courseTitle: string;
  cohortTitle: string;
  dates: string;
  certificateUrl: string;
  verifyUrl: string;
  unsubscribeUrl: string;
};

const what = (p: CertificateEmailProps) =>
  `You completed ${p.courseTitle} with ${p.cohortTitle} (${p.dates}), and your certificate is ready: download it as a PDF, print it, or add it to your LinkedIn profile.`;
const VERIFY = "Anyone you share it with can check that it is genuine at its own address, which shows only what the certificate says:";

export const certificateEmail = defineEmail<CertificateEmailProps>({
  kind: "certificate",
  transactional: false,
  subject: () => "Your Tripod certificate is ready",
  Body: (p) => (
    <EmailLayout preview="Thirty days of Product, Process and People: your certificate is ready." footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        {addressed("Congratulations", p.name)}
      </Heading>
      <Text style={emailStyles.text}>{what(p)}</Text>
      <ActionButton href={p.certificateUrl}>See your certificate</ActionButton>
      <Text style={emailStyles.muted}>
        {VERIFY} {p.verifyUrl}
      </Text>
    </EmailLayout>
  ),
  text: (p) => textEmail([addressed("Congratulations", p.name), what(p), textLink("See your certificate", p.certificateUrl), `${VERIFY} ${p.verifyUrl}`], unsubscribeText(p.unsubscribeUrl)),
});
