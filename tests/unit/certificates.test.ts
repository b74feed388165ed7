import { certificateFields, datesWording, eligibility, finalAssessmentComplete, isCertificateCode, joinNames, linkedInAddUrl, MIN_DAYS, pdfFilename, stillNeeded } from "~/certificates/rules";

describe("who earns a certificate (issue 18)", () => {
  const ids = ["a", "b", "c"];
  it("needs every statement of the final assessment rated: a partial draft does not count", () => {
    expect(finalAssessmentComplete(ids, new Set(["a", "b", "c"]))).toBe(true);
    expect(finalAssessmentComplete(ids, new Set(["a", "c"]))).toBe(false);
    expect(finalAssessmentComplete([], new Set())).toBe(false);
  });

  it("needs 24 days and the final assessment, on an active enrollment", () => {
    expect(MIN_DAYS).toBe(24);
    expect(eligibility({ status: "active", completedDays: 24, finalComplete: true })).toEqual({ eligible: true });
    expect(eligibility({ status: "active", completedDays: 23, finalComplete: true })).toEqual({ eligible: false, missing: ["days"] });
    expect(eligibility({ status: "active", completedDays: 30, finalComplete: false })).toEqual({ eligible: false, missing: ["final"] });
    expect(eligibility({ status: "withdrawn", completedDays: 30, finalComplete: true })).toEqual({ eligible: false, missing: ["enrollment"] });
    expect(eligibility({ status: "removed", completedDays: 30, finalComplete: true }).eligible).toBe(false);
  });

  it("says what is still needed", () => {
    expect(stillNeeded({ completedDays: 23, finalComplete: false })).toBe("1 more day completed and the final assessment on day 30");
    expect(stillNeeded({ completedDays: 20, finalComplete: true })).toBe("4 more days completed");
    expect(stillNeeded({ completedDays: 26, finalComplete: false })).toBe("the final assessment on day 30");
    expect(stillNeeded({ completedDays: 24, finalComplete: true })).toBeNull();
  });
});

describe("what a certificate states", () => {
  it("dates a weekdays cohort's day 30 six weeks after its day 1, skipping weekends", () => {
    // Monday 2 March 2026: 30 weekdays end on Friday 10 April.
    const fields = certificateFields({ recipientName: " Ruth Abebe ", cohortTitle: "Spring", calendar: { startsOn: "2026-03-02", timeZone: "Europe/London", schedule: "weekdays" }, facilitators: ["Morgan Ellis", "Ada Lovelace"], daysCompleted: 27 });
    expect(fields).toMatchObject({ recipientName: "Ruth Abebe", startsOn: "2026-03-02", endsOn: "2026-04-10", facilitatorNames: "Morgan Ellis and Ada Lovelace", daysCompleted: 27 });
    const daily = certificateFields({ recipientName: "R", cohortTitle: "S", calendar: { startsOn: "2026-03-02", timeZone: "Europe/London", schedule: "daily" }, facilitators: ["M"], daysCompleted: 30 });
    expect(daily.endsOn).toBe("2026-03-31");
  });

  it("words the dates as short as reads well", () => {
    expect(datesWording("2026-03-02", "2026-03-31")).toBe("2–31 March 2026");
    expect(datesWording("2026-03-02", "2026-04-10")).toBe("2 March – 10 April 2026");
    expect(datesWording("2026-12-14", "2027-01-22")).toBe("14 December 2026 – 22 January 2027");
  });

  it("joins names as a person would", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["Ada"])).toBe("Ada");
    expect(joinNames(["Ada", "Grace"])).toBe("Ada and Grace");
    expect(joinNames(["Ada", "Grace", "Barbara"])).toBe("Ada, Grace and Barbara");
  });

  it("names the PDF in ASCII from the person's name", () => {
    expect(pdfFilename("Zoë Ångström-Øvergaard")).toBe("tripod-certificate-zoe-angstrom-overgaard.pdf");
    expect(pdfFilename("Дмитрий")).toBe("tripod-certificate.pdf");
    expect(pdfFilename('Ann "x"; rm -rf')).toBe("tripod-certificate-ann-x-rm-rf.pdf");
  });

  it("recognises a verify code: 40 lowercase hex characters only", () => {
    expect(isCertificateCode("0123456789abcdef0123456789abcdef01234567")).toBe(true);
    expect(isCertificateCode("0123456789ABCDEF0123456789abcdef01234567")).toBe(false);
    expect(isCertificateCode("0123456789abcdef0123456789abcdef0123456")).toBe(false);
    expect(isCertificateCode("../../etc/passwd")).toBe(false);
    expect(isCertificateCode(undefined)).toBe(false);
  });
});

describe("the LinkedIn link", () => {
  it("fills LinkedIn's add-certification form, each value percent-encoded", () => {
    const url = linkedInAddUrl({ courseTitle: "Engineering Leadership in 30 Days: Product, Process & People", issuedOn: "2026-04-10", verifyUrl: "https://tripod.example/certificates/abc?x=1", code: "abc" });
    expect(url.startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&")).toBe(true);
    expect(url).toContain("name=Engineering%20Leadership%20in%2030%20Days%3A%20Product%2C%20Process%20%26%20People");
    expect(url).toContain("organizationName=Tripod");
    expect(url).toContain("issueYear=2026&issueMonth=4");
    expect(url).toContain("certUrl=https%3A%2F%2Ftripod.example%2Fcertificates%2Fabc%3Fx%3D1");
    expect(url).toContain("certId=abc");
    expect(url).not.toContain("+");
    const parsed = new URL(url);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      startTask: "CERTIFICATION_NAME",
      name: "Engineering Leadership in 30 Days: Product, Process & People",
      organizationName: "Tripod",
      issueYear: "2026",
      issueMonth: "4",
      certUrl: "https://tripod.example/certificates/abc?x=1",
      certId: "abc",
    });
  });
});
