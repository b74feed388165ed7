import { render } from "@react-email/render";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
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

const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * The same email rendered synchronously, for an email queued inside a database transaction
 * (better-sqlite3 transactions cannot await): a certificate and its announcement are written
 * together or not at all. React Email's components hold no Suspense, so this is the HTML
 * `renderEmail` gives without the stream's empty comment markers (tested).
 */
export function renderEmailNow<P extends object>(definition: EmailDefinition<P>, props: P): RenderedEmail {
  return { subject: definition.subject(props), html: `${DOCTYPE}${renderToStaticMarkup(createElement(definition.Body, props))}`, text: definition.text(props) };
}
