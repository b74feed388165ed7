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

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
