/**
 * `npm run content:check [-- --dir content]`: validates the curriculum and prints one
 * row per day (day, pillar, title, words, minutes); exits 1 naming the file and field of
 * every problem.
 */
import { parseArgs } from "node:util";
import { CourseContentError, contentDir, loadCourse } from "~/course/content.server";
import { PILLAR_INFO } from "~/course/pillars";

const { values } = parseArgs({ options: { dir: { type: "string" } } });
const dir = values.dir ?? contentDir();

try {
  const course = loadCourse(dir);
  const rows = course.days.map((d) => [String(d.day), d.pillar, d.title, String(d.words), String(d.minutes)]);
  const header = ["day", "pillar", "title", "words", "minutes"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  const counts = Object.keys(PILLAR_INFO).map((p) => `${course.days.filter((d) => d.pillar === p).length} ${p}`);
  const words = course.days.reduce((sum, d) => sum + d.words, 0);
  console.log(`\n${course.days.length} days (${counts.join(", ")}), ${words} words; ${course.assessment.statements.length} assessment statements. Content is valid.`);
} catch (error) {
  if (!(error instanceof CourseContentError)) throw error;
  for (const p of error.problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
  console.error(`\n${error.problems.length} problem(s) in ${dir}.`);
  process.exit(1);
}
