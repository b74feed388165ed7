import ICAL from "ical.js";
import { escapeText, foldLine } from "~/cohorts/ical";
import { loader } from "~/routes/cohorts.$slug.calendar[.]ics";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { createCohort } from "../support/fixtures";
import { getRequest, runResponse } from "../support/remix";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

describe("the cohort calendar feed", () => {
  it("is valid iCalendar with the 30 lesson days as all-day events, parsed back", async () => {
    createCohort(t.db, "spring");
    const response = await runResponse(loader, getRequest("/cohorts/spring/calendar.ics"), { slug: "spring" });
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(30);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe("2026-11-10");
    expect(events[0]!.endDate.toString()).toBe("2026-11-11");
    expect(events[29]!.startDate.toString()).toBe("2026-12-09");
    expect(events[0]!.summary).toBe("Day 1: The three Ps, and where you stand today (All three)");
    expect(events[3]!.summary).toMatch(/^Day 4: .+ \(People\)$/);
    expect(events[0]!.component.getFirstPropertyValue("url")).toBe("http://localhost:3000/cohorts/spring");
    expect(new Set(events.map((e) => e.uid)).size).toBe(30);
  });

  it("is a 404 for an unknown cohort", async () => {
    expect((await runResponse(loader, getRequest("/cohorts/nope/calendar.ics"), { slug: "nope" })).status).toBe(404);
  });

  it("escapes text and folds long lines without splitting characters", () => {
    expect(escapeText("a, b; c\\d\ne")).toBe("a\\, b\\; c\\\\d\\ne");
    // A raw carriage return (alone or in CRLF) can never end the content line early; other controls go.
    expect(escapeText("Spring\rX-INJECTED:1\r\nnext\u0000\u0007")).toBe("Spring\\nX-INJECTED:1\\nnext");
    const folded = foldLine(`SUMMARY:${"é".repeat(60)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(`SUMMARY:${"é".repeat(60)}`);
  });
});
