import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { UnsubscribeFooter } from "./parts";
import { textEmail, textLink, unsubscribeText } from "./text";

const peopleText = (list: Person[], none: string) => (list.length === 0 ? none : list.map((p) => `- ${p.name} (${p.note}): ${p.url}`).join("\n"));

type Person = { name: string; url: string; note: string };
export type DigestEmailProps = { facilitator: string; cohortTitle: string; day: number; atRisk: Person[]; onTrack: Person[]; cohortUrl: string; unsubscribeUrl: string };

function People({ list }: { list: Person[] }) {
  return (
    <Text style={emailStyles.text}>
      {list.map((p, i) => (
        <span key={p.url}>
          {i > 0 ? <br /> : null}
          <Link href={p.url}>{p.name}</Link> <span style={{ color: "#4f5763" }}>({p.note})</span>
        </span>
      ))}
    </Text>
  );
}

/** Monday's digest for a cohort's facilitator: who is at risk and who is on track, by name. */
export const digestEmail = defineEmail<DigestEmailProps>({
  kind: "digest",
  transactional: false,
  subject: (p) => `${p.cohortTitle}: ${p.atRisk.length} at risk, ${p.onTrack.length} on track`,
  Body: (p) => (
    <EmailLayout preview={`Day ${p.day}. ${p.atRisk.length} people could use a word from you this week.`} footer={<UnsubscribeFooter url={p.unsubscribeUrl} digest />}>
      <Heading as="h1" style={emailStyles.h1}>
        This week in {p.cohortTitle}
      </Heading>
      <Text style={emailStyles.muted}>Day {p.day} of 30. Names link to each person's page.</Text>
      <Text style={{ ...emailStyles.text, fontWeight: 700 }}>At risk ({p.atRisk.length})</Text>
      {p.atRisk.length > 0 ? <People list={p.atRisk} /> : <Text style={emailStyles.text}>Nobody. A good week.</Text>}
      <Text style={{ ...emailStyles.text, fontWeight: 700 }}>On track ({p.onTrack.length})</Text>
      {p.onTrack.length > 0 ? <People list={p.onTrack} /> : <Text style={emailStyles.text}>Nobody yet.</Text>}
      <Button href={p.cohortUrl} style={emailStyles.button}>
        Open the cohort
      </Button>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail(
      [
        `This week in ${p.cohortTitle}`,
        `Day ${p.day} of 30.`,
        `At risk (${p.atRisk.length})\n${peopleText(p.atRisk, "Nobody. A good week.")}`,
        `On track (${p.onTrack.length})\n${peopleText(p.onTrack, "Nobody yet.")}`,
        textLink("Open the cohort", p.cohortUrl),
      ],
      unsubscribeText(p.unsubscribeUrl, true),
    ),
});
