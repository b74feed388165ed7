import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { defineEmail } from "./define";
import { EmailLayout, emailStyles } from "./EmailLayout";
import { ActionButton, UnsubscribeFooter } from "./parts";
import { addressed } from "~/account/names";
import { textEmail, textLink, unsubscribeText } from "./text";

const FINAL_AFTER = "; your report page updates when you do and then shows your growth since day 1.";
const BALANCE_NOTE = "(your lowest pillar as a share of your highest)";

/** Each pillar and its score on one line, the way the HTML's bars read. */
function reportText(p: ReportEmailProps): string {
  return textEmail(
    [
      addressed("Your balance report", p.name),
      `You completed ${p.completed} of the 30 days of ${p.cohortTitle}. ${p.makeup}`,
      p.finalOpen && `You can still take the final assessment on day 30 until ${p.finalOpen.by}${FINAL_AFTER}\n${textLink("Day 30", p.finalOpen.url)}`,
      p.scores.map((s) => `${s.name}: ${s.score} of 100`).join("\n"),
      `Balance index: ${p.balance} of 100 ${BALANCE_NOTE}.`,
      p.diagnosis,
      p.revisit.length > 0 && `Days to revisit:\n${p.revisit.map((d) => `- day ${d.day}, ${d.title}: ${d.url}`).join("\n")}`,
      textLink("Open your full report", p.reportUrl),
    ],
    unsubscribeText(p.unsubscribeUrl),
  );
}

export type ReportEmailProps = {
  name: string;
  cohortTitle: string;
  completed: number;
  /** What the scores are made of, true to the assessments taken (see ~/balance/wording). */
  makeup: string;
  /** When the final assessment is not taken yet but still possible: its day 30 link and last date. */
  finalOpen: { url: string; by: string } | null;
  balance: number;
  scores: { name: string; score: number; color: string }[];
  diagnosis: string;
  revisit: { day: number; title: string; url: string }[];
  reportUrl: string;
  unsubscribeUrl: string;
};

/** A bar chart made of table cells: it renders in mail clients without images or SVG. */
function ScoreBars({ scores }: { scores: ReportEmailProps["scores"] }) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse", margin: "8px 0 20px" }}>
      <tbody>
        {scores.map((s) => (
          <tr key={s.name}>
            <td style={{ width: "80px", padding: "6px 8px 6px 0", fontSize: "14px", fontWeight: 700, color: s.color }}>{s.name}</td>
            <td style={{ padding: "6px 0" }}>
              <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse" }}>
                <tbody>
                  <tr>
                    {s.score > 0 ? <td width={`${s.score}%`} style={{ backgroundColor: s.color, height: "14px", lineHeight: "14px", fontSize: "1px" }}>&nbsp;</td> : null}
                    {s.score < 100 ? <td width={`${100 - s.score}%`} style={{ backgroundColor: "#ece9e2", height: "14px", lineHeight: "14px", fontSize: "1px" }}>&nbsp;</td> : null}
                  </tr>
                </tbody>
              </table>
            </td>
            <td style={{ width: "44px", padding: "6px 0 6px 8px", fontSize: "14px", textAlign: "right" }}>{s.score}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Sent once after the course ends: the three scores, the balance, the diagnosis and what to revisit. */
export const reportEmail = defineEmail<ReportEmailProps>({
  kind: "report",
  transactional: false,
  subject: (p) => `Your balance report for ${p.cohortTitle}`,
  Body: (p) => (
    <EmailLayout preview={`Balance ${p.balance} of 100. ${p.scores.map((s) => `${s.name} ${s.score}`).join(", ")}.`} footer={<UnsubscribeFooter url={p.unsubscribeUrl} />}>
      <Heading as="h1" style={emailStyles.h1}>
        {addressed("Your balance report", p.name)}
      </Heading>
      <Text style={emailStyles.text}>
        You completed {p.completed} of the 30 days of {p.cohortTitle}. {p.makeup}
      </Text>
      {p.finalOpen ? (
        <Text style={emailStyles.text}>
          You can still <Link href={p.finalOpen.url}>take the final assessment on day 30</Link> until {p.finalOpen.by}
          {FINAL_AFTER}
        </Text>
      ) : null}
      <ScoreBars scores={p.scores} />
      <Text style={emailStyles.text}>
        <strong>Balance index: {p.balance} of 100</strong> {BALANCE_NOTE}.
      </Text>
      <Text style={emailStyles.text}>{p.diagnosis}</Text>
      {p.revisit.length > 0 ? (
        <Text style={emailStyles.text}>
          Days to revisit:{" "}
          {p.revisit.map((d, i) => (
            <span key={d.day}>
              {i > 0 ? ", " : ""}
              <Link href={d.url}>
                day {d.day}, {d.title}
              </Link>
            </span>
          ))}
          .
        </Text>
      ) : null}
      <ActionButton href={p.reportUrl}>Open your full report</ActionButton>
    </EmailLayout>
  ),
  text: reportText,
});
