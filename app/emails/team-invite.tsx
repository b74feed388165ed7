import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { addressed } from "~/account/names";
import { defineEmail } from "./define";
import { ActionButton } from "./parts";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { textEmail, textLink } from "./text";

export type TeamInviteEmailProps = {
  name: string;
  inviter: string;
  cohortTitle: string;
  signIn: { link: string; code: string; expiresAt: string };
  unsubscribeUrl: string;
};

const FOOTER = "You get this because a facilitator of this cohort entered your address. If you do not want to help run it, ignore this email: nothing changes until you sign in.";
const message = (p: TeamInviteEmailProps) =>
  `${p.inviter} invited you to co-facilitate ${p.cohortTitle} on Tripod: follow the participants' progress, read the work they share, give feedback and speak to the cohort. Sign in to accept.`;

/** An invitation to co-facilitate a cohort: accepted by signing in with its link or code. */
export const teamInviteEmail = defineEmail<TeamInviteEmailProps>({
  kind: "team-invite",
  transactional: true,
  subject: (p) => `${p.inviter} invited you to co-facilitate ${p.cohortTitle}`,
  Body: (p) => (
    <EmailLayout
      preview={`Sign in to accept, or enter ${p.signIn.code}.`}
      footer={
        <>
          {FOOTER} <Link href={p.unsubscribeUrl}>Unsubscribe from Tripod email</Link>.
        </>
      }
    >
      <Heading as="h1" style={emailStyles.h1}>
        {addressed("Hello", p.name)}
      </Heading>
      <Text style={emailStyles.text}>{message(p)}</Text>
      <ActionButton href={p.signIn.link}>Accept and sign in</ActionButton>
      <Text style={emailStyles.text}>Reading this on another device? Enter this code on the sign-in page instead:</Text>
      <Text style={{ fontSize: "32px", letterSpacing: "6px", fontWeight: 700, fontFamily: "Menlo, Consolas, monospace", margin: "0 0 16px" }}>{p.signIn.code}</Text>
      <Text style={emailStyles.muted}>The link and the code work once, until {p.signIn.expiresAt}. Any later sign-in with this address accepts too.</Text>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail(
      [
        addressed("Hello", p.name),
        message(p),
        textLink("Accept and sign in", p.signIn.link),
        `Reading this on another device? Enter this code on the sign-in page instead: ${p.signIn.code}`,
        `The link and the code work once, until ${p.signIn.expiresAt}. Any later sign-in with this address accepts too.`,
      ],
      `${FOOTER} Unsubscribe from Tripod email: ${p.unsubscribeUrl}`,
    ),
});
