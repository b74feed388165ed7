import { answersMarkdown, answersPath, exportableEmail, exportJsonChunks, readmeText, type ExportEnrollment, type ExportFacts } from "~/account/my-data/export";
import { confirmationMatches, deletionBlockers, deletionSummary, namesPerson, redactPerson } from "~/account/my-data/deletion";

const at = new Date("2026-12-01T10:00:00Z");

const enrollment: ExportEnrollment = {
  cohort: { title: "Spring leaders", slug: "spring", edition: "2", startsOn: "2026-11-02", timeZone: "Europe/London", schedule: "daily" },
  status: "active",
  joinedAt: "2026-11-01T00:00:00.000Z",
  leftAt: null,
  days: [
    { day: 2, title: "Outcomes over output", pillar: "product", exerciseAnswer: "Line one\n\nLine *two*", reflection: "", rating: 4, visibility: "facilitators", completedAt: "2026-11-03T08:00:00.000Z", updatedAt: null },
    { day: 3, title: "Integration", pillar: "all", exerciseAnswer: "Draft", reflection: "Later", rating: null, visibility: "self", completedAt: null, updatedAt: null },
  ],
  assessments: [],
  feedbackReceived: [{ day: 2, from: "Fran Facilitator", body: "Good work", at: "2026-11-04T00:00:00.000Z", readAt: null }],
  certificate: null,
};

const facts: ExportFacts = {
  profile: { name: "Ada Lovelace", email: "ada@example.org", role: "participant", timeZone: null, sendHour: null, dailyEmails: true, digestEmails: true, activityEmails: true, unsubscribedAt: null, createdAt: null },
  signedInDevices: [],
  enrollments: [enrollment],
  posts: [],
  reactionsGiven: [],
  reportsMade: [],
  notifications: [],
  asFacilitator: null,
};

describe("the export document", () => {
  it("is one JSON object, format and version first, emails streamed in at the end", () => {
    const emails = [1, 2, 3].map((n) => ({ kind: "daily", subject: `Day ${n}`, status: "sent", createdAt: null, sentAt: null, text: `Text "${n}"` }));
    const parsed = JSON.parse([...exportJsonChunks(facts, at, emails)].join(""));
    expect(Object.keys(parsed).slice(0, 3)).toEqual(["format", "version", "exportedAt"]);
    expect(parsed).toMatchObject({ format: "tripod-export", version: 1, exportedAt: at.toISOString(), profile: { email: "ada@example.org" } });
    expect(parsed.emailsSentToMe.map((e: { subject: string }) => e.subject)).toEqual(["Day 1", "Day 2", "Day 3"]);
    expect(parsed.enrollments[0].days[0].exerciseAnswer).toBe("Line one\n\nLine *two*");
  });

  it("is valid with no emails at all", () => {
    expect(JSON.parse([...exportJsonChunks(facts, at, [])].join("")).emailsSentToMe).toEqual([]);
  });

  it("reads emails lazily, one at a time", () => {
    let read = 0;
    function* emails() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield { kind: "daily", subject: "s", status: "sent", createdAt: null, sentAt: null, text: "t" };
      }
    }
    const chunks = exportJsonChunks(facts, at, emails());
    chunks.next();
    chunks.next();
    expect(read).toBe(1);
  });

  it("takes sign-in links, codes and unsubscribe links out of exported emails", () => {
    const email = exportableEmail({
      kind: "sign-in",
      subject: "Your Tripod sign-in code is 123456",
      status: "sent",
      createdAt: at,
      sentAt: at,
      text: "Sign in: https://tripod.example/login/verify?token=abcdef\nCode: 654321\nStop: https://tripod.example/unsubscribe/0123abcd",
    });
    expect(email.subject).toBe("Your Tripod sign-in code is [code removed]");
    expect(email.text).not.toMatch(/abcdef|654321|0123abcd/);
    expect(email.text).toContain("[link removed from the export]");
    // A daily email keeps its numbers (only sign-in and welcome emails carry codes).
    expect(exportableEmail({ kind: "daily", subject: "Day 2 of 30", status: "sent", createdAt: at, sentAt: null, text: "Since 202611" }).text).toBe("Since 202611");
  });
});

describe("the answers as Markdown", () => {
  const md = answersMarkdown(enrollment, { name: "Ada Lovelace" });
  it("has each saved day's title, pillar, answers and rating", () => {
    expect(md).toContain("# Spring leaders");
    expect(md).toContain("## Day 2: Outcomes over output");
    expect(md).toContain("*Product · completed 2026-11-03 · rating 4 of 5*");
    expect(md).toContain("> Line one\n>\n> Line *two*");
    expect(md).toContain("*All three pillars · draft, not completed · no rating*");
    expect(md).toContain("### Reflection\n\n(nothing written)");
    expect(md).toContain("**Day 2, from Fran Facilitator** (2026-11-04)\n\n> Good work");
  });
  it("names files per cohort, never twice the same", () => {
    const taken = new Set<string>();
    expect([answersPath("spring", taken), answersPath("spring", taken), answersPath("../x", taken)]).toEqual(["answers/spring.md", "answers/spring-2.md", "answers/---x.md"]);
  });
  it("README lists the files", () => {
    expect(readmeText(at, ["answers/spring.md"], 30)).toContain("  answers/spring.md");
    expect(readmeText(at, [], 45)).toMatch(/keeps an email's text for 45 days after it was sent; an older\s+email is listed with text ""/);
  });
});

describe("deleting an account", () => {
  it("asks for the account's own address, in any case", () => {
    expect(confirmationMatches(" Ada@Example.org ", "ada@example.org")).toBe(true);
    expect(confirmationMatches("ada@example.com", "ada@example.org")).toBe(false);
    expect(confirmationMatches("", "")).toBe(false);
  });

  it("names what goes with counts", () => {
    const lines = deletionSummary({ work: [{ cohort: "Spring", days: 12 }, { cohort: "Autumn", days: 1 }], assessmentAnswers: 18, posts: 3, repliesByOthersUnderPosts: 2, feedbackReceived: 1, pendingEmails: 4, certificates: 1, seats: 1, facilitates: 0 });
    expect(lines).toContain("13 days of work in Spring, Autumn: exercise answers, reflections and ratings.");
    expect(lines).toContain("18 assessment answers.");
    expect(lines).toContain("3 posts and replies in day threads, removed from the threads, with the 2 replies other people wrote under them.");
    expect(lines).toContain("4 emails waiting to be sent to you (cancelled), and the copies of every email sent to you.");
    expect(lines).toContain("Your certificate: the verify link will stop working.");
    expect(lines.some((l) => l.includes("cohort team"))).toBe(false);
  });

  it("refuses the only facilitator of a running cohort, and the only admin", () => {
    expect(deletionBlockers({ role: "facilitator", otherAdmins: 0, facilitated: [{ title: "Spring", otherFacilitators: 0, ended: false }] })[0]).toMatch(/only facilitator of Spring/);
    expect(deletionBlockers({ role: "facilitator", otherAdmins: 0, facilitated: [{ title: "Spring", otherFacilitators: 1, ended: false }, { title: "Old", otherFacilitators: 0, ended: true }] })).toEqual([]);
    expect(deletionBlockers({ role: "admin", otherAdmins: 0, facilitated: [] })[0]).toMatch(/only administrator/);
    expect(deletionBlockers({ role: "admin", otherAdmins: 1, facilitated: [] })).toEqual([]);
  });

  it("takes a name and address out of text as whole words, also HTML-escaped", () => {
    const ann = { name: "Ann O'Neil", email: "ann@example.org" };
    expect(redactPerson("Ann O'Neil replied. Announcements: ANN@example.org", ann, "a former participant")).toBe("A former participant replied. Announcements: a former participant");
    expect(redactPerson("<p>Ann O&#x27;Neil replied</p>", ann, "X")).toBe("<p>X replied</p>");
    expect(redactPerson("Announcement for Ann", { name: "Ann", email: "a@b.c" }, "X")).toBe("Announcement for X");
    expect(namesPerson("Joanne wrote", { name: "Anne", email: "a@b.c" })).toBe(false);
    expect(redactPerson("Anything", { name: "", email: "a@b.c" }, "X")).toBe("Anything");
  });

  it("starts a sentence with a capital where the name started one, and nowhere else", () => {
    const dana = { name: "Dana Deletia", email: "dana@example.org" };
    const redact = (text: string) => redactPerson(text, dana, "a former participant");
    expect(redact("Dana Deletia replied to your post")).toBe("A former participant replied to your post");
    expect(redact("Thanks. Dana Deletia replied! Dana Deletia? Yes")).toBe("Thanks. A former participant replied! A former participant? Yes");
    expect(redact("Hello,\n\nDana Deletia wrote:")).toBe("Hello,\n\nA former participant wrote:");
    expect(redact('<p class="x">Dana Deletia replied</p><td> Dana Deletia</td>')).toBe('<p class="x">A former participant replied</p><td> A former participant</td>');
    expect(redact("Feedback from Dana Deletia, <strong>Dana Deletia</strong>; Dana Deletia")).toBe("Feedback from a former participant, <strong>a former participant</strong>; a former participant");
  });
});
