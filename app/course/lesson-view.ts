import type { Lesson } from "./content.server";

/** The lesson fields a day page shows (shared by the day page and the benchmark's control page). */
export function lessonView(lesson: Lesson) {
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
  };
}
