/** CSV for spreadsheets (RFC 4180 quoting). Pure. */

/**
 * Quotes a field when needed, and defuses text a spreadsheet would run as a formula
 * (leading =, +, -, @, tab or carriage return) by prefixing an apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file, starting with a UTF-8 byte-order mark: without it Excel reads the file in
 * the system's legacy code page and shows "Fernández" as "FernÃ¡ndez".
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
