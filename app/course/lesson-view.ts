import type { Course, Lesson } from "./content.server";

/** The lesson fields a day page shows (shared by the day page and the benchmark's control page). */
export function lessonView(lesson: Lesson, course?: Pick<Course, "conversations">) {
  const kit = new Set(lesson.conversations ?? []);
  return {
    title: lesson.title,
    pillar: lesson.pillar,
    minutes: lesson.minutes,
    summary: lesson.summary,
    html: lesson.html,
    exercise: lesson.exercise,
    reflectionQuestion: lesson.reflection,
    ratingStatement: lesson.rating,
    reading: lesson.reading ?? [],
    /** The conversation-kit scripts this day uses (second edition on), rendered. */
    conversations: (course?.conversations ?? []).filter((c) => kit.has(c.id)).map((c) => ({ id: c.id, title: c.title, summary: c.summary, html: c.html })),
  };
}
