/** Pieces the course emails share: the unsubscribe footer and the per-pillar progress lines. */
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { emailStyles } from "./EmailLayout";

export type PillarLine = { name: string; done: number; unlocked: number; color: string };

export function UnsubscribeFooter({ url, digest = false }: { url: string; digest?: boolean }) {
  return digest ? (
    <>
      You get this digest because you facilitate this cohort. <Link href={url}>Turn off the weekly digest</Link>.
    </>
  ) : (
    <>
      You get this email because you are enrolled in a Tripod cohort. <Link href={url}>Pause daily emails or unsubscribe</Link>.
    </>
  );
}

export function ProgressLines({ pillars, streak }: { pillars: PillarLine[]; streak: number }) {
  return (
    <Text style={emailStyles.muted}>
      {pillars.map((p, i) => (
        <span key={p.name}>
          {i > 0 ? " · " : ""}
          <strong style={{ color: p.color }}>{p.name}</strong> {p.done}/{p.unlocked}
        </span>
      ))}
      {streak > 1 ? ` · ${streak}-day streak` : ""}
    </Text>
  );
}
