import { announcementKey, announcementSchema, paragraphsOf, readLine } from "~/community/announcements";

describe("the announcement form", () => {
  const parse = (title: string, body: string) => announcementSchema.safeParse({ title, body });

  it("takes a title of 1 to 120 characters and a body of 1 to 5,000, as plain text", () => {
    expect(parse("  Live session on Thursday ", "Line one\r\nLine two")).toMatchObject({ success: true, data: { title: "Live session on Thursday", body: "Line one\nLine two" } });
    expect(parse("x".repeat(120), "y".repeat(5000)).success).toBe(true);
  });

  it("says what is wrong with each field", () => {
    const messages = (title: string, body: string) => {
      const result = parse(title, body);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(messages("  ", "\n\n")).toEqual({ title: "Give the announcement a title.", body: "Write the announcement." });
    expect(messages("x".repeat(121), "ok").title).toBe("The title is 121 characters; keep it to 120.");
    expect(messages("ok", "y".repeat(5001)).body).toBe("The announcement is 5,001 characters; the limit is 5,000. Nothing was sent. Shorten it and send again.");
    expect(announcementSchema.safeParse({}).success).toBe(false);
  });
});

describe("announcement text", () => {
  it("becomes paragraphs at blank lines and keeps single line breaks", () => {
    expect(paragraphsOf("Hello all,\n\nFirst line\nsecond line\r\n\r\n\r\n  \nLast <b>words</b>\n")).toEqual([["Hello all,"], ["First line", "second line"], ["Last <b>words</b>"]]);
    expect(paragraphsOf("")).toEqual([]);
  });

  it("has one email key per announcement and person, and a read count in words", () => {
    expect(announcementKey(3, 41)).toBe("announcement/3/41");
    expect(readLine(0, 0)).toBe("Nobody was in the cohort to receive it.");
    expect(readLine(3, 24)).toBe("Read by 3 of 24.");
    expect(readLine(24, 24)).toBe("Read by all 24.");
    expect(readLine(1, 1)).toBe("Read by its one recipient.");
  });
});
