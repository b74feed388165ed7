import { excerptOf, notificationLine, notificationLines, type NotificationRow, type PostSide } from "~/community/notification-lines";

const ME = 10;
const AMARA = 11;
const FACILITATOR = 99;

const post = (over: Partial<PostSide> = {}): PostSide => ({
  id: 1,
  day: 4,
  parentId: null,
  authorId: ME,
  authorName: "Dana Whitfield",
  authorPresent: true,
  hidden: false,
  body: "",
  answer: { completedAt: new Date("2026-11-15T12:00:00Z"), visibility: "cohort" },
  ...over,
});
const reply = (over: Partial<PostSide> = {}) => post({ id: 2, parentId: 1, authorId: AMARA, authorName: "Amara Okafor", answer: null, body: "Same here: the Friday demo fixed it for us.", ...over });

function row(over: Partial<NotificationRow> = {}): NotificationRow {
  return {
    id: 7,
    kind: "reply",
    createdAt: new Date("2026-11-16T09:00:00Z"),
    readAt: null,
    cohort: { slug: "demo", title: "Spring leadership cohort", timeZone: "America/New_York" },
    viewer: { userId: ME, facilitates: false, enrollmentId: 5 },
    actorName: "Amara Okafor",
    post: reply(),
    parent: post(),
    feedback: null,
    announcement: null,
    ...over,
  };
}

describe("notification lines", () => {
  it("say who replied to what, where, with the reply's opening words and a link to the thread", () => {
    expect(notificationLine(row())).toMatchObject({
      text: "Amara Okafor replied to your answer on day 4",
      excerpt: "Same here: the Friday demo fixed it for us.",
      href: "/learn/5/days/4#post-2",
      isNew: true,
      hidden: false,
    });
    const own = notificationLine(row({ parent: post({ answer: null }) }));
    expect(own?.text).toBe("Amara Okafor replied to your post on day 4");
    expect(notificationLine(row({ readAt: new Date() }))?.isNew).toBe(false);
  });

  it("say who found which post helpful", () => {
    expect(notificationLine(row({ kind: "reaction", post: post(), parent: null }))?.text).toBe("Amara Okafor found your answer on day 4 helpful");
    expect(notificationLine(row({ kind: "reaction", post: reply({ authorId: ME }), parent: post({ authorId: AMARA }) }))?.text).toBe("Amara Okafor found your reply on day 4 helpful");
    expect(notificationLine(row({ kind: "reaction", post: post(), parent: null }))?.excerpt).toBeNull();
  });

  it("speak of feedback and announcements in the course's words", () => {
    expect(notificationLine(row({ kind: "feedback", post: null, parent: null, feedback: { day: 6, enrollmentId: 5 }, actorName: "Morgan Ellis" }))).toMatchObject({
      text: "Your facilitator left feedback on day 6",
      href: "/learn/5/days/6",
    });
    const announcement = notificationLine(row({ kind: "announcement", post: null, parent: null, announcement: { title: "Live session moved to Thursday", body: "See you there.", authorName: "Morgan Ellis" } }));
    expect(announcement).toMatchObject({ text: "Live session moved to Thursday", href: "/learn/5", announcement: { body: "See you there.", from: "Morgan Ellis" } });
  });

  it("are gone when what they were about is gone or no longer the reader's to see", () => {
    // Deleted rows: the joins find nothing.
    expect(notificationLine(row({ post: null }))).toBeNull();
    expect(notificationLine(row({ kind: "feedback", post: null, feedback: null }))).toBeNull();
    expect(notificationLine(row({ kind: "announcement", post: null, announcement: null }))).toBeNull();
    // A reply a facilitator hid: its author and the facilitators only.
    expect(notificationLine(row({ post: reply({ hidden: true }) }))).toBeNull();
    expect(notificationLine(row({ kind: "reaction", post: reply({ hidden: true, authorId: ME }), parent: post({ authorId: AMARA }) }))?.hidden).toBe(true);
    // The reply's author left the cohort.
    expect(notificationLine(row({ post: reply({ authorPresent: false }) }))).toBeNull();
    // The answer was made "my facilitators" or "only me": its thread is gone, replies with it.
    expect(notificationLine(row({ parent: post({ answer: { completedAt: new Date(), visibility: "facilitators" } }) }))).toBeNull();
    expect(notificationLine(row({ kind: "reaction", post: post({ answer: { completedAt: new Date(), visibility: "self" } }), parent: null }))).toBeNull();
    // The reader is no longer in the cohort.
    expect(notificationLine(row({ viewer: { userId: ME, facilitates: false, enrollmentId: null } }))).toBeNull();
  });

  it("show a facilitator a hidden reply, marked, and lead them to the facilitators' thread page", () => {
    const line = notificationLine(
      row({ viewer: { userId: FACILITATOR, facilitates: true, enrollmentId: null }, post: reply({ hidden: true }), parent: post({ authorId: FACILITATOR, answer: null, authorName: "Morgan Ellis" }) }),
    );
    expect(line).toMatchObject({ text: "Amara Okafor replied to your post on day 4", hidden: true, href: "/facilitate/cohorts/demo/days/4#post-2" });
  });

  it("name someone else's post by its author, and never show an address for a person without a name", () => {
    const line = notificationLine(row({ parent: post({ authorId: 12, authorName: "Sam Lee" }), actorName: "  " }));
    expect(line?.text).toBe("Someone in your cohort replied to Sam Lee's answer on day 4");
  });

  it("keep their order and drop only the lines that cannot be seen", () => {
    const lines = notificationLines([row({ id: 3 }), row({ id: 2, post: null }), row({ id: 1 })]);
    expect(lines.map((l) => l.id)).toEqual([3, 1]);
  });
});

describe("excerpts", () => {
  it("keep short text whole on one line, and cut long text at a word with an ellipsis", () => {
    expect(excerptOf("  Two\n\nlines  ")).toBe("Two lines");
    const long = "word ".repeat(60);
    const cut = excerptOf(long, 40);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).not.toMatch(/\s…$/);
    expect(excerptOf("x".repeat(200), 40)).toBe(`${"x".repeat(40)}…`);
  });
});
