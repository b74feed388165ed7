import { completionErrors, EMPTY_WORK, firstErrorField, mergeDayWork } from "~/progress/day-work";
import { dayWorkSchema } from "~/progress/forms";
import { cohortMayRead, facilitatorMayRead } from "~/progress/visibility";

const STORED = { exerciseAnswer: "Mapped the queue.", reflection: "Process first.", rating: 4, visibility: "self" as const };
const parse = (fields: Record<string, string>) => {
  const result = dayWorkSchema.safeParse({ intent: "save", ...fields });
  if (!result.success) throw new Error(result.error.message);
  return result.data;
};

describe("merging a save into the stored work", () => {
  it("keeps every field the form did not carry", () => {
    expect(mergeDayWork(STORED, parse({}))).toEqual(STORED);
    expect(mergeDayWork(STORED, parse({ reflection: "Edited." }))).toEqual({ ...STORED, reflection: "Edited." });
  });

  it("changes what the form says, including an emptied text and another audience", () => {
    expect(mergeDayWork(STORED, parse({ exerciseAnswer: "", visibility: "cohort", rating: "2" }))).toEqual({ ...STORED, exerciseAnswer: "", visibility: "cohort", rating: 2 });
    expect(mergeDayWork(undefined, parse({ visibility: "self" }))).toEqual({ ...EMPTY_WORK, visibility: "self" });
    expect(EMPTY_WORK.visibility).toBe("facilitators");
  });

  it("reads the three audiences, keeps the stored one when none is sent, refuses any other value", () => {
    for (const level of ["self", "facilitators", "cohort"] as const) expect(parse({ visibility: level }).visibility).toBe(level);
    expect(parse({}).visibility).toBeUndefined();
    expect(dayWorkSchema.safeParse({ intent: "save", visibility: "everyone" }).success).toBe(false);
    expect(dayWorkSchema.safeParse({ intent: "save", visibility: "on" }).success).toBe(false);
    expect(parse({ rating: "" }).rating).toBeUndefined();
  });
});

describe("completing a day", () => {
  it("needs the exercise, the reflection and a rating, judged on the merged work", () => {
    expect(Object.keys(completionErrors(EMPTY_WORK))).toEqual(["exerciseAnswer", "reflection", "rating"]);
    expect(completionErrors({ ...STORED, reflection: "   " })).toEqual({ reflection: expect.stringMatching(/reflection question/) });
    expect(completionErrors(STORED)).toEqual({});
  });

  it("takes the person to the first note in the form's own order", () => {
    expect(firstErrorField({ rating: "x", reflection: "y" })).toBe("reflection");
    expect(firstErrorField({ rating: "x", "assessment.p1": "y" }, ["p1"])).toBe("assessment.p1");
    expect(firstErrorField({ form: "Nothing was saved" })).toBeNull();
    // Day 30: the look back comes after the final assessment and before the day's rating.
    expect(firstErrorField({ rating: "x", "retro.p1": "y" }, ["p1"])).toBe("retro.p1");
    expect(firstErrorField({ "retro.p1": "y", "assessment.p2": "z" }, ["p1", "p2"])).toBe("assessment.p2");
  });
});

describe("who reads a day's writing", () => {
  it("facilitators read completed, shared days only: never a draft, never a private day", () => {
    const at = new Date("2026-11-21T12:00:00Z");
    expect(facilitatorMayRead({ completedAt: at, visibility: "facilitators" })).toBe(true);
    expect(facilitatorMayRead({ completedAt: at, visibility: "cohort" })).toBe(true);
    expect(facilitatorMayRead({ completedAt: at, visibility: "self" })).toBe(false);
    expect(facilitatorMayRead({ completedAt: null, visibility: "cohort" })).toBe(false);
  });

  it("the cohort reads a day only when it is complete, shared with the cohort and its author still a member", () => {
    const at = new Date("2026-11-21T12:00:00Z");
    expect(cohortMayRead({ completedAt: at, visibility: "cohort", authorActive: true })).toBe(true);
    expect(cohortMayRead({ completedAt: null, visibility: "cohort", authorActive: true })).toBe(false);
    expect(cohortMayRead({ completedAt: at, visibility: "facilitators", authorActive: true })).toBe(false);
    expect(cohortMayRead({ completedAt: at, visibility: "self", authorActive: true })).toBe(false);
    expect(cohortMayRead({ completedAt: at, visibility: "cohort", authorActive: false })).toBe(false);
  });
});
