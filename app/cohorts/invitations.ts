/**
 * Reads a pasted list of people: one per line as `Name <email>`, a bare address, or CSV
 * `name,email` (a header row is skipped). Pure: it says what is valid and why the rest is not.
 */
import { z } from "zod";

export type Invitee = { name: string; email: string };
export type InvalidLine = { line: number; text: string; reason: string };
export type InviteList = { valid: Invitee[]; invalid: InvalidLine[] };

const email = z.email();

function nameFromEmail(address: string): string {
  const local = address.split("@")[0]!.replace(/[._-]+/g, " ").trim();
  return local.replace(/\b\w/g, (c) => c.toUpperCase()) || address;
}

export function parseInviteList(text: string): InviteList {
  const valid: Invitee[] = [];
  const invalid: InvalidLine[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (index === 0 && /^"?name"?\s*,\s*"?e-?mail"?$/i.test(line)) return;
    let name = "";
    let address = "";
    const angle = /^(.*)<([^<>]+)>$/.exec(line);
    if (angle) {
      name = angle[1]!.trim().replace(/^"|"$/g, "");
      address = angle[2]!.trim();
    } else if (line.includes(",")) {
      const [first, second, ...rest] = line.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
      if (rest.length > 0) return invalid.push({ line: index + 1, text: line, reason: "expected two columns: name,email" });
      name = first ?? "";
      address = second ?? "";
    } else {
      address = line;
    }
    address = address.toLowerCase();
    if (!email.safeParse(address).success) return invalid.push({ line: index + 1, text: line, reason: "not a valid email address" });
    if (seen.has(address)) return invalid.push({ line: index + 1, text: line, reason: "this address appears twice in the list" });
    if (name.length > 100) return invalid.push({ line: index + 1, text: line, reason: "the name is longer than 100 characters" });
    seen.add(address);
    valid.push({ name: name || nameFromEmail(address), email: address });
  });
  return { valid, invalid };
}
