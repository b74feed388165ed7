/**
 * Reads the curriculum from disk once, validates it, renders each lesson to sanitised
 * HTML, and keeps it all in memory. A problem stops the caller with every file and field.
 */
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "~/env.server";
import { renderMarkdown } from "./markdown.server";
import { formatProblems, validateCourse, type Assessment, type ContentProblem, type DayContent, type SourceFile } from "./schema";

export type Lesson = DayContent & { html: string };
export type Course = { days: Lesson[]; assessment: Assessment; byDay: (day: number) => Lesson | undefined };

export class CourseContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`The course content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = "CourseContentError";
  }
}

/** The content folder (CONTENT_DIR, default ./content from where the app was started). */
export function contentDir(): string {
  return path.resolve(getEnv().CONTENT_DIR);
}

export function readCourseFiles(dir: string): { days: SourceFile[]; assessment: SourceFile } {
  const daysDir = path.join(dir, "days");
  const read = (file: string): SourceFile => ({ file: path.relative(process.cwd(), file), text: fs.readFileSync(file, "utf8") });
  const dayFiles = fs.existsSync(daysDir)
    ? fs.readdirSync(daysDir).filter((name) => name.endsWith(".md")).sort().map((name) => read(path.join(daysDir, name)))
    : [];
  const assessmentPath = path.join(dir, "assessment.yaml");
  const assessment = fs.existsSync(assessmentPath) ? read(assessmentPath) : { file: path.relative(process.cwd(), assessmentPath), text: "" };
  return { days: dayFiles, assessment };
}

/** Reads and validates a content folder; throws CourseContentError listing every problem. */
export function loadCourse(dir = contentDir()): Course {
  const files = readCourseFiles(dir);
  const result = validateCourse(files.days, files.assessment);
  if (!result.ok) throw new CourseContentError(result.problems);
  const days = result.course.days.map((day) => ({ ...day, html: renderMarkdown(day.body) }));
  const index = new Map(days.map((d) => [d.day, d]));
  return { days, assessment: result.course.assessment, byDay: (day) => index.get(day) };
}

declare global {
  // Loaded once per process (and kept across dev rebuilds).
  // eslint-disable-next-line no-var
  var __tripodCourse: Course | undefined;
}

export function getCourse(): Course {
  globalThis.__tripodCourse ??= loadCourse();
  return globalThis.__tripodCourse;
}
