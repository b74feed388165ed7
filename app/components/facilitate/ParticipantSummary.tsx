import { PILLAR_INFO, type Pillar } from "~/course/pillars";

export type SummaryData = {
  done: number;
  newestDay: number;
  atRisk: boolean;
  openIncomplete: number;
  idleDays: number | null;
  streak: number;
  lastActive: string | null;
  balance: { index: number; pillars: { pillar: Pillar; score: number }[]; weakest: Pillar | null } | null;
};

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/** The participant at a glance, in the grid's terms, with their balance so far. */
export function ParticipantSummary({ s }: { s: SummaryData }) {
  const todo = s.openIncomplete === 0 ? "up to date" : `${days(s.openIncomplete)} open to do`;
  return (
    <section className="card participant-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="h3">
        Summary
      </h2>
      <div className="summary-split">
        <dl className="facts">
          <dt>Progress</dt>
          <dd>
            {s.done} of 30 days done{s.newestDay > 0 && s.newestDay < 30 ? ` (day ${s.newestDay} is open)` : ""}
          </dd>
          <dt>State</dt>
          <dd>
            {s.atRisk ? <span className="status status-waitlisted">at risk</span> : <span className="status status-active">on track</span>} {todo}
            {s.idleDays !== null && s.idleDays >= 3 ? `, idle ${days(s.idleDays)}` : ""}
          </dd>
          <dt>Streak</dt>
          <dd>{s.streak === 0 ? "none" : `${days(s.streak)} in a row`}</dd>
          <dt>Last active</dt>
          <dd>{s.lastActive ?? "no activity yet"}</dd>
        </dl>
        {s.balance ? (
          <div>
            <p className="summary-label">
              Balance so far: <strong>{s.balance.index}</strong> of 100
            </p>
            <div className="pillar-bars">
              {s.balance.pillars.map((p) => (
                <div key={p.pillar} className={`pillar-bar pillar-${p.pillar}`}>
                  <span>{PILLAR_INFO[p.pillar].name}</span>
                  <span className="bar" role="img" aria-label={`${PILLAR_INFO[p.pillar].name}: ${p.score} of 100`}>
                    <span style={{ width: `${p.score}%` }} />
                  </span>
                  <span className="muted">{p.score}</span>
                </div>
              ))}
            </div>
            <p className="small muted">{s.balance.weakest ? `Weakest: ${PILLAR_INFO[s.balance.weakest].name}. ` : ""}Scores as on their own balance report.</p>
          </div>
        ) : (
          <p className="muted">Balance so far: fills in once day 1 opens.</p>
        )}
      </div>
    </section>
  );
}
