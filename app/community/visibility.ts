/**
 * Who sees what in a cohort's day threads (pure). The rules, in order:
 *
 * - Only the cohort's own people see a thread: its active participants and its facilitators.
 * - A shared answer is in the thread while its day is complete, shared with the cohort and its
 *   author is still an active participant; otherwise it is gone for everyone, author included
 *   (they read their work on their day page), with every reply to it.
 * - A post or reply whose author has left the cohort is gone for everyone else.
 * - A hidden post is seen, marked, by its author and the cohort's facilitators only.
 * - A reply is seen only where the post it answers is seen.
 */
import { cohortMayRead, type WorkVisibilityFacts } from "~/progress/visibility";

export type ThreadViewer = { userId: number; facilitates: boolean; participates: boolean };

export type PostFacts = {
  authorId: number;
  /** The author is still in the cohort: an active participant, or one of its facilitators. */
  authorPresent: boolean;
  hidden: boolean;
  /** A shared answer: the day's work it shows (its author's active membership is `authorPresent`). */
  answer: WorkVisibilityFacts | null;
};

export type Sight = "shown" | "hidden-shown" | "none";

/** How one post (or reply, without its parent) appears to a viewer. */
export function sightOf(post: PostFacts, viewer: ThreadViewer): Sight {
  if (!viewer.facilitates && !viewer.participates) return "none";
  if (post.answer && !cohortMayRead({ ...post.answer, authorActive: post.authorPresent })) return "none";
  const own = post.authorId === viewer.userId;
  if (!post.authorPresent && !own) return "none";
  if (post.hidden) return own || viewer.facilitates ? "hidden-shown" : "none";
  return "shown";
}

/** A reply's sight: never more than its parent's. */
export function replySight(reply: PostFacts, parent: PostFacts, viewer: ThreadViewer): Sight {
  return sightOf(parent, viewer) === "none" ? "none" : sightOf(reply, viewer);
}

export const seen = (sight: Sight) => sight !== "none";
