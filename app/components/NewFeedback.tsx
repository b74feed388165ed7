import { Link } from "@remix-run/react";

export type NewFeedbackLine = { day: number; author: string | null; count: number };

/** Unread facilitator feedback on the participant's home: one line per day, linking to it (opening the day marks it read). */
export function NewFeedback({ enrollmentId, items }: { enrollmentId: number; items: NewFeedbackLine[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card new-feedback" aria-labelledby="new-feedback-title">
      <h2 id="new-feedback-title" className="h3">
        New feedback
      </h2>
      <ul>
        {items.map((f) => (
          <li key={f.day}>
            <Link to={`/learn/${enrollmentId}/days/${f.day}`}>
              New feedback from {f.author ?? "your facilitator"} on day {f.day}
            </Link>
            {f.count > 1 ? <span className="muted small"> ({f.count} notes)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
