/**
 * People to invite from a CSV with a header row (a spreadsheet export, or the same pasted):
 * an email column, and a name column or first and last name columns, found by their headings
 * ("Name", "Full name", "E-mail", "Email address", "First name"...), in any case and order,
 * separated by commas, semicolons or tabs, with or without a byte-order mark. Pure.
 */
import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { MAX_UPLOAD_BYTES } from "./invite-limits";
import { addressLine, isEmail, mailbox, MAX_ENTRIES, MAX_NAME, readAddressList, shortened, whyNotAnAddress, type ReadList } from "./invitations";

export { MAX_UPLOAD_BYTES };


type Columns = { email: number; name: number | null; first: number | null; last: number | null };
const HEADINGS: Record<keyof Columns, RegExp> = {
  email: /^(e?mail|emailaddress|mailaddress|emailid)$/,
  name: /^(name|fullname|displayname|participant|person)$/,
  first: /^(first|firstname|givenname|forename)$/,
  last: /^(last|lastname|surname|familyname)$/,
};

const stripBom = (text: string) => text.replace(/^\uFEFF/, "");

function firstLine(text: string): string {
  return stripBom(text).split(/\r\n|\r|\n/).find((l) => l.trim() !== "") ?? "";
}

/** The delimiter a header line uses: whichever of tab, semicolon and comma it has most of. */
function delimiterOf(line: string): string {
  const count = (d: string) => line.split(d).length - 1;
  return ["\t", ";", ","].reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

function columnsOf(cells: string[]): Columns | null {
  const keys = cells.map((c) => c.toLowerCase().replace(/[^a-z]/g, ""));
  const find = (kind: keyof Columns) => {
    const i = keys.findIndex((k) => HEADINGS[kind].test(k));
    return i === -1 ? null : i;
  };
  const email = find("email");
  if (email === null || cells.some((c) => c.includes("@"))) return null;
  return { email, name: find("name"), first: find("first"), last: find("last") };
}

/** The header of a CSV (its delimiter and columns), or null when the text does not start with one. */
export function csvHeader(text: string): { delimiter: string; columns: Columns } | null {
  const line = firstLine(text);
  const delimiter = delimiterOf(line);
  if (!line.includes(delimiter) && !HEADINGS.email.test(line.toLowerCase().replace(/[^a-z]/g, ""))) return null;
  const columns = columnsOf(line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, "")));
  return columns ? { delimiter, columns } : null;
}

export type CsvRead = { ok: true; list: ReadList } | { ok: false; reason: string };

/** Reads a CSV whose header `csvHeader` found. */
export function readCsv(text: string, header: NonNullable<ReturnType<typeof csvHeader>>): CsvRead {
  let rows: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // With `info` and `raw` each record comes as { record, raw, info }; the typings only know plain records.
    rows = parse(stripBom(text), { delimiter: header.delimiter, info: true, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, to: MAX_ENTRIES + 2 }) as unknown as typeof rows;
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, reason: `it is not a CSV file we can read (${error.message.replace(/\.$/, "")})` };
    throw error;
  }
  const { columns } = header;
  const list: ReadList = { people: [], rejected: [], truncated: rows.length > MAX_ENTRIES + 1 };
  for (const { record, raw, info } of rows.slice(1, MAX_ENTRIES + 1)) {
    const cell = (i: number | null) => (i === null ? "" : (record[i] ?? "").trim());
    const text = shortened(raw.trim());
    if (record.every((c) => c.trim() === "")) continue;
    const source = { line: info.lines, text };
    const written = cell(columns.email);
    const parsed = written ? mailbox(written) : null;
    const email = parsed?.email.toLowerCase() ?? "";
    if (!isEmail(email)) {
      list.rejected.push({ ...source, reason: written ? whyNotAnAddress(written) : "the email column is empty" });
      continue;
    }
    const fromParts = `${cell(columns.first)} ${cell(columns.last)}`.trim();
    const name = (cell(columns.name) || fromParts || parsed?.name || "").replace(/\s+/g, " ");
    if (name.length > MAX_NAME) list.rejected.push({ ...source, reason: `the name is longer than ${MAX_NAME} characters` });
    else list.people.push({ ...source, name, email });
  }
  return { ok: true, list };
}

/** Anything pasted: a CSV when it starts with a header row, otherwise an address list. */
export function readInviteText(text: string): ReadList {
  const header = csvHeader(text);
  const csv = header ? readCsv(text, header) : null;
  return csv?.ok ? csv.list : readAddressList(text);
}

export type Upload = { ok: true; text: string } | { ok: false; reason: string };

/** A file's bytes as text: UTF-8 (a BOM is fine), or Windows-1252 as older Excel saves CSV; anything with NUL bytes is not text. */
export function decodeUpload(bytes: Uint8Array): Upload {
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, reason: `it is larger than ${MAX_UPLOAD_BYTES / 1024} KB; split it into smaller files` };
  if (bytes.includes(0)) return { ok: false, reason: "it is not a text file; save the spreadsheet as CSV and upload that" };
  try {
    return { ok: true, text: stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: true, text: new TextDecoder("windows-1252").decode(bytes) };
  }
}

/**
 * The invitation box's text with an uploaded file added, so the file is previewed, edited and
 * sent like pasted text. A file alone is kept as it is (its header row tells the reader what
 * it is); added to pasted text, its people become lines (`Name <email>`) and its other rows
 * stay verbatim, for the preview to say why.
 */
export function withUpload(pasted: string, bytes: Uint8Array): Upload {
  const decoded = decodeUpload(bytes);
  if (!decoded.ok || !pasted.trim()) return decoded;
  const header = csvHeader(decoded.text);
  const csv = header ? readCsv(decoded.text, header) : null;
  if (csv && !csv.ok) return csv;
  if (!csv) return { ok: true, text: `${pasted.trimEnd()}\n${decoded.text.trim()}` };
  const rows = [...csv.list.people.map((p) => ({ line: p.line, text: addressLine(p) })), ...csv.list.rejected.map((r) => ({ line: r.line, text: r.text }))];
  return { ok: true, text: [pasted.trimEnd(), ...rows.sort((a, b) => a.line - b.line).map((r) => r.text)].join("\n") };
}
