import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { textEmail, textLink, unsubscribeText } from "./text";

export type ActivityLine = { text: string; excerpt: string; url: string };
/** All of it is the reader's own (stamped: ../emails/stamp.server); `excerpt` is "" for a reaction. */
export type ActivityEmailProps = { you: { greeting: string; subject: string; lines: ActivityLine[]; pageUrl: string; unsubscribeUrl: string } };

const INTRO = "New on your posts in your cohort's threads:";

/** At most one a day: the replies to and reactions on a person's posts, in the same words as the notifications page. */
export const activityEmail = defineEmail<ActivityEmailProps>({
  kind: "activity",
  transactional: false,
  subject: (p) => p.you.subject,
  Body: (p) => (
    <EmailLayout preview={p.you.lines[0]?.text ?? ""} footer={<UnsubscribeFooter url={p.you.unsubscribeUrl} list="activity" />}>
      <Heading as="h1" style={emailStyles.h1}>
        {p.you.greeting}
      </Heading>
      <Text style={emailStyles.text}>{INTRO}</Text>
      {p.you.lines.map((line, i) => (
        <Section key={i} style={{ margin: "0 0 16px", borderLeft: "4px solid #e3dfd6", paddingLeft: "12px" }}>
          <Text style={{ ...emailStyles.text, margin: "0 0 4px" }}>
            <Link href={line.url}>{line.text}</Link>
          </Text>
          {line.excerpt ? <Text style={{ ...emailStyles.muted, margin: 0 }}>“{line.excerpt}”</Text> : null}
        </Section>
      ))}
      <ActionButton href={p.you.pageUrl}>See all your notifications</ActionButton>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail(
      [p.you.greeting, INTRO, ...p.you.lines.map((l) => [l.text, l.excerpt ? `“${l.excerpt}”` : null, l.url].filter(Boolean).join("\n")), textLink("See all your notifications", p.you.pageUrl)],
      unsubscribeText(p.you.unsubscribeUrl, "activity"),
    ),
});
