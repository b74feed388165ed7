/** One piece of facilitator feedback, as text (never HTML). */
export function FeedbackItem({ body, author, on }: { body: string; author: string; on: string }) {
  return (
    <div className="feedback-item">
      <p className="white-space-pre">{body}</p>
      <p className="small muted">
        {author}, {on}
      </p>
    </div>
  );
}
