/**
 * The curriculum's shape, as zod schemas, and a pure validator that turns raw files into
 * a course or a list of problems naming the file and field of each. No I/O here.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { PILLARS } from "./pillars";

export const COURSE_DAYS = 30;
export const BODY_WORDS = { min: 500, max: 900 } as const;
/** Reading speed for the minutes estimate (CURRICULUM.md). */
export const READING_WORDS_PER_MINUTE = 230;
/** A day's stated minutes may differ from its estimate by at most this share. */
export const MINUTES_TOLERANCE = 1 / 3;
export const CONVERSATION_WORDS = { min: 200, max: 600 } as const;

/** A core step with its honest minutes (second edition on), or a bare step (the first edition). */
const stepSchema = z.union([oneLineOf(400), z.strictObject({ minutes: z.number().int().min(1, "must be at least 1").max(30, "must be at most 30"), text: oneLineOf(400) })]);

function oneLineOf(max: number) {
  return z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
}

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
    steps: z
      .array(stepSchema)
      .min(2, "needs 2 to 5 steps")
      .max(5, "needs 2 to 5 steps")
      .refine((steps) => steps.every((s) => typeof s === "string") || steps.every((s) => typeof s !== "string"), "give every step its minutes, or none"),
    /** The bigger version of the exercise, for later in the week (untimed). */
    thisWeek: oneLine(600).optional(),
  }),
  /** Conversation-kit scripts this day uses (ids in the edition's conversations/ folder). */
  conversations: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a conversation id")).max(3).optional(),
  reflection: oneLine(300).refine((q) => q.endsWith("?"), "must be a question ending in ?"),
  rating: oneLine(200).refine((s) => s.startsWith("I can"), 'must start with "I can"'),
  reading: z.array(z.strictObject({ title: oneLine(160), author: oneLine(160) })).max(4).optional(),
});
type RawFrontMatter = z.infer<typeof dayFrontMatterSchema>;
/**
 * A day as the app uses it: the steps' words, and `coreMinutes` (their stated minutes added
 * up) when the edition gives them.
 */
export type DayFrontMatter = Omit<RawFrontMatter, "exercise"> & { exercise: { prompt: string; steps: string[]; thisWeek?: string; coreMinutes: number | null } };

/** The minutes a day really asks: its body read at 230 words a minute plus its core steps. */
export function estimatedMinutes(words: number, coreMinutes: number): number {
  return Math.round((words / READING_WORDS_PER_MINUTE + coreMinutes) * 10) / 10;
}

/** Whether the stated minutes are within a third of the estimate (pure; used by parseDay and content:check). */
export function minutesAgree(stated: number, estimate: number): boolean {
  return Math.abs(estimate - stated) <= stated * MINUTES_TOLERANCE;
}

function normalised(raw: RawFrontMatter): DayFrontMatter {
  const timed = raw.exercise.steps.every((s) => typeof s !== "string");
  return {
    ...raw,
    exercise: {
      prompt: raw.exercise.prompt,
      steps: raw.exercise.steps.map((s) => (typeof s === "string" ? s : s.text)),
      ...(raw.exercise.thisWeek ? { thisWeek: raw.exercise.thisWeek } : {}),
      coreMinutes: timed ? raw.exercise.steps.reduce((sum, s) => sum + (typeof s === "string" ? 0 : s.minutes), 0) : null,
    },
  };
}

export const assessmentSchema = z.strictObject({
  /** Said above the statements on day 1 and on day 30, word for word (second edition on). */
  instructions: oneLine(400).optional(),
  /** Asked on day 30 after the final assessment: the same statements, looking back at before day 1. */
  retrospective: oneLine(400).optional(),
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
        /** Worded against the behaviour: scored the other way round. */
        reverse: z.boolean().optional(),
        /** The lessons it measures (second edition on): every day of its pillar must be covered. */
        days: z.array(z.number().int().min(1).max(COURSE_DAYS)).min(1).optional(),
      }),
    )
    .superRefine((statements, ctx) => {
      const counts = PILLARS.map((pillar) => statements.filter((s) => s.pillar === pillar).length);
      for (const [i, pillar] of PILLARS.entries()) {
        if (counts[i]! < 4 || counts[i]! > 8) ctx.addIssue({ code: "custom", message: `needs 4 to 8 ${pillar} statements, has ${counts[i]}` });
      }
      if (new Set(counts).size > 1) ctx.addIssue({ code: "custom", message: `needs as many statements for each pillar (has ${counts.join(", ")})` });
      const ids = statements.map((s) => s.id);
      const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
      if (duplicate) ctx.addIssue({ code: "custom", message: `statement id "${duplicate}" is used twice` });
      const mismatched = statements.find((s) => !s.id.startsWith(`${s.pillar}-`));
      if (mismatched) ctx.addIssue({ code: "custom", message: `statement "${mismatched.id}" is tagged ${mismatched.pillar}` });
    }),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const conversationFrontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  title: oneLine(90),
  summary: oneLine(240),
  days: z.array(z.number().int().min(1).max(COURSE_DAYS)).min(1, "name the days that use it"),
});
/** A conversation-kit script: a short guide for a hard conversation the course asks for. */
export type ConversationContent = z.infer<typeof conversationFrontMatterSchema> & { file: string; body: string; words: number };

export type DayContent = DayFrontMatter & { file: string; body: string; words: number };
export type CourseContent = { days: DayContent[]; assessment: Assessment; conversations: ConversationContent[] };
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
  const day = parsed.success ? normalised(parsed.data) : null;
  if (day && day.exercise.coreMinutes !== null) {
    const estimate = estimatedMinutes(words, day.exercise.coreMinutes);
    if (!minutesAgree(day.minutes, estimate)) {
      problems.push({ file: source.file, field: "minutes", message: `says ${day.minutes} but reading (${words} words at ${READING_WORDS_PER_MINUTE} a minute) and the core steps (${day.exercise.coreMinutes} min) take about ${estimate}: more than a third apart` });
    }
  }
  if (!day || problems.length > 0) return { ok: false, problems };
  return { ok: true, day: { ...day, file: source.file, body, words } };
}

export function parseConversation(source: SourceFile): { ok: true; conversation: ConversationContent } | { ok: false; problems: ContentProblem[] } {
  const match = FRONT_MATTER.exec(source.text);
  if (!match) return { ok: false, problems: [{ file: source.file, field: "(front matter)", message: "must start with a --- YAML block ---" }] };
  const yaml = parseYamlText(source.file, match[1]!);
  if (!yaml.ok) return { ok: false, problems: [yaml.problem] };
  const parsed = conversationFrontMatterSchema.safeParse(yaml.value);
  const problems = parsed.success ? [] : zodProblems(source.file, parsed.error);
  const body = match[2]!.trim();
  const words = countWords(body);
  if (words < CONVERSATION_WORDS.min || words > CONVERSATION_WORDS.max) {
    problems.push({ file: source.file, field: "body", message: `has ${words} words; a conversation script needs ${CONVERSATION_WORDS.min} to ${CONVERSATION_WORDS.max}` });
  }
  if (parsed.success && source.file.split(/[\\/]/).pop() !== `${parsed.data.id}.md`) problems.push({ file: source.file, field: "id", message: `the file should be named ${parsed.data.id}.md` });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, conversation: { ...parsed.data, file: source.file, body, words } };
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
  conversationFiles: SourceFile[] = [],
): { ok: true; course: CourseContent } | { ok: false; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const conversations: ConversationContent[] = [];
  for (const source of conversationFiles) {
    const result = parseConversation(source);
    if (result.ok) conversations.push(result.conversation);
    else problems.push(...result.problems);
  }
  const kit = new Set(conversations.map((c) => c.id));
  // Where a missing day belongs: the folder of the day files, or of the assessment.
  const daysFolder = (dayFiles[0]?.file ?? assessmentFile.file.replace(/[^\\/]*$/, "days/x")).replace(/[\\/][^\\/]*$/, "");
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
  for (const day of days) {
    for (const id of day.conversations ?? []) {
      if (!kit.has(id)) problems.push({ file: day.file, field: "conversations", message: `"${id}" is not in this edition's conversation kit` });
    }
  }
  for (let n = 1; n <= COURSE_DAYS; n++) {
    if (!byDay.has(n) && !failed.has(n)) problems.push({ file: daysFolder, field: "day", message: `day ${n} is missing` });
  }
  const assessment = parseAssessment(assessmentFile);
  if (!assessment.ok) problems.push(...assessment.problems);
  else if (assessment.assessment.statements.some((s) => s.days)) {
    // An assessment that says which lessons it measures must measure every pillar day.
    for (const day of days.filter((d) => d.pillar !== "all")) {
      if (!assessment.assessment.statements.some((s) => s.pillar === day.pillar && s.days?.includes(day.day))) {
        problems.push({ file: assessmentFile.file, field: "statements", message: `no ${day.pillar} statement measures day ${day.day} (${day.title})` });
      }
    }
  }
  if (problems.length > 0 || !assessment.ok) return { ok: false, problems };
  return { ok: true, course: { days: [...byDay.values()].sort((a, b) => a.day - b.day), assessment: assessment.assessment, conversations } };
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n");
}
