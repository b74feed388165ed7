import { render } from "@react-email/render";
import { createElement } from "react";
import type { EmailDefinition } from "./define";

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * One email's subject, HTML and plain text. The HTML is React rendered once; the text part
 * is written from the same props by the definition, not converted from the HTML. The tick's
 * emails go through ./stamp.server instead, which renders each shared shape once.
 */
export async function renderEmail<P extends object>(definition: EmailDefinition<P>, props: P): Promise<RenderedEmail> {
  return { subject: definition.subject(props), html: await render(createElement(definition.Body, props)), text: definition.text(props) };
}
