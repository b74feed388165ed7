import { countWords, validateCourse, type ContentProblem } from "~/course/schema";
import { allDays, assessmentFile, dayFile } from "../support/content-fixtures";

function problemsOf(result: ReturnType<typeof validateCourse>): ContentProblem[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe("the course content schema", () => {
  it("accepts a complete, well-formed course", () => {
    const result = validateCourse(allDays(), assessmentFile());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.course.days.map((d) => d.day)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("rejects a missing day, naming it", () => {
    const days = allDays().filter((f) => !f.file.includes("/17-"));
    expect(problemsOf(validateCourse(days, assessmentFile()))).toEqual([{ file: "content/days", field: "day", message: "day 17 is missing" }]);
  });

  it("rejects a duplicate day, naming both files", () => {
    const days = [...allDays(), dayFile(5, { slug: "another-five" })];
    expect(problemsOf(validateCourse(days, assessmentFile()))).toEqual([
      { file: "content/days/05-another-five.md", field: "day", message: "day 5 is also defined in content/days/05-lesson-5.md" },
    ]);
  });

  it("rejects an unknown pillar with the file and field", () => {
    const days = allDays().map((f, i) => (i === 2 ? dayFile(3, { pillar: "politics" }) : f));
    expect(problemsOf(validateCourse(days, assessmentFile()))).toEqual([
      { file: "content/days/03-lesson-3.md", field: "pillar", message: "must be product, process, people or all" },
    ]);
  });

  it.each([
    [499, "has 499 words; a lesson needs 500 to 900"],
    [901, "has 901 words; a lesson needs 500 to 900"],
  ])("rejects a body of %i words", (n, message) => {
    const days = allDays().map((f, i) => (i === 9 ? dayFile(10, { bodyWords: n }) : f));
    expect(problemsOf(validateCourse(days, assessmentFile()))).toEqual([{ file: "content/days/10-lesson-10.md", field: "body", message }]);
  });

  it("accepts bodies of exactly 500 and 900 words", () => {
    const days = allDays().map((f, i) => (i === 0 ? dayFile(1, { bodyWords: 500 }) : i === 1 ? dayFile(2, { bodyWords: 900 }) : f));
    expect(validateCourse(days, assessmentFile()).ok).toBe(true);
  });

  it("rejects an assessment without 4 to 8 statements per pillar, as many for each", () => {
    const problems = problemsOf(validateCourse(allDays(), assessmentFile({ product: 4, process: 3, people: 5 })));
    expect(problems.map((p) => p.message)).toEqual(["needs 4 to 8 process statements, has 3", "needs as many statements for each pillar (has 4, 3, 5)"]);
    expect(problemsOf(validateCourse(allDays(), assessmentFile({ product: 9, process: 9, people: 9 }))).map((p) => p.message)).toEqual(["needs 4 to 8 product statements, has 9", "needs 4 to 8 process statements, has 9", "needs 4 to 8 people statements, has 9"]);
    expect(problems.every((p) => p.file === "content/assessment.yaml" && p.field === "statements")).toBe(true);
  });

  it("names nested fields, unknown fields and broken YAML", () => {
    const days = allDays();
    days[3] = { ...days[3]!, text: days[3]!.text.replace("    - Look at your calendar.\n", "") };
    days[4] = dayFile(5, { extra: "mood: sunny\n" });
    days[5] = { ...days[5]!, text: days[5]!.text.replace("minutes: 25", "minutes: [25") };
    const problems = problemsOf(validateCourse(days, assessmentFile()));
    expect(problems.find((p) => p.file.includes("04-"))).toMatchObject({ field: "exercise.steps", message: "needs 2 to 5 steps" });
    expect(problems.find((p) => p.file.includes("05-"))).toMatchObject({ field: "(file)" });
    expect(problems.find((p) => p.file.includes("06-"))).toMatchObject({ field: "(yaml)" });
    // Days whose files failed are not also reported as missing.
    expect(problems.some((p) => p.message.includes("missing"))).toBe(false);
  });

  it("requires the file name to match day and slug", () => {
    const days = allDays();
    days[6] = { ...days[6]!, file: "content/days/07-wrong-name.md" };
    expect(problemsOf(validateCourse(days, assessmentFile()))).toEqual([
      { file: "content/days/07-wrong-name.md", field: "slug", message: "the file should be named 07-lesson-7.md" },
    ]);
  });

  it("counts words, not markdown punctuation", () => {
    expect(countWords("## A heading\n\n- one item\n- two items\n\n> a quote — really")).toBe(9);
  });
});
