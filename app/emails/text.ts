/**
 * The plain-text part of an email, written from the same data as its HTML (not converted
 * from it): paragraphs separated by blank lines, links as "label: address", and the footer
 * under a short rule.
 */
export type TextBlock = string | null | false | undefined;

export function textEmail(blocks: TextBlock[], footer: string): string {
  const body = blocks.filter((b): b is string => typeof b === "string" && b.trim() !== "").map((b) => b.trim());
  return `${body.join("\n\n")}\n\n--\n${footer.trim()}\n`;
}

export function textLink(label: string, url: string): string {
  return `${label}: ${url}`;
}

/** The footer of course email, with the unsubscribe address spelled out. */
export function unsubscribeText(url: string, digest = false): string {
  return digest
    ? `You get this digest because you facilitate this cohort. Turn off the weekly digest: ${url}`
    : `You get this email because you are enrolled in a Tripod cohort. Pause daily emails or unsubscribe: ${url}`;
}

export const DEFAULT_FOOTER = "Tripod: thirty days of engineering leadership across Product, Process and People.";
