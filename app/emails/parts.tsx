/** The footer the course emails share: why this email came, and the way out. */
import type { ReactNode } from "react";
import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { emailStyles } from "./EmailLayout";
import { FOOTER_WORDS, type FooterList } from "./text";

export function UnsubscribeFooter({ url, digest = false, list = digest ? "digest" : "course" }: { url: string; digest?: boolean; list?: FooterList }) {
  const words = FOOTER_WORDS[list];
  return (
    <>
      {words.why} <Link href={url}>{words.link}</Link>.
    </>
  );
}

/** An email's call to action: one button in its own row. */
export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={emailStyles.buttonRow}>
      <Button href={href} style={emailStyles.button}>
        {children}
      </Button>
    </Section>
  );
}
