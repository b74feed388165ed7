/**
 * Reads the curriculum from disk once, validates it, renders each lesson to sanitised
 * HTML, and keeps it all in memory. A problem stops the caller with every file and field.
 *
 * The course comes in editions (ADR 0014): `content/editions/<id>/` each hold thirty days and
 * an assessment. A cohort keeps the edition it was created with; new cohorts get the newest
 * (the highest number). A content folder without `editions/` is one edition, "1".
 */
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "~/env.server";
import { renderMarkdown } from "./markdown.server";
import { formatProblems, validateCourse, type Assessment, type ContentProblem, type ConversationContent, type DayContent, type SourceFile } from "./schema";

export type Lesson = DayContent & { html: string };
export type Conversation = ConversationContent & { html: string };
export type Course = { edition: string; days: Lesson[]; assessment: Assessment; conversations: Conversation[]; byDay: (day: number) => Lesson | undefined };

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

export function readCourseFiles(dir: string): { days: SourceFile[]; assessment: SourceFile; conversations: SourceFile[] } {
  const read = (file: string): SourceFile => ({ file: path.relative(process.cwd(), file), text: fs.readFileSync(file, "utf8") });
  const markdownIn = (folder: string) =>
    fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith(".md")).sort().map((name) => read(path.join(folder, name))) : [];
  const dayFiles = markdownIn(path.join(dir, "days"));
  const assessmentPath = path.join(dir, "assessment.yaml");
  const assessment = fs.existsSync(assessmentPath) ? read(assessmentPath) : { file: path.relative(process.cwd(), assessmentPath), text: "" };
  return { days: dayFiles, assessment, conversations: markdownIn(path.join(dir, "conversations")) };
}

/** Reads and validates one edition's folder; throws CourseContentError listing every problem. */
export function loadCourse(dir: string, edition: string): Course {
  const files = readCourseFiles(dir);
  const result = validateCourse(files.days, files.assessment, files.conversations);
  if (!result.ok) throw new CourseContentError(result.problems);
  const days = result.course.days.map((day) => ({ ...day, html: renderMarkdown(day.body) }));
  const conversations = result.course.conversations.map((c) => ({ ...c, html: renderMarkdown(c.body) }));
  const index = new Map(days.map((d) => [d.day, d]));
  return { edition, days, assessment: result.course.assessment, conversations, byDay: (day) => index.get(day) };
}

/** The editions in a content folder, oldest first: `editions/<n>/` folders, or the folder itself as edition "1". */
export function editionFolders(root: string): { id: string; dir: string }[] {
  const editions = path.join(root, "editions");
  if (!fs.existsSync(editions)) return [{ id: "1", dir: root }];
  const ids = fs
    .readdirSync(editions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[1-9]\d{0,3}$/.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => Number(a) - Number(b));
  if (ids.length === 0) throw new CourseContentError([{ file: path.relative(process.cwd(), editions), field: "(folder)", message: "holds no edition (folders named 1, 2, ...)" }]);
  return ids.map((id) => ({ id, dir: path.join(editions, id) }));
}

export type Editions = { newest: string; ids: string[]; byId: Map<string, Course> };

/** Every edition, validated together: a problem in any stops the caller with all of them. */
export function loadEditions(root = contentDir()): Editions {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, Course>();
  for (const { id, dir } of editionFolders(root)) {
    try {
      byId.set(id, loadCourse(dir, id));
    } catch (error) {
      if (!(error instanceof CourseContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new CourseContentError(problems);
  const ids = [...byId.keys()];
  return { newest: ids.at(-1)!, ids, byId };
}

declare global {
  // Loaded once per process (and kept across dev rebuilds).
  // eslint-disable-next-line no-var
  var __tripodEditions: Editions | undefined;
}

export function getEditions(): Editions {
  globalThis.__tripodEditions ??= loadEditions();
  return globalThis.__tripodEditions;
}

/** The edition new cohorts get. */
export function newestEdition(): string {
  return getEditions().newest;
}

/**
 * One edition of the course: a cohort's own (`cohort.edition`), or the newest when none is
 * given (pages about the course in general). An edition no longer on disk is an operator's
 * error, said as such.
 */
export function getCourse(edition?: string | null): Course {
  const editions = getEditions();
  const course = editions.byId.get(edition ?? editions.newest);
  if (!course) throw new Error(`Course edition "${edition}" is not in ${contentDir()}/editions (there are: ${editions.ids.join(", ")}). Cohorts keep the edition they started with: restore its folder.`);
  return course;
}
