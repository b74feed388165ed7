/**
 * The curriculum's shape, as zod schemas, and a pure validator that turns raw files into
 * a course or a list of problems naming the file and field of each. No I/O here.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { PILLARS } from "./pillars";

export const COURSE_DAYS = 30;
export const BODY_WORDS = { min: 500, max: 900 } as const;

const oneLine = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const dayFrontMatterSchema = z.strictObject({
  day: z.number().int().min(1).max(COURSE_DAYS),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  title: oneLine(90),
  pillar: z.enum([...PILLARS, "all"], { error: "must be product, process, people or all" }),
  minutes: z.number().int().min(15, "must be 15 to 30").max(30, "must be 15 to 30"),
  summary: oneLine(240),
  exercise: z.strictObject({
    prompt: oneLine(400),
    steps: z.array(oneLine(400)).min(2, "needs 2 to 5 steps").max(5, "needs 2 to 5 steps"),
  }),
  reflection: oneLine(300).refine((q) => q.endsWith("?"), "must be a question ending in ?"),
  rating: oneLine(200).refine((s) => s.startsWith("I can"), 'must start with "I can"'),
  reading: z.array(z.strictObject({ title: oneLine(160), author: oneLine(160) })).max(4).optional(),
});
export type DayFrontMatter = z.infer<typeof dayFrontMatterSchema>;

export const assessmentSchema = z.strictObject({
  scale: z
    .array(z.strictObject({ value: z.number().int().min(1).max(5), label: oneLine(40) }))
    .length(5, "needs the five points 1 to 5")
    .refine((points) => points.every((p, i) => p.value === i + 1), "must list the values 1, 2, 3, 4, 5 in order"),
  statements: z
    .array(
      z.strictObject({
        id: z.string().regex(/^(product|process|people)-[a-z0-9-]+$/, "must be kebab-case and start with its pillar"),
        pillar: z.enum(PILLARS),
        text: oneLine(240).refine((t) => t.startsWith("I "), 'must start with "I "'),
      }),
    )
    .superRefine((statements, ctx) => {
      for (const pillar of PILLARS) {
        const count = statements.filter((s) => s.pillar === pillar).length;
        if (count !== 4) ctx.addIssue({ code: "custom", message: `needs exactly 4 ${pillar} statements, has ${count}` });
      }
      const ids = statements.map((s) => s.id);
      const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
      if (duplicate) ctx.addIssue({ code: "custom", message: `statement id "${duplicate}" is used twice` });
      const mismatched = statements.find((s) => !s.id.startsWith(`${s.pillar}-`));
      if (mismatched) ctx.addIssue({ code: "custom", message: `statement "${mismatched.id}" is tagged ${mismatched.pillar}` });
    }),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export type DayContent = DayFrontMatter & { file: string; body: string; words: number };
export type CourseContent = { days: DayContent[]; assessment: Assessment };
export type ContentProblem = { file: string; field: string; message: string };
export type SourceFile = { file: string; text: string };

/** Words of a markdown body: whitespace-separated tokens with at least one letter or digit. */
export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function zodProblems(file: string, error: z.ZodError, prefix = ""): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(file)",
    message: issue.message,
  }));
}

function parseYamlText(file: string, text: string): { ok: true; value: unknown } | { ok: false; problem: ContentProblem } {
  try {
    return { ok: true, value: parseYaml(text) };
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split("\n")[0]! : String(error);
    return { ok: false, problem: { file, field: "(yaml)", message } };
  }
}

export function parseDay(source: SourceFile): { ok: true; day: DayContent } | { ok: false; problems: ContentProblem[] } {
  const match = FRONT_MATTER.exec(source.text);
  if (!match) return { ok: false, problems: [{ file: source.file, field: "(front matter)", message: "must start with a --- YAML block ---" }] };
  const yaml = parseYamlText(source.file, match[1]!);
  if (!yaml.ok) return { ok: false, problems: [yaml.problem] };
  const parsed = dayFrontMatterSchema.safeParse(yaml.value);
  const problems = parsed.success ? [] : zodProblems(source.file, parsed.error);
  const body = match[2]!.trim();
  const words = countWords(body);
  if (words < BODY_WORDS.min || words > BODY_WORDS.max) {
    problems.push({ file: source.file, field: "body", message: `has ${words} words; a lesson needs ${BODY_WORDS.min} to ${BODY_WORDS.max}` });
  }
  if (parsed.success) {
    const name = source.file.split(/[\\/]/).pop()!;
    const expected = `${String(parsed.data.day).padStart(2, "0")}-${parsed.data.slug}.md`;
    if (name !== expected) problems.push({ file: source.file, field: "slug", message: `the file should be named ${expected}` });
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, day: { ...parsed.data, file: source.file, body, words } };
}

export function parseAssessment(source: SourceFile): { ok: true; assessment: Assessment } | { ok: false; problems: ContentProblem[] } {
  const yaml = parseYamlText(source.file, source.text);
  if (!yaml.ok) return { ok: false, problems: [yaml.problem] };
  const parsed = assessmentSchema.safeParse(yaml.value);
  return parsed.success ? { ok: true, assessment: parsed.data } : { ok: false, problems: zodProblems(source.file, parsed.error) };
}

/** Validates the whole course: every day file, days 1-30 exactly once, and the assessment. */
export function validateCourse(
  dayFiles: SourceFile[],
  assessmentFile: SourceFile,
): { ok: true; course: CourseContent } | { ok: false; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const days: DayContent[] = [];
  /** Day numbers (from file names) whose file failed: reported there, not again as missing. */
  const failed = new Set<number>();
  for (const source of dayFiles) {
    const result = parseDay(source);
    if (result.ok) days.push(result.day);
    else {
      problems.push(...result.problems);
      failed.add(Number.parseInt(source.file.split(/[\\/]/).pop()!, 10));
    }
  }
  const byDay = new Map<number, DayContent>();
  for (const day of days) {
    const earlier = byDay.get(day.day);
    if (earlier) problems.push({ file: day.file, field: "day", message: `day ${day.day} is also defined in ${earlier.file}` });
    else byDay.set(day.day, day);
  }
  const slugs = new Map<string, string>();
  for (const day of days) {
    const earlier = slugs.get(day.slug);
    if (earlier) problems.push({ file: day.file, field: "slug", message: `slug "${day.slug}" is also used by ${earlier}` });
    else slugs.set(day.slug, day.file);
  }
  for (let n = 1; n <= COURSE_DAYS; n++) {
    if (!byDay.has(n) && !failed.has(n)) problems.push({ file: "content/days", field: "day", message: `day ${n} is missing` });
  }
  const assessment = parseAssessment(assessmentFile);
  if (!assessment.ok) problems.push(...assessment.problems);
  if (problems.length > 0 || !assessment.ok) return { ok: false, problems };
  return { ok: true, course: { days: [...byDay.values()].sort((a, b) => a.day - b.day), assessment: assessment.assessment } };
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n");
}
