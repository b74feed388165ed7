import { csvField, toCsv } from "~/facilitation/csv";
import { digestKey, digestWeekDue } from "~/facilitation/digest";

// Started Tuesday 10 November 2026 in New York, daily, emails at 7:00 (12:00 UTC in November).
const cohort = { startsOn: "2026-11-10", timeZone: "America/New_York", schedule: "daily" as const, sendHour: 7 };

describe("the weekly digest", () => {
  it("is due from Monday at the cohort's send hour, for that Monday's week", () => {
    expect(digestWeekDue(cohort, new Date("2026-11-16T11:59:00Z"))).toBeNull();
    expect(digestWeekDue(cohort, new Date("2026-11-16T12:00:00Z"))).toBe("2026-11-16");
    expect(digestWeekDue(cohort, new Date("2026-11-19T20:00:00Z"))).toBe("2026-11-16"); // Thursday: still this week's
    expect(digestKey(4, 9, "2026-11-16")).toBe("digest/4/9/2026-11-16");
  });

  it("covers the week the course starts and the week after it ends, nothing else", () => {
    expect(digestWeekDue(cohort, new Date("2026-11-09T15:00:00Z"))).toBe("2026-11-09"); // starts that Tuesday
    expect(digestWeekDue(cohort, new Date("2026-11-02T15:00:00Z"))).toBeNull();
    // Day 30 is 9 December; the course ends at midnight on the 10th; the Monday after is the 14th.
    expect(digestWeekDue(cohort, new Date("2026-12-14T15:00:00Z"))).toBe("2026-12-14");
    expect(digestWeekDue(cohort, new Date("2026-12-21T15:00:00Z"))).toBeNull();
  });
});

describe("CSV", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('Dana "DJ" W, Jr')).toBe('"Dana ""DJ"" W, Jr"');
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(toCsv(["a", "b"], [["x", 1]])).toBe("\uFEFFa,b\r\nx,1\r\n");
  });
});
