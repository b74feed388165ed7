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

export type Mailbox = { name: string; email: string };

/** The name comes from the display name or, failing that, a comment: `ada@x.org (Ada Lovelace)`. */
function toMailbox(parsed: addrs.ParsedMailbox): Mailbox {
  const comment = parsed.parts.comments.map((c) => c.tokens.trim().replace(/^\((.*)\)$/s, "$1")).join(" ");
  return { name: (parsed.name ?? comment).replace(/\s+/g, " ").trim(), email: parsed.address };
}

/** The longest name part worth parsing: a 100-character name, quoted, with a few escapes. */
const MAX_NAME_PART = MAX_NAME + 10;
const MAX_ADDRESS = 254;

/**
 * Whether an entry can be a mailbox at all, judged in one pass. The RFC parser slows down
 * sharply on long or odd input (a 350-character run of quotes or parentheses takes tens of
 * milliseconds, 200,000 of them overflow the stack), so only entries shaped like a mailbox
 * reach it: an @, one name of sensible length, at most one quoted string, comment and
 * angle-bracketed address, and no spaces in a bare address.
 */
export function worthParsing(entry: string): boolean {
  if (!entry.includes("@") || entry.length > MAX_NAME_PART + MAX_ADDRESS + 4) return false;
  let quotes = 0;
  let comments = 0;
  let angles = 0;
  let quoted = false;
  let nested = 0;
  let bareSpace = false;
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i]!;
    if (c === "\\") i++;
    else if (c === '"') (quotes++, (quoted = !quoted));
    else if (quoted) continue;
    else if (c === "(") (comments++, nested++);
    else if (c === ")") nested--;
    else if (c === "<") angles++;
    else if (nested === 0 && /\s/.test(c)) bareSpace = true;
  }
  if (quotes > 2 || quotes % 2 === 1 || comments > 1 || angles > 1) return false;
  const lt = entry.indexOf("<");
  if (lt === -1) return !bareSpace || /^\S+\s*\([^()]*\)$/.test(entry) || /^\([^()]*\)\s*\S+$/.test(entry);
  return lt <= MAX_NAME_PART && entry.length - lt <= MAX_ADDRESS + 4;
}

/** One mailbox in RFC 5322 terms, or null. */
export function mailbox(text: string, commaInDisplayName = false): Mailbox | null {
  if (!worthParsing(text)) return null;
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
  if (entry.length > MAX_NAME_PART + MAX_ADDRESS + 4) return "too long to be an address with a name";
  if ((entry.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1) return "a quotation mark is not closed";
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

/**
 * Each entry of one line, in order, at most `limit` of them. Entries are split here in one
 * linear pass (outside quotes, comments and angle brackets, as RFC 5322 separates an
 * address list) and each is parsed on its own, so a bad entry is named, not the whole line.
 */
function readLine(text: string, limit: number): Found[] {
  // An RFC 5322 group, `Team: a@x.org, b@x.org;` (or `undisclosed-recipients:;`), is its members.
  const group = /^[^<>@"(,;:]+:(.*?);?$/s.exec(text);
  const line = group ? group[1]!.trim() : text;
  if (!line) return [];
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
  const bySemicolon = splitTopLevel(line, ";");
  const semicolons = bySemicolon.length > 1;
  const entries: { text: string; box: Mailbox | null }[] = [];
  for (const chunk of semicolons ? bySemicolon : [line]) {
    const whole = semicolons ? mailbox(chunk, true) : null;
    if (whole) entries.push({ text: chunk, box: whole });
    else {
      for (const entry of splitTopLevel(chunk, semicolons ? "," : ",\t")) {
        if (entries.length > limit) break;
        entries.push({ text: entry, box: mailbox(entry, semicolons) });
      }
    }
    if (entries.length > limit) break;
  }
  return entries.slice(0, limit + 1).map(({ text, box }, i) => {
    if (box) return accept(box, text);
    const next = entries[i + 1]?.text;
    return { kind: "rejected", text, reason: whyNotAnAddress(text, !!next && PLAIN_WORDS.test(text) && /^[^@<>]+<[^<>]+>$/.test(next)) };
  });
}

/** An entry as written, cut to what a page can show. */
export function shortened(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Reads a pasted address list; at most MAX_ENTRIES entries, the rest is cut (and said). */
export function readAddressList(text: string): ReadList {
  const people: ReadList["people"] = [];
  const rejected: Rejected[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!line) continue;
    for (const found of readLine(line, MAX_ENTRIES - people.length - rejected.length)) {
      if (people.length + rejected.length >= MAX_ENTRIES) return { people, rejected, truncated: true };
      if (found.kind === "person") people.push({ name: found.name, email: found.email, line: index + 1, text: shortened(found.text) });
      else rejected.push({ line: index + 1, text: shortened(found.text), reason: found.reason });
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
