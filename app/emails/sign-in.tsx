import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { addressed } from "~/account/names";
import { textEmail, textLink } from "./text";

const FOOTER = "You are receiving this because someone asked to sign in to Tripod with this address. If it was not you, ignore this email: nothing happens without the link or the code.";
const heading = (name: string | null) => (name?.trim() ? addressed("Sign in", name) : "Sign in to Tripod");

export type SignInEmailProps = { name: string | null; link: string; code: string; expiresAt: string };

/** The sign-in email: a magic link for this device, and a code for another one. */
export const signInEmail = defineEmail<SignInEmailProps>({
  kind: "sign-in",
  transactional: true,
  subject: ({ code }) => `Your Tripod sign-in code is ${code}`,
  Body: ({ name, link, code, expiresAt }) => (
    <EmailLayout
      preview={`Sign in with the button, or enter ${code}. Valid until ${expiresAt}.`}
      footer={FOOTER}
    >
      <Heading as="h1" style={emailStyles.h1}>
        {heading(name)}
      </Heading>
      <Text style={emailStyles.text}>Press the button to sign in on this device.</Text>
      <Button href={link} style={emailStyles.button}>
        Sign in to Tripod
      </Button>
      <Text style={{ ...emailStyles.text, marginTop: "24px" }}>Reading this on another device? Enter this code on the sign-in page instead:</Text>
      <Text style={{ fontSize: "32px", letterSpacing: "6px", fontWeight: 700, fontFamily: "Menlo, Consolas, monospace", margin: "0 0 16px" }}>
        {code}
      </Text>
      <Text style={emailStyles.muted}>The link and the code work once, until {expiresAt}.</Text>
    </EmailLayout>
  ),
  text: ({ name, link, code, expiresAt }) =>
    textEmail(
      [
        heading(name),
        textLink("Sign in on this device", link),
        `Reading this on another device? Enter this code on the sign-in page instead: ${code}`,
        `The link and the code work once, until ${expiresAt}.`,
      ],
      FOOTER,
    ),
});
