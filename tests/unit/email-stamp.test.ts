/** The stamped emails are the direct render's emails, byte for byte, for any reader. */
import { congratsEmail } from "~/emails/congrats";
import { dailyEmail, dailyReader, type DailyEmailProps } from "~/emails/daily";
import { renderEmail } from "~/emails/render.server";
import { escapeHtml, stamper } from "~/emails/stamp.server";

const PILLARS = [
  { name: "Product", color: "#1d5c8c" },
  { name: "Process", color: "#7a5a00" },
  { name: "People", color: "#8a2f4a" },
];

const READERS = [
  { name: "Ada Lovelace", localHour: 7, missed: [], streak: 4 },
  { name: "José Fernández-Núñez", localHour: 23, missed: [1, 2, 3, 5], streak: 0 },
  { name: `<script>alert("x")</script> & 'Bobby' Tables`, localHour: 14, missed: [9], streak: 2 },
  { name: "\uE0000\uE001 marker lookalike", localHour: 0, missed: [1], streak: 1 },
  { name: "", localHour: 19, missed: [], streak: 30 },
];

function props(form: "lesson" | "catch-up", day: number, r: (typeof READERS)[number], i: number): DailyEmailProps {
  const url = (d: number) => `https://tripod.example/learn/${i + 1}/days/${d}?a=1&b="2"`;
  return {
    form,
    day,
    title: "Say no to the right things",
    pillar: "Product",
    summary: "A roadmap is mostly what you turn down. <Today>: one outcome & one “no”.",
    minutes: 25,
    pillars: PILLARS,
    you: dailyReader({
      name: r.name,
      form,
      summary: "A roadmap is mostly what you turn down.",
      localHour: r.localHour,
      dayUrl: url(day),
      missed: r.missed,
      next: { day: r.missed[0] ?? day, title: `Day "${r.missed[0] ?? day}" <title>`, minutes: 20 + i, url: url(r.missed[0] ?? day) },
      progress: [
        { done: i, unlocked: 4 },
        { done: 0, unlocked: 3 },
        { done: 2, unlocked: 3 },
      ],
      streak: r.streak,
      unsubscribeUrl: `https://tripod.example/unsubscribe/${String(i).repeat(40)}`,
    }),
  };
}

describe("stamping the tick's emails", () => {
  it("gives the same HTML, text and subject as rendering each email directly, hostile names included", async () => {
    const daily = stamper(dailyEmail);
    for (const form of ["lesson", "catch-up"] as const) {
      for (const [i, reader] of READERS.entries()) {
        const p = props(form, 12, reader, i);
        expect(await daily.compose(p)).toEqual(await renderEmail(dailyEmail, p));
      }
    }
    const congrats = stamper(congratsEmail);
    for (const greeting of ["Well done, Ada", `Well done, <b>"Bo"</b>`, "Well done"]) {
      const p = { you: { greeting, homeUrl: "https://tripod.example/learn/7?x=1&y=2", unsubscribeUrl: "https://tripod.example/unsubscribe/abc" } };
      expect(await congrats.compose(p)).toEqual(await renderEmail(congratsEmail, p));
    }
  });

  it("escapes what it stamps in: a reader's name never becomes markup", async () => {
    const daily = stamper(dailyEmail);
    const { html } = await daily.compose(props("catch-up", 12, READERS[2]!, 2));
    expect(html).not.toContain("<script>");
    expect(html).toContain(escapeHtml(`<script>alert("x")</script>`));
  });

  it("renders each day's email once per shape, however many read it", async () => {
    const daily = stamper(dailyEmail);
    for (let i = 0; i < 200; i++) await daily.compose(props("lesson", 12, { ...READERS[0]!, name: `Reader ${i}`, streak: 2 + (i % 5) }, i));
    expect(daily.renders()).toBe(1);
    await daily.compose(props("lesson", 13, READERS[0]!, 0));
    await daily.compose(props("lesson", 12, { ...READERS[0]!, streak: 0 }, 0)); // no streak: another shape
    expect(daily.renders()).toBe(3);
  });
});
