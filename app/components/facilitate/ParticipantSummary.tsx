import { StandingPill } from "~/components/StandingPill";
import { PILLAR_INFO, type Pillar } from "~/course/pillars";
import { days } from "~/progress/vocabulary";

export type SummaryData = {
  done: number;
  newestDay: number;
  /** In the shared words: "at risk", "2 days to catch up, nothing saved for 4 days". */
  standing: { word: string; tone: "calm" | "ok" | "warn"; note: string };
  streak: number;
  lastActive: string | null;
  balance: { index: number; pillars: { pillar: Pillar; score: number }[]; weakest: Pillar | null } | null;
};

/** The participant at a glance, in the words the grid and the participant use, with their balance so far. */
export function ParticipantSummary({ s }: { s: SummaryData }) {
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
          <dt>Standing</dt>
          <dd>
            <StandingPill word={s.standing.word} tone={s.standing.tone} /> <span className="small">{s.standing.note}</span>
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
