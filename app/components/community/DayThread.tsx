import { MAX_POST } from "~/community/forms";
import { Link } from "@remix-run/react";
import type { ThreadView } from "~/community/thread.server";
import type { ThreadResult } from "~/community/thread-actions.server";
import { ThreadPostItem } from "./ThreadEntry";
import { ThreadForm, ThreadResultContext, ThreadText } from "./ThreadForm";

/**
 * A day's thread: what the cohort shared and said about this day, and a form to add to it.
 * `result`: the answer to a thread form sent without JavaScript (the page's action data).
 */
export function DayThread({ day, thread, intro, empty, result }: { day: number; thread: ThreadView; intro: string; empty: string; result?: ThreadResult["thread"] }) {
  const { posts, page, pages, total } = thread;
  return (
    <ThreadResultContext.Provider value={result}>
      <section id="thread" className="section thread" aria-labelledby="thread-title">
        <h2 id="thread-title" className="h3">
          The cohort on day {day}
        </h2>
        <p className="small muted">{intro}</p>
        {posts.length === 0 ? (
          <p className="muted">{empty}</p>
        ) : (
          <ol className="thread-list">
            {posts.map((p) => (
              <ThreadPostItem key={p.id} post={p} />
            ))}
          </ol>
        )}
        {pages > 1 ? (
          <nav className="day-nav thread-pages" aria-label="Pages of the thread">
            {page > 1 ? <Link to={`?thread=${page - 1}#thread`}>← Newer posts</Link> : <span />}
            <span className="small muted">
              Page {page} of {pages} ({total} posts)
            </span>
            {page < pages ? <Link to={`?thread=${page + 1}#thread`}>Older posts →</Link> : <span />}
          </nav>
        ) : null}
        <ThreadForm intent="thread.post" className="stack thread-compose" resetOnSuccess>
          {({ busy, sent, error }) => (
            <>
              <ThreadText id="new-post" label={`Ask or tell the cohort something about day ${day}`} max={MAX_POST} sent={sent} error={error} />
              <div>
                <button type="submit" className="button button-secondary" disabled={busy}>
                  Post to the thread
                </button>
              </div>
            </>
          )}
        </ThreadForm>
      </section>
    </ThreadResultContext.Provider>
  );
}
