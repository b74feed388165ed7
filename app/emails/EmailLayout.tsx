/**
 * The frame every Tripod email shares: the wordmark over the three pillar colours, a white
 * card, and a footer. Inline styles only, as mail clients need.
 */
import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";
import { PILLAR_HEX } from "~/course/pillars";

export const emailStyles = {
  body: { backgroundColor: "#fbfaf7", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", color: "#1c2026", margin: 0, padding: "24px 0" },
  container: { maxWidth: "560px", margin: "0 auto", backgroundColor: "#ffffff", border: "1px solid #e3dfd6", borderRadius: "10px", overflow: "hidden" },
  inner: { padding: "28px 32px" },
  brand: { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "22px", fontWeight: 700, margin: 0, padding: "20px 32px 14px" },
  h1: { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "24px", lineHeight: "30px", margin: "0 0 16px" },
  text: { fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" },
  muted: { fontSize: "14px", lineHeight: "22px", color: "#4f5763", margin: "0 0 12px" },
  /** Space below a button, so it never touches the line after it. */
  buttonRow: { margin: "8px 0 24px" },
  button: { backgroundColor: "#1c2026", color: "#ffffff", borderRadius: "6px", padding: "12px 22px", fontWeight: 600, fontSize: "16px", textDecoration: "none", display: "inline-block" },
  footer: { fontSize: "12px", lineHeight: "18px", color: "#4f5763", margin: "0", padding: "0 32px 24px" },
} as const;

function PillarRule() {
  const cell = (color: string) => <td style={{ backgroundColor: color, height: "4px", width: "33.33%", lineHeight: "4px", fontSize: "1px" }}>&nbsp;</td>;
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse" }}>
      <tbody>
        <tr>
          {cell(PILLAR_HEX.product.bar)}
          {cell(PILLAR_HEX.process.bar)}
          {cell(PILLAR_HEX.people.bar)}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The grey line mail clients show after the subject, hidden in the body. Invisible filler
 * after it keeps clients from running on into the body text. The filler is the same length
 * whatever the preview, so a stamped email (./stamp.server) matches a direct render.
 */
function PreviewLine({ text }: { text: string }) {
  return (
    <div style={{ display: "none", overflow: "hidden", lineHeight: "1px", opacity: 0, maxHeight: 0, maxWidth: 0 }} data-skip-in-text>
      {text}
      <div>{PREVIEW_FILLER}</div>
    </div>
  );
}
const PREVIEW_FILLER = "\u00a0\u200c\u200b\u200d\u200e\u200f\ufeff".repeat(60);

export function EmailLayout({ preview, children, footer }: { preview: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <PreviewLine text={preview} />
      <Body style={emailStyles.body}>
        <Container style={emailStyles.container}>
          <Text style={emailStyles.brand}>Tripod</Text>
          <PillarRule />
          <Section style={emailStyles.inner}>{children}</Section>
          {/* The divider sits inside the card's padding: a margin on an Hr pushes it past the right edge. */}
          <Section style={{ padding: "0 32px" }}>
            <Hr style={{ borderColor: "#e3dfd6", margin: "0 0 16px", width: "100%" }} />
          </Section>
          <Text style={emailStyles.footer}>
            {footer ?? "Tripod: thirty days of engineering leadership across Product, Process and People."}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
