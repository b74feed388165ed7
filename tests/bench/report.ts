/**
 * docs/benchmarks.md is written by more than one benchmark: each owns its `## ` sections and
 * replaces them on a re-run, keeping the others' as they are.
 */
import fs from "node:fs";

export const BENCHMARKS_FILE = "docs/benchmarks.md";

/** The `## heading` section of `text` (from its heading to the next `## ` or the end), or null. */
export function sectionOf(text: string, heading: string): string | null {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start === -1) return null;
  const next = text.indexOf("\n## ", start + 1);
  return text.slice(start + 1, next === -1 ? text.length : next + 1);
}

/** `text` with its `## heading` section replaced by `section` (appended when absent). */
export function withSection(text: string, heading: string, section: string): string {
  const body = section.endsWith("\n") ? section : `${section}\n`;
  const old = sectionOf(text, heading);
  if (old !== null) return text.replace(old, body);
  return `${text.trimEnd()}\n\n${body}`;
}

/** Writes `section` as the file's `## heading` section, leaving the rest of the file alone. */
export function writeSection(heading: string, section: string, file = BENCHMARKS_FILE): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  fs.writeFileSync(file, withSection(text, heading, section));
}

/** `## heading` sections another benchmark wrote, to carry over when this one rewrites the file. */
export function keptSections(headings: string[], file = BENCHMARKS_FILE): string {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  return headings.map((h) => sectionOf(text, h)).filter((s): s is string => s !== null).map((s) => `\n${s.trimEnd()}\n`).join("");
}
