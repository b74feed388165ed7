import type { SessionCard } from "~/community/live";
import type { LivePanel } from "~/community/live.server";

/**
 * A cohort's live sessions for one of its people (home, the cohort page): the next ones and
 * the latest past one, in the viewer's zone, named; the video link only from 15 minutes
 * before; the recording after; and their personal calendar feed.
 */
export function LiveSessionsCard({ panel }: { panel: LivePanel }) {
  return (
    <section className="card live-sessions" aria-labelledby="live-title">
      <h2 id="live-title" className="h3">
        Live sessions
      </h2>
      {panel.next.length > 0 ? (
        <ul className="live-list">
          {panel.next.map((s) => (
            <Session key={s.id} session={s} />
          ))}
        </ul>
      ) : (
        <p className="muted">No session is scheduled right now.</p>
      )}
      {panel.last ? (
        <>
          <h3 className="live-past-heading">Last session</h3>
          <ul className="live-list">
            <Session session={panel.last} />
          </ul>
        </>
      ) : null}
      {panel.calendarUrl ? (
        <p className="small">
          <a href={panel.calendarUrl}>Add the live sessions to your calendar</a> (.ics, with the thirty days). The address is yours alone: paste it into
          your calendar app to subscribe, and do not share it.
        </p>
      ) : null}
    </section>
  );
}

function Session({ session: s }: { session: SessionCard }) {
  return (
    <li className={`live-item live-${s.phase}`}>
      <p className="live-title">
        {s.title}
        {s.phase === "live" ? <span className="status status-active">Live now</span> : null}
      </p>
      <p className="live-when">
        <time dateTime={s.startsAt}>
          {s.date}, {s.time}
        </time>{" "}
        <span className="muted small">
          ({s.zone}, {s.duration})
        </span>
      </p>
      {s.joinUrl ? (
        <p>
          <a className="button button-compact" href={s.joinUrl} rel="noopener noreferrer" target="_blank">
            Join the session
          </a>
        </p>
      ) : null}
      {s.recordingUrl ? (
        <p>
          <a href={s.recordingUrl} rel="noopener noreferrer" target="_blank">
            Watch the recording
          </a>
        </p>
      ) : null}
      {s.note ? <p className="small muted">{s.note}</p> : null}
      {s.agenda && s.phase !== "ended" ? <p className="live-agenda white-space-pre">{s.agenda}</p> : null}
    </li>
  );
}
