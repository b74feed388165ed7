import { buildThread, permissionsFor, threadPage, type ThreadRow } from "~/community/thread";
import { replySight, sightOf, type PostFacts, type ThreadViewer } from "~/community/visibility";

const at = new Date("2026-11-21T12:00:00Z");
const author: ThreadViewer = { userId: 1, participates: true, facilitates: false };
const peer: ThreadViewer = { userId: 2, participates: true, facilitates: false };
const facilitator: ThreadViewer = { userId: 9, participates: false, facilitates: true };
const stranger: ThreadViewer = { userId: 5, participates: false, facilitates: false };
const post = (extra: Partial<PostFacts> = {}): PostFacts => ({ authorId: 1, authorPresent: true, hidden: false, answer: null, ...extra });

describe("who sees a post", () => {
  it("only the cohort's own people see anything", () => {
    expect(sightOf(post(), stranger)).toBe("none");
    expect(sightOf(post({ authorId: 5 }), stranger)).toBe("none");
    for (const v of [author, peer, facilitator]) expect(sightOf(post(), v)).toBe("shown");
  });

  it("a shared answer needs a complete day shared with the cohort, for everyone including its author", () => {
    const shared = post({ answer: { completedAt: at, visibility: "cohort" } });
    expect(sightOf(shared, peer)).toBe("shown");
    for (const answer of [{ completedAt: null, visibility: "cohort" as const }, { completedAt: at, visibility: "facilitators" as const }, { completedAt: at, visibility: "self" as const }]) {
      for (const v of [author, peer, facilitator]) expect(sightOf(post({ answer }), v)).toBe("none");
    }
  });

  it("a post of someone who left is gone for the others; a hidden one stays, marked, for its author and facilitators", () => {
    expect(sightOf(post({ authorPresent: false }), peer)).toBe("none");
    expect(sightOf(post({ authorPresent: false }), facilitator)).toBe("none");
    expect(sightOf(post({ hidden: true }), peer)).toBe("none");
    expect(sightOf(post({ hidden: true }), author)).toBe("hidden-shown");
    expect(sightOf(post({ hidden: true }), facilitator)).toBe("hidden-shown");
  });

  it("a reply is never seen where its parent is not", () => {
    const unshared = post({ authorId: 2, answer: { completedAt: at, visibility: "facilitators" } });
    expect(replySight(post({ authorId: 1 }), unshared, author)).toBe("none");
    expect(replySight(post({ authorId: 1 }), post({ authorId: 3, hidden: true }), peer)).toBe("none");
    expect(replySight(post({ authorId: 1 }), post({ authorId: 2 }), peer)).toBe("shown");
  });
});

const row = (id: number, extra: Partial<ThreadRow> = {}): ThreadRow => ({
  id, parentId: null, authorId: 1, authorName: "Ann", authorPresent: 1, authorFacilitates: 0, body: `post ${id}`, progressId: null, exerciseAnswer: null, reflection: null, visibility: null, completedAt: null,
  pinnedAt: null, hiddenAt: null, editedAt: null, createdAt: id * 1000, reactions: 0, reacted: 0, reportedByViewer: 0, openReports: 2, reportReasons: '["Rude"]', ...extra,
});

describe("a thread", () => {
  it("puts the latest pin first, then the newest; replies under their post, oldest first", () => {
    const rows = [row(1), row(2, { pinnedAt: 5 }), row(3, { pinnedAt: 9 }), row(4), row(6, { parentId: 1 }), row(5, { parentId: 1 })];
    const thread = buildThread(rows, peer);
    expect(thread.map((p) => p.id)).toEqual([3, 2, 4, 1]);
    expect(thread[3]!.replies.map((r) => r.id)).toEqual([5, 6]);
  });

  it("pages thirty posts at a time, a page number out of range giving the nearest page", () => {
    const posts = Array.from({ length: 65 }, (_, i) => i);
    expect(threadPage(posts, 1)).toMatchObject({ page: 1, pages: 3, total: 65, posts: posts.slice(0, 30) });
    expect(threadPage(posts, 3).posts).toEqual([60, 61, 62, 63, 64]);
    expect(threadPage(posts, 99).page).toBe(3);
    expect(threadPage(posts, Number.NaN).page).toBe(1);
    expect(threadPage([], 2)).toMatchObject({ page: 1, pages: 1, posts: [] });
  });

  it("drops what the viewer may not see, replies to it included, and shows reports to facilitators only", () => {
    const rows = [row(1, { hiddenAt: 1, authorId: 3 }), row(2, { parentId: 1 }), row(3, { progressId: 7, visibility: "self", completedAt: 1 })];
    expect(buildThread(rows, peer)).toEqual([]);
    const seen = buildThread(rows, facilitator);
    expect(seen.map((p) => [p.id, p.hidden, p.openReports, p.replies.length])).toEqual([[1, true, 2, 1]]);
    expect(seen[0]!.reportReasons).toEqual(["Rude"]);
    expect(buildThread([row(1)], peer)[0]).toMatchObject({ openReports: 0, reportReasons: [] });
  });
});

describe("what a viewer may do", () => {
  it("authors edit and delete their posts, stop sharing their answers; others react, reply, report", () => {
    expect(permissionsFor({ own: true, isAnswer: false, hidden: false, isReply: false }, author)).toMatchObject({ edit: true, delete: true, unshare: false, react: false, report: false, pin: false, hide: false });
    expect(permissionsFor({ own: true, isAnswer: true, hidden: false, isReply: false }, author)).toMatchObject({ edit: false, delete: false, unshare: true });
    expect(permissionsFor({ own: false, isAnswer: true, hidden: false, isReply: false }, peer)).toMatchObject({ react: true, reply: true, report: true, edit: false, hide: false });
    expect(permissionsFor({ own: false, isAnswer: false, hidden: false, isReply: true }, peer)).toMatchObject({ reply: false });
    expect(permissionsFor({ own: false, isAnswer: false, hidden: true, isReply: false }, facilitator)).toMatchObject({ pin: true, hide: true, report: false, reply: false, react: false });
  });
});
