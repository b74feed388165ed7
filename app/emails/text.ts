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

/** Why an email came and the way out, for each list a link can name (see ~/nudges/email-state). */
export const FOOTER_WORDS = {
  course: { why: "You get this email because you are enrolled in a Tripod cohort.", link: "Pause daily emails or unsubscribe" },
  digest: { why: "You get this digest because you facilitate this cohort.", link: "Turn off the weekly digest" },
  activity: { why: "You get this email, at most once a day, when people in your cohort reply to or react on your posts.", link: "Turn off activity emails" },
} as const;
export type FooterList = keyof typeof FOOTER_WORDS;

/** The footer of course email, with the unsubscribe address spelled out (`true`: the facilitators' digest). */
export function unsubscribeText(url: string, list: FooterList | boolean = "course"): string {
  const words = FOOTER_WORDS[list === true ? "digest" : list === false ? "course" : list];
  return `${words.why} ${words.link}: ${url}`;
}

export const DEFAULT_FOOTER = "Tripod: thirty days of engineering leadership across Product, Process and People.";
