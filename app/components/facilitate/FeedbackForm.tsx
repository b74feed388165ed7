import { useFetcher, useLocation } from "@remix-run/react";

/** What the participant page's action answers about feedback on one day. */
export type FeedbackResult = { intent: "feedback"; day: number; done?: string; error?: string; body?: string };

/** A new key for each new answer: the box is remounted, empty, in the same render that shows the confirmation. */
const answers = new WeakMap<object, number>();
let answered = 0;
function keyOf(result: FeedbackResult | undefined): string {
  if (!result?.done) return "writing";
  if (!answers.has(result)) answers.set(result, ++answered);
  return `sent-${answers.get(result)}`;
}

/**
 * Feedback on one day, confirmed in place: with JavaScript a fetcher posts it, and on
 * success the box is emptied and the confirmation shows beside it; without JavaScript the
 * post lands back on this form (its address ends in #feedback-<day>) with the same result
 * (`returned`, the page's action data when it was about this day).
 */
export function FeedbackForm({ day, returned }: { day: number; returned?: FeedbackResult }) {
  const fetcher = useFetcher<FeedbackResult>({ key: `feedback-${day}` });
  const { pathname } = useLocation();
  const result = fetcher.data ?? returned;
  const busy = fetcher.state !== "idle";
  const errorId = `feedback-error-${day}`;
  return (
    <fetcher.Form method="post" action={`${pathname}#feedback-${day}`} className="feedback-form" id={`feedback-${day}`}>
      <input type="hidden" name="intent" value="feedback" />
      <input type="hidden" name="day" value={day} />
      <label htmlFor={`feedback-body-${day}`} className="visually-hidden">
        Feedback on day {day}
      </label>
      <textarea
        key={keyOf(result)}
        id={`feedback-body-${day}`}
        name="body"
        rows={3}
        placeholder={`Feedback on day ${day}`}
        defaultValue={result?.error ? (result.body ?? "") : ""}
        aria-invalid={result?.error ? true : undefined}
        aria-describedby={result?.error ? errorId : undefined}
      />
      {result?.error ? (
        <p id={errorId} className="field-error" role="alert">
          {result.error}
        </p>
      ) : null}
      <div className="feedback-send">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? "Sending…" : "Send feedback"}
        </button>
        <p role="status" className="feedback-sent">
          {result?.done ? `✓ ${result.done}` : null}
        </p>
      </div>
    </fetcher.Form>
  );
}
