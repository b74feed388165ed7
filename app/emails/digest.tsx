import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { textEmail, textLink, unsubscribeText } from "./text";

type Person = { name: string; url: string; note: string };
type Group = { title: string; people: Person[]; empty: string };
/** `headline`: the cohort in one line ("3 at risk, 7 catching up, 14 on track", or after the end "Course ended: ..."). */
export type DigestEmailProps = { facilitator: string; cohortTitle: string; headline: string; when: string; atRisk: number; groups: Group[]; cohortUrl: string; unsubscribeUrl: string };

const peopleText = (g: Group) => (g.people.length === 0 ? g.empty : g.people.map((p) => `- ${p.name} (${p.note}): ${p.url}`).join("\n"));

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

/** Monday's digest for a cohort's facilitator: everyone by standing, in the words the grid and the participants use. */
export const digestEmail = defineEmail<DigestEmailProps>({
  kind: "digest",
  transactional: false,
  subject: (p) => `${p.cohortTitle}: ${p.headline}`,
  Body: (p) => (
    <EmailLayout
      preview={p.atRisk > 0 ? `${p.headline}. ${p.atRisk} could use a word from you this week.` : `${p.headline}.`}
      footer={<UnsubscribeFooter url={p.unsubscribeUrl} digest />}
    >
      <Heading as="h1" style={emailStyles.h1}>
        This week in {p.cohortTitle}
      </Heading>
      <Text style={emailStyles.muted}>
        {p.when} {p.headline}. Names link to each person's page.
      </Text>
      {p.groups.map((g) => (
        <div key={g.title}>
          <Text style={{ ...emailStyles.text, fontWeight: 700 }}>{g.title}</Text>
          {g.people.length > 0 ? <People list={g.people} /> : <Text style={emailStyles.text}>{g.empty}</Text>}
        </div>
      ))}
      <ActionButton href={p.cohortUrl}>Open the cohort</ActionButton>
    </EmailLayout>
  ),
  text: (p) =>
    textEmail(
      [`This week in ${p.cohortTitle}`, `${p.when} ${p.headline}.`, ...p.groups.map((g) => `${g.title}\n${peopleText(g)}`), textLink("Open the cohort", p.cohortUrl)],
      unsubscribeText(p.unsubscribeUrl, true),
    ),
});
