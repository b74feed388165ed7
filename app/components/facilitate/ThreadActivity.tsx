import { Link } from "@remix-run/react";
import type { DayActivity } from "~/community/activity.server";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The cohort's conversation at a glance: reports first, then each day's thread with what is in it. */
export function ThreadActivity({ slug, days, today }: { slug: string; days: DayActivity[]; today: number | null }) {
  const reported = days.filter((d) => d.openReports > 0);
  return (
    <section aria-labelledby="threads-title" className="stack">
      <h2 id="threads-title" className="h3">
        Day threads
      </h2>
      {reported.map((d) => (
        <p key={d.day} className="notice notice-error">
          {plural(d.openReports, "report waits", "reports wait")} for you on <Link to={`/facilitate/cohorts/${slug}/days/${d.day}`}>day {d.day}'s thread</Link>.
        </p>
      ))}
      {days.length === 0 ? (
        <p className="muted">
          Nothing has been shared with the cohort yet.{" "}
          {today ? <Link to={`/facilitate/cohorts/${slug}/days/${today}`}>Start today's thread (day {today})</Link> : null}
        </p>
      ) : (
        <ul className="thread-days">
          {days.map((d) => (
            <li key={d.day}>
              <Link to={`/facilitate/cohorts/${slug}/days/${d.day}`}>Day {d.day}</Link>{" "}
              <span className="muted small">
                {[plural(d.answers, "shared answer", "shared answers"), plural(d.posts, "post", "posts"), plural(d.replies, "reply", "replies")].join(", ")}
              </span>
            </li>
          ))}
          {today && !days.some((d) => d.day === today) ? (
            <li>
              <Link to={`/facilitate/cohorts/${slug}/days/${today}`}>Day {today}</Link> <span className="muted small">today, nothing yet</span>
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
