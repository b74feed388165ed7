/** Writes the scale benchmark's section of docs/benchmarks.md (replacing it on a re-run). */
import os from "node:os";
import { writeSection } from "../report";
import { SCALE_HEADING } from "./heading";
import type { PathReport } from "./hot-paths";
import { BURST, QUIET } from "./layout";
import { BODY_DAYS } from "./seed";

export type Figure = { name: string; value: number | string; unit: string };
type Input = { figures: Figure[]; hot: PathReport[]; rows: Record<string, number>; emails: number; load: string; loadAfter: string };

const short = (sql: string) => sql.replace(/\s+/g, " ").slice(0, 110).replace(/\|/g, "\\|") + (sql.length > 110 ? "…" : "");

export function writeScaleReport({ figures, hot, rows, emails, load, loadAfter }: Input): void {
  const counts = Object.entries(rows).map(([table, n]) => `${table} ${n.toLocaleString("en")}`).join(", ");
  const paths = hot.map((p) => {
    const slowest = p.top[0];
    return `| ${p.name} | ${p.ms} | ${Math.round(p.statements)} | ${slowest ? `${slowest.ms.toFixed(1)} ms: \`${short(slowest.sql)}\`` : ""} | ${p.scans.length} |`;
  });
  const scans = hot.flatMap((p) => p.scans.map((s) => `- **${p.name}** (${s.ms.toFixed(1)} ms, ${s.calls} call${s.calls === 1 ? "" : "s"}): \`${short(s.sql)}\`: ${s.scans.map((l) => `\`${l}\``).join(", ")}`));
  const text = `## ${SCALE_HEADING}

Written by \`npm run bench:scale\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} cores, Node ${process.version}; load average
at the start ${load}, at the end ${loadAfter}: other work shared the machine, so read the ratios,
measured in one run, rather than the absolute times). See docs/decisions/0016-one-node-and-what-next.md.

The database is a year of operation: 200 cohorts of 500 enrollments (100,000) spread over the
year, 130 finished, 56 running at varied days (30 of them in Central European zones, all sending at
07:00), 14 starting soon; daily and weekdays schedules; zones with and without summer time, half-
and quarter-hour zones; both course editions. People on track, with gaps, behind, stalled,
withdrawn, late, waitlisted and pending; answers of 300 to 900 characters; assessments, feedback,
threads, reactions, announcements, live sessions, notifications, and every email the planner's
rules would have sent (${emails.toLocaleString("en")}). Rows: ${counts}. Email older than ${BODY_DAYS} days is stored
without its HTML and text (a year of bodies would take longer to write than the benchmark has); the
table says how big the file would be with them, as the app keeps them today.

The clock stands at ${QUIET.toISOString()} (nothing due) for the pages and the quiet tick, and at
${BURST.toISOString()} (07:00 in Central Europe) for the morning burst. Pages are timed one request
at a time (median of the server's time) on a participant on track in a running cohort of 500 and
its facilitator; "control / page" is the control page's time over the page's (1 = as fast as the
control, which renders the same lesson in the same layout with no database).

| figure | value |
|---|---|
${figures.map((f) => `| ${f.name} | ${f.value} ${f.unit} |`).join("\n")}

### What the hot paths ask SQLite

Each page's loader (no rendering) and the tick, run in the benchmark's process on the same file,
every statement timed and its query plan read. A plan line that starts with SCAN reads a whole table
or index, so it grows with all the data rather than with the cohort.

| path | loader ms | statements | slowest statement | statements that scan |
|---|---|---|---|---|
${paths.join("\n")}

${scans.length > 0 ? `Statements that scan:\n\n${scans.join("\n")}` : "No statement scans."}
`;
  writeSection(SCALE_HEADING, text);
  console.log("Wrote the scale section of docs/benchmarks.md");
}
