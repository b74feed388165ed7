/**
 * The thread's actions, for the participant's day page and the facilitator's day thread alike:
 * parse, check that the post is in this thread and seen by this person, check they may do this
 * to it (./thread.ts permissionsFor), then write. A post the person cannot see answers exactly
 * like one that does not exist.
 */
import type { Db } from "~/db.server";
import { parseForm } from "~/forms/parse";
import { RateLimiter } from "~/util/rate-limit";
import { targetOf, threadIntentSchema, type ThreadIntent } from "./forms";
import { createPost, createReply, deletePost, editPost, react, reportPost, resolveReports, setHidden, setPinned, unreact, unshareAnswer } from "./posts.server";
import { permissionsFor } from "./thread";
import { postInThread, sightIn } from "./thread.server";
import type { ThreadViewer } from "./visibility";

/** What the forms get back: which form it was (`target`), and either a message or an error with what was sent. */
export type ThreadResult = {
  thread: { intent: string; target: string; ok: boolean; message?: string; error?: string; values?: Record<string, string>; postId?: number };
};

/** Writing, not reading, is limited: 30 posts and replies in 10 minutes each, which no real conversation reaches. */
const writes = new RateLimiter({ limit: 30, windowMs: 10 * 60_000 });
export const resetThreadLimits = () => writes.reset();

const MESSAGES: Record<ThreadIntent["intent"], string> = {
  "thread.post": "Posted to the day's thread.",
  "thread.reply": "Reply posted.",
  "thread.edit": "Changes saved.",
  "thread.delete": "Deleted.",
  "thread.react": "Marked as helpful.",
  "thread.unreact": "No longer marked as helpful.",
  "thread.report": "Reported. The cohort's facilitators will look at it; the author is not told who reported it.",
  "thread.unshare": "Your answer is no longer shared with the cohort. Your facilitators can still read it.",
  "thread.pin": "Pinned to the top of the thread.",
  "thread.unpin": "Unpinned.",
  "thread.hide": "Hidden: only its author and the facilitators see it now.",
  "thread.unhide": "Visible to the cohort again.",
  "thread.resolve": "Reports dismissed.",
};

type Context = { cohortId: number; day: number; viewer: ThreadViewer };
type Outcome = { status: number; body: ThreadResult };

export function threadAction(db: Db, form: FormData, ctx: Context, at: Date): Outcome {
  const parsed = parseForm(form, threadIntentSchema);
  const intent = String(form.get("intent") ?? "");
  const rawId = Number(form.get("postId"));
  const fail = (status: number, error: string, values?: Record<string, string>): Outcome => ({ status, body: { thread: { intent, target: targetOf(intent, rawId), ok: false, error, values } } });
  if (!parsed.ok) return fail(400, Object.values(parsed.errors)[0] ?? "That did not work.", parsed.values);
  const input = parsed.data;
  const done = (postId?: number): Outcome => ({ status: 200, body: { thread: { intent, target: targetOf(intent, "postId" in input ? input.postId : postId), ok: true, message: MESSAGES[input.intent], postId } } });
  const { viewer } = ctx;
  if ((input.intent === "thread.post" || input.intent === "thread.reply") && !writes.hit(String(viewer.userId), at).allowed) {
    return fail(429, "You have posted a lot in the last few minutes. Wait a little and post again; what you wrote is still here.", { body: input.body });
  }
  if (input.intent === "thread.post") return done(createPost(db, { cohortId: ctx.cohortId, day: ctx.day, authorId: viewer.userId, body: input.body }, at));

  const post = postInThread(db, input.postId, viewer.userId);
  const sight = post && post.row.cohortId === ctx.cohortId && post.row.day === ctx.day ? sightIn(post, viewer) : "none";
  if (!post || sight === "none") return fail(404, "That post is not here any more.");
  const may = permissionsFor({ own: post.row.authorId === viewer.userId, isAnswer: post.row.progressId !== null, hidden: post.row.hiddenAt !== null, isReply: post.row.parentId !== null }, viewer);
  const refuse = () => fail(403, "You cannot do that to this post.");
  switch (input.intent) {
    case "thread.reply":
      if (!may.reply) return refuse();
      return done(createReply(db, { id: post.row.id, cohortId: ctx.cohortId, day: ctx.day, authorId: post.row.authorId }, viewer.userId, input.body, at));
    case "thread.edit":
      if (!may.edit) return refuse();
      editPost(db, post.row.id, input.body, at);
      return done();
    case "thread.delete":
      if (!may.delete) return refuse();
      deletePost(db, post.row.id);
      return done();
    case "thread.react":
      if (!may.react) return refuse();
      react(db, { id: post.row.id, cohortId: ctx.cohortId, authorId: post.row.authorId }, viewer.userId, at);
      return done();
    case "thread.unreact":
      unreact(db, post.row.id, viewer.userId);
      return done();
    case "thread.report":
      if (!may.report) return refuse();
      reportPost(db, post.row.id, viewer.userId, input.reason, at);
      return done();
    case "thread.unshare":
      if (!may.unshare) return refuse();
      unshareAnswer(db, post.row.progressId!);
      return done();
    case "thread.pin":
    case "thread.unpin":
      if (!may.pin) return refuse();
      setPinned(db, post.row.id, input.intent === "thread.pin" ? at : null);
      return done();
    case "thread.hide":
    case "thread.unhide":
      if (!may.hide) return refuse();
      setHidden(db, post.row.id, viewer.userId, input.intent === "thread.hide" ? at : null);
      return done();
    case "thread.resolve":
      if (!viewer.facilitates) return refuse();
      resolveReports(db, post.row.id, viewer.userId, at);
      return done();
  }
}
