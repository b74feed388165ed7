/** What the thread's forms may send (zod). Text is kept as typed: shown as text, never HTML. */
import { z } from "zod";

export const MAX_POST = 5_000;
export const MAX_REPLY = 2_000;
export const MAX_REASON = 500;

const n = (value: number) => value.toLocaleString("en-GB");

/** A piece of writing: line breaks made plain, control characters other than tab and newline dropped. */
function writing(what: string, max: number) {
  return z
    .string({ error: `Write your ${what} first.` })
    .transform((v) => v.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""))
    .superRefine((v, ctx) => {
      if (!v.trim()) ctx.addIssue({ code: "custom", message: `Write your ${what} first.` });
      else if (v.length > max) ctx.addIssue({ code: "custom", message: `Your ${what} is ${n(v.length)} characters; the limit is ${n(max)}. Nothing was posted. Shorten it and try again.` });
    });
}

const postId = z.coerce.number({ error: "That post is not here any more." }).int().positive("That post is not here any more.");

export const threadIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("thread.post"), body: writing("post", MAX_POST) }),
  z.object({ intent: z.literal("thread.reply"), postId, body: writing("reply", MAX_REPLY) }),
  z.object({ intent: z.literal("thread.edit"), postId, body: writing("post", MAX_POST) }),
  z.object({ intent: z.literal("thread.delete"), postId }),
  z.object({ intent: z.literal("thread.react"), postId }),
  z.object({ intent: z.literal("thread.unreact"), postId }),
  z.object({
    intent: z.literal("thread.report"),
    postId,
    reason: z
      .string()
      .optional()
      .transform((v) => (v ?? "").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim())
      .refine((v) => v.length <= MAX_REASON, `Keep the reason under ${n(MAX_REASON)} characters.`),
  }),
  z.object({ intent: z.literal("thread.unshare"), postId }),
  z.object({ intent: z.literal("thread.pin"), postId }),
  z.object({ intent: z.literal("thread.unpin"), postId }),
  z.object({ intent: z.literal("thread.hide"), postId }),
  z.object({ intent: z.literal("thread.unhide"), postId }),
  z.object({ intent: z.literal("thread.resolve"), postId }),
]);
export type ThreadIntent = z.infer<typeof threadIntentSchema>;

export const isThreadIntent = (intent: unknown): boolean => typeof intent === "string" && intent.startsWith("thread.");

/** Which form an answer belongs to: "new" for a new post, "<action>-<post id>" for the rest. */
export function targetOf(intent: string, postId?: number): string {
  return intent === "thread.post" ? "new" : `${intent.slice("thread.".length)}-${postId ?? 0}`;
}
