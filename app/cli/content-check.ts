/**
 * `npm run content:check [-- --dir content]`: validates every edition of the curriculum and
 * prints, per edition, one row per day: day, pillar, title, words, stated minutes, and the
 * estimate (the body read at 230 words a minute plus the core steps' minutes) where the
 * edition times its steps. Exits 1 naming the file and field of every problem, including a
 * day whose minutes and estimate are more than a third apart.
 */
import { parseArgs } from "node:util";
import { CourseContentError, contentDir, loadEditions, type Course } from "~/course/content.server";
import { PILLAR_INFO } from "~/course/pillars";
import { estimatedMinutes } from "~/course/schema";

const { values } = parseArgs({ options: { dir: { type: "string" } } });
const dir = values.dir ?? contentDir();

function table(course: Course): string[] {
  const rows = course.days.map((d) => [
    String(d.day),
    d.pillar,
    d.title,
    String(d.words),
    String(d.minutes),
    d.exercise.coreMinutes === null ? "-" : String(estimatedMinutes(d.words, d.exercise.coreMinutes)),
  ]);
  const header = ["day", "pillar", "title", "words", "minutes", "estimate"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  const counts = Object.keys(PILLAR_INFO).map((p) => `${course.days.filter((d) => d.pillar === p).length} ${p}`);
  const words = course.days.reduce((sum, d) => sum + d.words, 0);
  const timed = course.days.some((d) => d.exercise.coreMinutes !== null);
  return [
    `Edition ${course.edition}`,
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
    `${course.days.length} days (${counts.join(", ")}), ${words} words; ${course.assessment.statements.length} assessment statements; ${course.conversations.length} conversation scripts.${timed ? "" : " Steps not timed (no estimate): an edition before timed steps."}`,
    "",
  ];
}

try {
  const editions = loadEditions(dir);
  for (const id of editions.ids) console.log(table(editions.byId.get(id)!).join("\n"));
  console.log(`${editions.ids.length} edition(s), newest ${editions.newest}. Content is valid.`);
} catch (error) {
  if (!(error instanceof CourseContentError)) throw error;
  for (const p of error.problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
  console.error(`\n${error.problems.length} problem(s) in ${dir}.`);
  process.exit(1);
}
