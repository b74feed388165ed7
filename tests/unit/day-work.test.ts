import { completionErrors, EMPTY_WORK, firstErrorField, mergeDayWork } from "~/progress/day-work";
import { dayWorkSchema } from "~/progress/forms";
import { facilitatorMayRead } from "~/progress/visibility";

const STORED = { exerciseAnswer: "Mapped the queue.", reflection: "Process first.", rating: 4, isPrivate: true };
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

  it("changes what the form says, including an emptied text and an unticked box", () => {
    expect(mergeDayWork(STORED, parse({ exerciseAnswer: "", isPrivate: "off", rating: "2" }))).toEqual({ ...STORED, exerciseAnswer: "", isPrivate: false, rating: 2 });
    expect(mergeDayWork(undefined, parse({ isPrivate: "on" }))).toEqual({ ...EMPTY_WORK, isPrivate: true });
  });

  it("reads the privacy pair as the browser sends it: hidden off, then the box's on when ticked", () => {
    expect(parse({ isPrivate: "on" }).isPrivate).toBe(true);
    expect(parse({ isPrivate: "off" }).isPrivate).toBe(false);
    expect(parse({}).isPrivate).toBeUndefined();
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
  });
});

describe("who reads a day's writing", () => {
  it("facilitators read completed, shared days only: never a draft, never a private day", () => {
    const at = new Date("2026-11-21T12:00:00Z");
    expect(facilitatorMayRead({ completedAt: at, isPrivate: false })).toBe(true);
    expect(facilitatorMayRead({ completedAt: at, isPrivate: true })).toBe(false);
    expect(facilitatorMayRead({ completedAt: null, isPrivate: false })).toBe(false);
  });
});
