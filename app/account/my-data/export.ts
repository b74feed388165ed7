/**
 * "Download my data": the shape of tripod-data.json (format "tripod-export", version 1), the
 * readable Markdown of each enrollment's answers, and the README that explains them. Pure: the
 * facts come in (export.server.ts reads them), text goes out. Nothing of other people is in
 * the facts: no other participant's answers or replies, no one else's address; feedback names
 * the facilitator who wrote it, as it did on the day page.
 */
import type { DayPillar } from "~/course/pillars";
import { PILLAR_INFO } from "~/course/pillars";

export const EXPORT_FORMAT = "tripod-export";
export const EXPORT_VERSION = 1;

type When = string | null; // ISO instants

export type ExportDay = {
  day: number;
  title: string;
  pillar: DayPillar | null;
  exerciseAnswer: string;
  reflection: string;
  rating: number | null;
  visibility: string;
  completedAt: When;
  updatedAt: When;
};
export type ExportAssessment = { kind: string; statementId: string; statement: string | null; pillar: string | null; rating: number; updatedAt: When };
export type ExportFeedback = { day: number; from: string; body: string; at: When; readAt: When };
export type ExportEnrollment = {
  cohort: { title: string; slug: string; edition: string; startsOn: string; timeZone: string; schedule: string };
  status: string;
  joinedAt: When;
  leftAt: When;
  days: ExportDay[];
  assessments: ExportAssessment[];
  feedbackReceived: ExportFeedback[];
  /** The certificates row of this enrollment, as stored (its verify code included), or null. */
  certificate: Record<string, unknown> | null;
};
/**
 * The person's own words in day threads. `repliesByOthers` counts the replies other people
 * wrote under it: their words are theirs, so only the count is exported.
 */
export type ExportPost = {
  id: number;
  cohort: string;
  day: number;
  kind: "post" | "reply" | "shared answer";
  inReplyTo: number | null;
  body: string;
  createdAt: When;
  editedAt: When;
  pinnedAt: When;
  hiddenAt: When;
  repliesByOthers: number;
};
export type ExportEmail = { kind: string; subject: string; status: string; createdAt: When; sentAt: When; text: string };

export type ExportFacts = {
  profile: {
    name: string;
    email: string;
    role: string;
    timeZone: string | null;
    sendHour: number | null;
    dailyEmails: boolean;
    digestEmails: boolean;
    activityEmails: boolean;
    unsubscribedAt: When;
    createdAt: When;
  };
  signedInDevices: { createdAt: When; expiresAt: When }[];
  enrollments: ExportEnrollment[];
  posts: ExportPost[];
  reactionsGiven: { cohort: string; day: number; postId: number; at: When }[];
  reportsMade: { cohort: string; day: number; postId: number; reason: string; at: When; resolvedAt: When }[];
  notifications: { kind: string; cohort: string; at: When; readAt: When; emailedAt: When }[];
  /** Facilitators only: the cohorts they run and the words they wrote there as facilitator. */
  asFacilitator: {
    cohorts: string[];
    announcements: { cohort: string; title: string; body: string; at: When }[];
    feedbackGiven: { cohort: string; day: number; body: string; at: When }[];
  } | null;
};

export function iso(date: Date | null | undefined): When {
  return date ? date.toISOString() : null;
}

/** The JSON document, streamed: everything but the emails at once, then the emails as they are read, page by page. */
export function* exportJsonChunks(facts: ExportFacts, exportedAt: Date, emails: Iterable<ExportEmail>): Generator<string> {
  const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), ...facts };
  const opening = JSON.stringify(head, null, 2);
  // The head's closing brace is replaced by the emails array, so the file stays one JSON object.
  yield `${opening.slice(0, opening.lastIndexOf("}")).trimEnd()},\n  "emailsSentToMe": [`;
  let first = true;
  for (const email of emails) {
    yield `${first ? "" : ","}\n    ${JSON.stringify(email)}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}]\n}\n`;
}

const TOKEN_URL = /https?:\/\/\S*(?:token=|\/unsubscribe\/|member=)\S*/g;

/**
 * An email as it goes into the export: links that carry a key (sign-in, unsubscribe, the
 * personal calendar) and sign-in codes are taken out, so a copy of the file left somewhere
 * cannot sign anyone in or change their email.
 */
export function exportableEmail(row: { kind: string; subject: string; status: string; createdAt: Date; sentAt: Date | null; text: string }): ExportEmail {
  const hasCode = row.kind === "sign-in" || row.kind === "welcome";
  const scrub = (s: string) => {
    const linkless = s.replace(TOKEN_URL, "[link removed from the export]");
    return hasCode ? linkless.replace(/\b\d{6}\b/g, "[code removed]") : linkless;
  };
  return { kind: row.kind, subject: scrub(row.subject), status: row.status, createdAt: iso(row.createdAt), sentAt: iso(row.sentAt), text: scrub(row.text) };
}

function pillarName(pillar: DayPillar | null): string {
  if (!pillar) return "";
  return pillar === "all" ? "All three pillars" : PILLAR_INFO[pillar].name;
}

/** One enrollment's answers as a person would read them: a section per day with work. */
export function answersMarkdown(enrollment: ExportEnrollment, person: { name: string }): string {
  const lines: string[] = [`# ${enrollment.cohort.title}`, ""];
  lines.push(`Answers of ${person.name.trim() || "you"}, exported from Tripod. Course edition ${enrollment.cohort.edition}, starting ${enrollment.cohort.startsOn}.`, "");
  if (enrollment.days.length === 0) lines.push("No saved work in this cohort.", "");
  for (const day of enrollment.days) {
    lines.push(`## Day ${day.day}: ${day.title}`, "");
    const facts = [pillarName(day.pillar), day.completedAt ? `completed ${day.completedAt.slice(0, 10)}` : "draft, not completed", day.rating ? `rating ${day.rating} of 5` : "no rating"].filter(Boolean);
    lines.push(`*${facts.join(" · ")}*`, "");
    lines.push("### Exercise", "", quoted(day.exerciseAnswer), "");
    lines.push("### Reflection", "", quoted(day.reflection), "");
  }
  const feedback = enrollment.feedbackReceived;
  if (feedback.length > 0) {
    lines.push("## Feedback you received", "");
    for (const f of feedback) lines.push(`**Day ${f.day}, from ${f.from}** (${(f.at ?? "").slice(0, 10)})`, "", quoted(f.body), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Text shown as written: a block quote, so Markdown in it stays theirs and an empty answer says so. */
function quoted(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "(nothing written)";
  return trimmed
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
}

/** answers/<cohort-slug>.md, unique even if two enrollments shared a slug. */
export function answersPath(slug: string, taken: Set<string>): string {
  const base = slug.replace(/[^a-z0-9-]/gi, "-") || "cohort";
  let name = `answers/${base}.md`;
  for (let n = 2; taken.has(name); n++) name = `answers/${base}-${n}.md`;
  taken.add(name);
  return name;
}

export function exportFileName(exportedAt: Date): string {
  return `tripod-data-${exportedAt.toISOString().slice(0, 10)}.zip`;
}

export function readmeText(exportedAt: Date, answerFiles: string[], emailBodyDays: number): string {
  return [
    "Your data from Tripod",
    "=====================",
    "",
    `Exported ${exportedAt.toISOString()}.`,
    "",
    "tripod-data.json",
    `  Everything Tripod holds about you, as one JSON object ("format": "${EXPORT_FORMAT}", "version": ${EXPORT_VERSION}):`,
    "  profile        your name, address, role, time zone, email hour and email choices",
    "  signedInDevices  when each current sign-in began and when it expires",
    "  enrollments    each cohort you joined: status and dates; days (every saved day's",
    "                 exercise answer, reflection, rating, who could read it, when completed);",
    "                 assessments (each statement and your rating); feedbackReceived (who wrote",
    "                 it, what, when); certificate (if one was issued)",
    "  posts          your own posts and replies in day threads, with cohort and day; replies",
    "                 other people wrote under your posts are counted, not copied (their words)",
    "  reactionsGiven, reportsMade, notifications",
    "  asFacilitator  (facilitators) the cohorts you run, your announcements and feedback given",
    "  emailsSentToMe every email Tripod queued or sent to you: kind, subject, status, dates and",
    "                 its plain text (sign-in links, codes and unsubscribe links are removed).",
    `                 Tripod keeps an email's text for ${emailBodyDays} days after it was sent; an older`,
    '                 email is listed with text ""',
    "",
    "answers/",
    "  One Markdown file per cohort with each day's title, pillar, your exercise answer,",
    "  reflection and rating, readable in any text editor:",
    ...answerFiles.map((f) => `  ${f}`),
    "",
    "Dates are ISO 8601 instants in UTC. Delete your account from /account in Tripod.",
    "",
  ].join("\n");
}
