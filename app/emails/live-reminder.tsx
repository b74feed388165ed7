import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { PILLAR_HEX } from "~/course/pillars";
import { defineEmail } from "./define";
import { ActionButton } from "./parts";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { textEmail, textLink } from "./text";
import { previewText } from "./words";

/**
 * The reminder an hour before a live session. What every reader shares is the session; `you`
 * is one reader's part (display strings only, so the tick renders each session once:
 * ./stamp.server): the time in their own zone, their way in and their unsubscribe link.
 */
export type LiveReminderProps = {
  title: string;
  cohortTitle: string;
  duration: string;
  videoUrl: string;
  agenda: string;
  you: {
    greeting: string;
    /** "18:00" on the reader's clocks. */
    startTime: string;
    /** "Sunday 29 March, 18:00–19:00 (Europe/Berlin time)" */
    when: string;
    pageUrl: string;
    pageLabel: string;
    unsubscribeUrl: string;
  };
};

const opening = (p: LiveReminderProps) => `${p.you.greeting}. The live session of ${p.cohortTitle} starts within the hour.`;
const why = (p: LiveReminderProps) => `You get this reminder because you are part of ${p.cohortTitle}.`;

export const liveReminderEmail = defineEmail<LiveReminderProps>({
  kind: "live-reminder",
  transactional: false,
  subject: (p) => `Starting at ${p.you.startTime}: ${p.title}`,
  Body: (p) => (
    <EmailLayout
      preview={previewText(`${p.you.when}. ${p.agenda}`)}
      footer={
        <>
          {why(p)} <Link href={p.you.unsubscribeUrl}>Unsubscribe from course email</Link>.
        </>
      }
    >
      <Heading as="h1" style={emailStyles.h1}>
        {p.title}
      </Heading>
      <Text style={emailStyles.text}>{opening(p)}</Text>
      <Text style={{ ...emailStyles.text, fontWeight: 600 }}>
        {p.you.when} · {p.duration}
      </Text>
      <ActionButton href={p.videoUrl}>Join the session</ActionButton>
      {p.agenda ? (
        <>
          <Text style={{ ...emailStyles.muted, margin: "0 0 4px" }}>Agenda</Text>
          <Text style={{ ...emailStyles.text, whiteSpace: "pre-wrap", borderLeft: `4px solid ${PILLAR_HEX.people.bar}`, paddingLeft: "12px" }}>{p.agenda}</Text>
        </>
      ) : null}
      <Text style={emailStyles.muted}>
        <Link href={p.you.pageUrl}>{p.you.pageLabel}</Link>
      </Text>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail(
      [p.title, opening(p), `${p.you.when} · ${p.duration}`, textLink("Join the session", p.videoUrl), p.agenda ? `Agenda:\n${p.agenda}` : null, textLink(p.you.pageLabel, p.you.pageUrl)],
      `${why(p)} Unsubscribe from course email: ${p.you.unsubscribeUrl}`,
    ),
});
