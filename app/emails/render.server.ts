import { render } from "@react-email/render";
import { createElement } from "react";
import type { EmailDefinition } from "./define";

export type RenderedEmail = { subject: string; html: string; text: string };

/** HTML and plain-text parts of one email, from its definition and props. */
export async function renderEmail<P extends object>(definition: EmailDefinition<P>, props: P): Promise<RenderedEmail> {
  const element = createElement(definition.Body, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  // Layout tables (the pillar colour bar) leave runs of empty lines in the text part.
  return { subject: definition.subject(props), html, text: text.replace(/[^\S\n]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim() };
}
