/**
 * Reads a pasted list of people to invite. Pure: it says who is in it and, for every entry
 * that is not an address, the entry verbatim and why.
 *
 * What it reads, per line (RFC 5322 mailboxes, parsed by `email-addresses`):
 * - address lists as mail programs copy them: `Barbara Liskov <barbara@example.org>, Edsger
 *   Dijkstra <edsger@example.org>`, bare addresses, quoted names with commas
 *   (`"Dijkstra, Edsger" <e@x.org>`), separated by commas or semicolons; with semicolons (as
 *   Outlook copies them) a name may carry an unquoted comma: `Dijkstra, Edsger <e@x.org>; ...`;
 * - one person per line, as `Name <email>`, a bare address, or two columns `Name, email`
 *   (comma or tab, either order) when one column is an address and the other is not;
 * - a CSV with a header row (see invite-csv.ts).
 * A bare address gives no name: the name stays empty, never guessed from the address.
 */
import addrs from "email-addresses";
import { z } from "zod";
import { MAX_ENTRIES, MAX_NAME } from "./invite-limits";

export { MAX_ENTRIES, MAX_NAME };

export type Invitee = { name: string; email: string };
/** Where an entry came from: its line in the text, and the entry itself as written. */
export type Source = { line: number; text: string };
export type Rejected = Source & { reason: string };
export type ReadList = { people: (Invitee & Source)[]; rejected: Rejected[]; truncated: boolean };


const validEmail = z.string().max(254).pipe(z.email());
/** The app's rule for an address (the sign-in and enrollment forms use the same zod check). */
export const isEmail = (email: string) => validEmail.safeParse(email).success;

type Mailbox = { name: string; email: string };

/** The name comes from the display name or, failing that, a comment: `ada@x.org (Ada Lovelace)`. */
function toMailbox(parsed: addrs.ParsedMailbox): Mailbox {
  const comment = parsed.parts.comments.map((c) => c.tokens.trim().replace(/^\((.*)\)$/s, "$1")).join(" ");
  return { name: (parsed.name ?? comment).replace(/\s+/g, " ").trim(), email: parsed.address };
}

/** One mailbox in RFC 5322 terms, or null. */
function mailbox(text: string, commaInDisplayName = false): Mailbox | null {
  const parsed = addrs.parseOneAddress({ input: text, rfc6532: true, commaInDisplayName });
  return parsed && parsed.type === "mailbox" ? toMailbox(parsed) : null;
}

/** Splits on a separator outside quotes, angle brackets and comments. */
export function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let angle = 0;
  let comment = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "(") comment++;
    else if (c === ")" && comment > 0) comment--;
    else if (comment > 0) continue;
    else if (c === "<") angle++;
    else if (c === ">" && angle > 0) angle--;
    else if (angle === 0 && separators.includes(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

const PLAIN_WORDS = /^[^@<>]+$/;

/** A column that is only a name: `Ada Lovelace` or `"Lovelace, Ada"`. */
function nameColumn(text: string): string | null {
  if (!PLAIN_WORDS.test(text)) return null;
  const unquoted = /^"(.*)"$/s.exec(text);
  return (unquoted ? unquoted[1]!.replace(/\\(.)/g, "$1") : text).replace(/\s+/g, " ").trim() || null;
}

/** Why an entry is not an address, in words a facilitator can act on. */
export function whyNotAnAddress(entry: string, nextLooksNamed = false): string {
  const angle = /<([^<>]*)>/.exec(entry);
  if (angle) {
    const inside = angle[1]!.trim();
    return inside ? `“${inside}” is not an email address` : "the angle brackets hold no address";
  }
  if (!entry.includes("@")) {
    return nextLooksNamed ? 'no email address here; if this is part of a name, put the whole name in quotes: "Dijkstra, Edsger" <edsger@example.org>' : "no email address here";
  }
  return `“${entry}” is not a complete email address`;
}

type Found = { kind: "person"; name: string; email: string; text: string } | { kind: "rejected"; text: string; reason: string };

/** Checks what the address parser found against the app's own rules (lowercase, a real domain, a name of sensible length). */
function accept(box: Mailbox, text: string): Found {
  const email = box.email.toLowerCase();
  if (!isEmail(email)) return { kind: "rejected", text, reason: `“${box.email}” is not a complete email address` };
  if (box.name.length > MAX_NAME) return { kind: "rejected", text, reason: `the name is longer than ${MAX_NAME} characters` };
  return { kind: "person", name: box.name, email, text };
}

/** Each entry of one line, in order. */
function readLine(line: string): Found[] {
  // A whole line that is a standard RFC 5322 address list (groups included): the common case, one parse.
  const list = addrs.parseAddressList({ input: line, rfc6532: true });
  if (list && list.length > 0) {
    const found = list.flatMap((a) => (a.type === "group" ? a.addresses : [a])).map((m) => accept(toMailbox(m), line));
    if (found.every((f) => f.kind === "person")) return found;
  }
  // Two columns, name and address, in either order (a spreadsheet row pasted, or `Name, email`).
  const columns = line.includes("\t") ? line.split("\t").map((c) => c.trim()).filter(Boolean) : splitTopLevel(line, ",;");
  if (columns.length === 2) {
    for (const [n, e] of [[0, 1], [1, 0]] as const) {
      const name = nameColumn(columns[n]!);
      const box = name ? mailbox(columns[e]!) : null;
      if (name && box && !box.name) return [accept({ name, email: box.email }, line)];
    }
  }
  // Entry by entry, so each bad one can be named. Semicolons separate entries whose names may hold commas.
  const semicolons = splitTopLevel(line, ";").length > 1;
  const entries = semicolons ? splitTopLevel(line, ";").flatMap((e) => (mailbox(e, true) ? [e] : splitTopLevel(e, ","))) : splitTopLevel(line, ",\t");
  return entries.map((entry, i) => {
    const box = mailbox(entry, semicolons);
    if (box) return accept(box, entry);
    const next = entries[i + 1];
    return { kind: "rejected", text: entry, reason: whyNotAnAddress(entry, !!next && PLAIN_WORDS.test(entry) && /^[^@<>]+<[^<>]+>$/.test(next)) };
  });
}

/** Reads a pasted address list; at most MAX_ENTRIES entries, the rest is cut (and said). */
export function readAddressList(text: string): ReadList {
  const people: ReadList["people"] = [];
  const rejected: Rejected[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!line) continue;
    for (const found of readLine(line)) {
      if (people.length + rejected.length >= MAX_ENTRIES) return { people, rejected, truncated: true };
      if (found.kind === "person") people.push({ name: found.name, email: found.email, line: index + 1, text: found.text });
      else rejected.push({ line: index + 1, text: found.text, reason: found.reason });
    }
  }
  return { people, rejected, truncated: false };
}

const NEEDS_QUOTES = /[()<>[\]:;@\\,."]/;

/** One person as a line of an address list: `Ada Lovelace <ada@x.org>`, `"Dijkstra, Edsger" <e@x.org>`, or the bare address. */
export function addressLine(person: Invitee): string {
  const name = person.name.replace(/[\r\n]+/g, " ").trim();
  if (!name) return person.email;
  return NEEDS_QUOTES.test(name) ? `"${name.replace(/(["\\])/g, "\\$1")}" <${person.email}>` : `${name} <${person.email}>`;
}
