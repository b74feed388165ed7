import { render } from "@react-email/render";
import { dailyEmail, dailyReader, type DailyEmailProps } from "~/emails/daily";
import { dayRanges, greeting, previewText } from "~/emails/words";

describe("email wording", () => {
  it("greets for the reader's hour", () => {
    expect(greeting(7)).toBe("Good morning");
    expect(greeting(14)).toBe("Good afternoon");
    expect(greeting(19)).toBe("Good evening");
    expect(greeting(23)).toBe("Hello");
    expect(greeting(0)).toBe("Hello");
  });

  it("summarises days as ranges", () => {
    expect(dayRanges(Array.from({ length: 28 }, (_, i) => i + 1))).toBe("days 1–28");
    expect(dayRanges([1, 2, 3, 5, 7, 8, 9])).toBe("days 1–3, 5 and 7–9");
    expect(dayRanges([4, 5])).toBe("days 4, 5");
    expect(dayRanges([6])).toBe("day 6");
  });

  it("cuts a preview at a word, never inside one", () => {
    const long = "Your roadmap is decided mostly by what you turn down. Learn to shape it around one or two outcomes.";
    const cut = previewText(long, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long.charAt(cut.length - 1)).toMatch(/[\s.,]/);
    expect(previewText("Short.")).toBe("Short.");
  });
});

describe("the catch-up email", () => {
  const reader = (day: number) =>
    dailyReader({
      name: "Ada Lovelace",
      form: "catch-up",
      summary: "s",
      localHour: 23,
      dayUrl: `https://tripod.example/learn/1/days/${day}`,
      missed: Array.from({ length: day - 1 }, (_, i) => i + 1),
      next: { day: 1, title: "Where you stand", url: "https://tripod.example/learn/1/days/1", minutes: 30 },
      progress: [],
      streak: 0,
      unsubscribeUrl: "https://tripod.example/unsubscribe/x",
    });
  const props = (day: number): DailyEmailProps => ({ form: "catch-up", day, title: "Your operating system", pillar: "All three", summary: "s", minutes: 25, pillars: [], you: reader(day) });

  it("fits the hour and the day, names ranges, and has its own subject per day", async () => {
    const html = await render(dailyEmail.Body(props(29)));
    const text = dailyEmail.text(props(29));
    expect(text).toMatch(/Hello, Ada/i);
    expect(text).not.toMatch(/Good morning/i);
    expect(text).toMatch(/days 1–28/);
    expect(text).toMatch(/about 30 minutes/);
    expect(text).not.toMatch(/twenty minutes/);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1"/);
    expect(dailyEmail.subject(props(29))).not.toBe(dailyEmail.subject(props(28)));
  });
});
