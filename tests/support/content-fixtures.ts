/** Builds valid curriculum files in memory so each test can break exactly one thing. */
import type { SourceFile } from "~/course/schema";

export const OUTLINE_PILLARS = [
  "all", "product", "process", "people", "product", "process", "all",
  "people", "product", "process", "people", "product", "process", "all",
  "people", "product", "process", "people", "product", "process", "all",
  "people", "product", "process", "people", "product", "people", "process",
  "all", "all",
] as const;

export function words(n: number): string {
  const vocabulary = ["team", "goal", "review", "ship", "listen", "plan", "coach", "measure"];
  return Array.from({ length: n }, (_, i) => vocabulary[i % vocabulary.length]).join(" ");
}

export function dayFile(day: number, overrides: { pillar?: string; bodyWords?: number; slug?: string; extra?: string } = {}): SourceFile {
  const slug = overrides.slug ?? `lesson-${day}`;
  const text = `---
day: ${day}
slug: ${slug}
title: Lesson ${day}
pillar: ${overrides.pillar ?? OUTLINE_PILLARS[day - 1]}
minutes: 25
summary: What day ${day} is about.
exercise:
  prompt: Do the thing this afternoon.
  steps:
    - Look at your calendar.
    - Write down what you found.
reflection: What surprised you?
rating: I can do the thing.
${overrides.extra ?? ""}---

${words(overrides.bodyWords ?? 600)}
`;
  return { file: `content/days/${String(day).padStart(2, "0")}-${slug}.md`, text };
}

export function allDays(): SourceFile[] {
  return Array.from({ length: 30 }, (_, i) => dayFile(i + 1));
}

export function assessmentFile(perPillar: Record<"product" | "process" | "people", number> = { product: 4, process: 4, people: 4 }): SourceFile {
  const statements = Object.entries(perPillar).flatMap(([pillar, count]) =>
    Array.from({ length: count }, (_, i) => `  - id: ${pillar}-habit-${i + 1}\n    pillar: ${pillar}\n    text: I practise ${pillar} habit ${i + 1}.`),
  );
  const text = `scale:
  - { value: 1, label: Never }
  - { value: 2, label: Rarely }
  - { value: 3, label: Sometimes }
  - { value: 4, label: Often }
  - { value: 5, label: Consistently }
statements:
${statements.join("\n")}
`;
  return { file: "content/assessment.yaml", text };
}
