import { MAX_POST, MAX_REASON, MAX_REPLY } from "~/community/forms";
import type { ShownEntry, ShownPost } from "~/community/thread";
import { ThreadForm, ThreadText } from "./ThreadForm";

/** A one-button action, optionally behind a confirming step (a details element: no JavaScript needed). */
function Action({ intent, postId, label, confirm }: { intent: string; postId: number; label: string; confirm?: { question: string; yes: string } }) {
  const button = (busy: boolean) => (
    <button type="submit" className={confirm ? "button button-small button-danger" : "link-button"} disabled={busy}>
      {confirm ? confirm.yes : label}
    </button>
  );
  if (!confirm) return <ThreadForm intent={intent} postId={postId}>{({ busy }) => button(busy)}</ThreadForm>;
  return (
    <details className="thread-more">
      <summary className="link-button">{label}</summary>
      <ThreadForm intent={intent} postId={postId} className="thread-confirm">
        {({ busy }) => (
          <>
            <span>{confirm.question}</span> {button(busy)}
          </>
        )}
      </ThreadForm>
    </details>
  );
}

/** A form behind a "more" summary: reply, edit, report. Open again after a refusal, with what was typed. */
function Disclosure({ label, intent, postId, children, submit, open }: { label: string; intent: string; postId: number; submit: string; open?: boolean; children: (state: { sent?: Record<string, string>; error?: string }) => React.ReactNode }) {
  return (
    <details className="thread-more" open={open}>
      <summary className="link-button">{label}</summary>
      <ThreadForm intent={intent} postId={postId} className="stack thread-compose" resetOnSuccess>
        {({ busy, sent, error }) => (
          <>
            {children({ sent, error })}
            <div>
              <button type="submit" className="button button-small" disabled={busy}>
                {submit}
              </button>
            </div>
          </>
        )}
      </ThreadForm>
    </details>
  );
}

function Body({ entry }: { entry: ShownEntry }) {
  if (!entry.answer) return <p className="white-space-pre thread-body">{entry.body}</p>;
  return (
    <div className="thread-body">
      <h4 className="thread-label">Exercise</h4>
      <p className="white-space-pre">{entry.answer.exerciseAnswer}</p>
      <h4 className="thread-label">Reflection</h4>
      <p className="white-space-pre">{entry.answer.reflection}</p>
    </div>
  );
}

/** One post or reply with the buttons this viewer has. */
export function ThreadEntry({ entry, reply = false }: { entry: ShownEntry; reply?: boolean }) {
  const { may } = entry;
  const helpful = entry.reactions > 0 ? `${entry.reactions} found this helpful` : null;
  return (
    <article id={`post-${entry.id}`} className={`thread-entry${entry.hidden ? " thread-hidden" : ""}${entry.pinned ? " thread-pinned" : ""}`} aria-label={`${reply ? "Reply" : entry.answer ? "Shared answer" : "Post"} by ${entry.author}`}>
      <header className="thread-meta">
        <strong>{entry.author}</strong>
        {entry.byFacilitator ? <span className="tag">Facilitator</span> : null}
        {entry.answer ? <span className="tag">Shared answer</span> : null}
        {entry.pinned ? <span className="tag tag-pinned">Pinned</span> : null}
        <span className="small muted">
          {entry.when}
          {entry.edited ? " · edited" : ""}
        </span>
      </header>
      {entry.hidden ? <p className="notice notice-warn small">Hidden by a facilitator. Only {entry.own ? "you" : "its author"} and the cohort's facilitators see it.</p> : null}
      {entry.openReports > 0 ? (
        <div className="notice notice-error small">
          Reported by {entry.openReports === 1 ? "one participant" : `${entry.openReports} participants`}
          {entry.reportReasons.length > 0 ? ":" : "."}
          {entry.reportReasons.map((reason, i) => (
            <q key={i} className="report-reason">
              {reason}
            </q>
          ))}
        </div>
      ) : null}
      <Body entry={entry} />
      <div className="thread-actions">
        {may.react ? (
          <ThreadForm intent={entry.reacted ? "thread.unreact" : "thread.react"} postId={entry.id}>
            {({ busy }) => (
              <button type="submit" className="chip-button" aria-pressed={entry.reacted} disabled={busy}>
                {entry.reacted ? "✓ This helped me" : "This helped me"}
                {entry.reactions > 0 ? <span className="chip-count"> · {entry.reactions}</span> : null}
              </button>
            )}
          </ThreadForm>
        ) : helpful ? (
          <span className="small muted">{helpful}</span>
        ) : null}
        {may.reply ? (
          <Disclosure label="Reply" intent="thread.reply" postId={entry.id} submit="Post reply">
            {({ sent, error }) => <ThreadText id={`reply-${entry.id}`} label={`Your reply to ${entry.author}`} max={MAX_REPLY} sent={sent} error={error} />}
          </Disclosure>
        ) : null}
        {may.edit ? (
          <Disclosure label="Edit" intent="thread.edit" postId={entry.id} submit="Save changes">
            {({ sent, error }) => <ThreadText id={`edit-${entry.id}`} label="Your words" max={MAX_POST} sent={sent} error={error} defaultValue={entry.body} />}
          </Disclosure>
        ) : null}
        {may.delete ? <Action intent="thread.delete" postId={entry.id} label="Delete" confirm={{ question: reply ? "Delete this reply?" : "Delete this post and its replies?", yes: "Delete" }} /> : null}
        {may.unshare ? <Action intent="thread.unshare" postId={entry.id} label="Stop sharing" confirm={{ question: "Only you and your facilitators will see this day again.", yes: "Stop sharing" }} /> : null}
        {may.pin ? <Action intent={entry.pinned ? "thread.unpin" : "thread.pin"} postId={entry.id} label={entry.pinned ? "Unpin" : "Pin"} /> : null}
        {may.hide ? <Action intent={entry.hidden ? "thread.unhide" : "thread.hide"} postId={entry.id} label={entry.hidden ? "Show again" : "Hide"} /> : null}
        {entry.openReports > 0 ? <Action intent="thread.resolve" postId={entry.id} label="Dismiss reports" /> : null}
        {may.report ? (
          entry.reported ? (
            <span className="small muted">You reported this.</span>
          ) : (
            <Disclosure label="Report" intent="thread.report" postId={entry.id} submit="Report to the facilitators">
              {({ sent }) => (
                <div className="field">
                  <label htmlFor={`reason-${entry.id}`}>What is wrong with it? (optional, only the facilitators read this)</label>
                  <input id={`reason-${entry.id}`} name="reason" maxLength={MAX_REASON} defaultValue={sent?.reason ?? ""} />
                </div>
              )}
            </Disclosure>
          )
        ) : null}
      </div>
    </article>
  );
}

export function ThreadPostItem({ post }: { post: ShownPost }) {
  return (
    <li className="thread-item">
      <ThreadEntry entry={post} />
      {post.replies.length > 0 ? (
        <ol className="thread-replies" aria-label={`Replies to ${post.author}`}>
          {post.replies.map((r) => (
            <li key={r.id}>
              <ThreadEntry entry={r} reply />
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}
