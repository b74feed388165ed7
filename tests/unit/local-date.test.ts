import { addDays, daysBetween, instantAt, isLocalDate, isTimeZone, localDateOf, weekdayOf } from "~/time/local-date";

describe("local dates", () => {
  it("knows real dates from impostors", () => {
    expect(isLocalDate("2026-02-28")).toBe(true);
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-2-1")).toBe(false);
    expect(isLocalDate("2026-13-01")).toBe(false);
  });

  it("knows IANA zones", () => {
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("finds the local date of an instant in different zones", () => {
    const instant = new Date("2026-11-21T03:30:00Z");
    expect(localDateOf(instant, "UTC")).toBe("2026-11-21");
    expect(localDateOf(instant, "America/New_York")).toBe("2026-11-20");
    expect(localDateOf(instant, "Pacific/Auckland")).toBe("2026-11-21");
    expect(localDateOf(new Date("2026-11-21T18:29:59Z"), "Asia/Kolkata")).toBe("2026-11-21");
    expect(localDateOf(new Date("2026-11-21T18:30:00Z"), "Asia/Kolkata")).toBe("2026-11-22");
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-11-10", "2026-11-21")).toBe(11);
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
  });

  it("names weekdays", () => {
    expect(weekdayOf("2026-11-21")).toBe(6); // a Saturday
    expect(weekdayOf("2026-11-23")).toBe(1); // a Monday
  });

  it("turns a local wall-clock time into an instant, in and out of DST", () => {
    expect(instantAt("2026-01-15", 7, "America/New_York").toISOString()).toBe("2026-01-15T12:00:00.000Z");
    expect(instantAt("2026-07-15", 7, "America/New_York").toISOString()).toBe("2026-07-15T11:00:00.000Z");
    expect(instantAt("2026-07-15", 0, "Asia/Kolkata").toISOString()).toBe("2026-07-14T18:30:00.000Z");
    expect(instantAt("2026-01-15", 7, "Pacific/Auckland").toISOString()).toBe("2026-01-14T18:00:00.000Z");
  });

  it("moves a time in a DST gap to the first instant after the gap, in every zone", () => {
    // 02:30 on 8 March 2026 does not exist in New York: clocks jump from 02:00 to 03:00 EDT.
    expect(instantAt("2026-03-08", 2, "America/New_York", 30).toISOString()).toBe("2026-03-08T07:00:00.000Z");
    // Chatham jumps from 02:45 to 03:45 (+12:45 to +13:45) on 27 September 2026: 03:00 is 03:45, not 04:00.
    expect(instantAt("2026-09-27", 3, "Pacific/Chatham").toISOString()).toBe("2026-09-26T14:00:00.000Z");
    // London jumps from 01:00 to 02:00 BST on 29 March 2026.
    expect(instantAt("2026-03-29", 1, "Europe/London").toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("takes the first of a time that happens twice when clocks go back, in every zone", () => {
    // New York, 1 November 2026: 01:00 EDT (05:00Z), then 01:00 EST (06:00Z).
    expect(instantAt("2026-11-01", 1, "America/New_York").toISOString()).toBe("2026-11-01T05:00:00.000Z");
    // London, 25 October 2026: 01:00 BST (00:00Z), then 01:00 GMT (01:00Z).
    expect(instantAt("2026-10-25", 1, "Europe/London").toISOString()).toBe("2026-10-25T00:00:00.000Z");
    // Sydney, 5 April 2026: 02:00 AEDT (15:00Z on the 4th), then 02:00 AEST (16:00Z).
    expect(instantAt("2026-04-05", 2, "Australia/Sydney").toISOString()).toBe("2026-04-04T15:00:00.000Z");
    // Chatham, 5 April 2026: 03:00 at +13:45 (13:15Z on the 4th), then at +12:45 (14:15Z).
    expect(instantAt("2026-04-05", 3, "Pacific/Chatham").toISOString()).toBe("2026-04-04T13:15:00.000Z");
  });
});
