import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { Fragment } from "react";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { textEmail, textLink, unsubscribeText } from "./text";

/**
 * What the cohort shares (the announcement as paragraphs of lines, plain text, in the
 * facilitator's own words to everyone), and `you`: one reader's links, stamped into the one
 * render (../emails/stamp.server).
 */
export type AnnouncementEmailProps = {
  cohortTitle: string;
  title: string;
  paragraphs: string[][];
  from: string;
  you: { homeUrl: string; unsubscribeUrl: string };
};

const sender = (p: AnnouncementEmailProps) => `From ${p.from}, to everyone in ${p.cohortTitle}.`;
const REPLY = "Replying to this email reaches the facilitator who wrote it.";

/** A facilitator's announcement to the whole cohort: one email per person. */
export const announcementEmail = defineEmail<AnnouncementEmailProps>({
  kind: "announcement",
  transactional: false,
  subject: (p) => `${p.cohortTitle}: ${p.title}`,
  Body: (p) => (
    <EmailLayout preview={(p.paragraphs[0] ?? []).join(" ").slice(0, 120)} footer={<UnsubscribeFooter url={p.you.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        {p.title}
      </Heading>
      <Text style={emailStyles.muted}>{sender(p)}</Text>
      {p.paragraphs.map((lines, i) => (
        <Text key={i} style={emailStyles.text}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
      <ActionButton href={p.you.homeUrl}>Open your course</ActionButton>
      <Text style={emailStyles.muted}>{REPLY}</Text>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail(
      [p.title, sender(p), ...p.paragraphs.map((lines) => lines.join("\n")), textLink("Open your course", p.you.homeUrl), REPLY],
      unsubscribeText(p.you.unsubscribeUrl),
    ),
});
