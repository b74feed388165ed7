import { useFetcher } from "@remix-run/react";
import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";
import { targetOf } from "~/community/forms";
import type { ThreadResult } from "~/community/thread-actions.server";

/** The result of a thread form sent without JavaScript (the page's action data), for the form it came from. */
export const ThreadResultContext = createContext<ThreadResult["thread"] | undefined>(undefined);

/**
 * One of the thread's forms: a plain POST to the page's own action (works without JavaScript),
 * sent by its own fetcher with JavaScript so the day's writing above is never touched. Shows its
 * own answer: a message, or an error with what was typed kept in the field.
 */
export function ThreadForm({ intent, postId, className, children, resetOnSuccess = false }: { intent: string; postId?: number; className?: string; children: (state: { busy: boolean; sent?: Record<string, string>; error?: string }) => ReactNode; resetOnSuccess?: boolean }) {
  const fetcher = useFetcher<ThreadResult>();
  const fromPage = useContext(ThreadResultContext);
  const target = targetOf(intent, postId);
  const result = fetcher.data?.thread ?? (fromPage?.target === target ? fromPage : undefined);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && fetcher.state === "idle" && fetcher.data?.thread.ok) form.current?.reset();
  }, [fetcher.state, fetcher.data, resetOnSuccess]);
  const busy = fetcher.state !== "idle";
  return (
    <fetcher.Form method="post" ref={form} className={className ?? "inline-form"} noValidate>
      <input type="hidden" name="intent" value={intent} />
      {postId !== undefined ? <input type="hidden" name="postId" value={postId} /> : null}
      {children({ busy, sent: result && !result.ok ? result.values : undefined, error: result && !result.ok ? result.error : undefined })}
      {result ? (
        <span className={result.ok ? "thread-note" : "thread-note field-error"} role={result.ok ? "status" : "alert"}>
          {result.ok ? result.message : result.error}
        </span>
      ) : null}
    </fetcher.Form>
  );
}

/** A text field of a thread form: a labelled textarea with its limit, the typed text kept after an error. */
export function ThreadText({ id, label, max, sent, error, defaultValue = "" }: { id: string; label: string; max: number; sent?: Record<string, string>; error?: string; defaultValue?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name="body" rows={3} maxLength={max} defaultValue={sent?.body ?? defaultValue} aria-invalid={error ? true : undefined} aria-describedby={`${id}-limit`} />
      <span id={`${id}-limit`} className="small muted">
        Plain text, up to {max.toLocaleString("en-GB")} characters.
      </span>
    </div>
  );
}
