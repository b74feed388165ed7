import { PILLAR_INFO, type Pillar } from "~/course/pillars";

export type Statement = { id: string; pillar: Pillar; text: string };

/** The 12 statements, each rated 1-5 with the scale's labels, grouped by pillar. */
export function AssessmentFields({
  statements,
  scale,
  ratings,
  errors,
  kind,
  locked,
  note,
  focusField = null,
  instructions,
}: {
  statements: Statement[];
  scale: { value: number; label: string }[];
  ratings: Record<string, number>;
  errors: Record<string, string>;
  kind: "baseline" | "final" | "retro";
  locked: boolean;
  note: string | null;
  focusField?: string | null;
  /** The edition's own words, the same on day 1 and day 30 (second edition on). */
  instructions?: string;
}) {
  return (
    <section className="card assessment" aria-labelledby={`assessment-title-${kind}`}>
      <h2 id={`assessment-title-${kind}`} className="h3">
        {kind === "baseline" ? "Where you stand today: the baseline" : kind === "final" ? "Where you stand now: the final assessment" : "Looking back: where you stood before day 1"}
      </h2>
      <p className="small muted">
        {instructions ?? "How often do you do each of these? Answer for the last month, honestly:"}{" "}
        {kind === "baseline" ? "The report compares your final answers with these." : kind === "final" ? "The report compares these answers with your baseline." : "The report also compares your final answers with these, so growth does not depend on how you rated yourself on day 1."}
        {note ? ` ${note}` : ""}
      </p>
      {statements.map((s) => {
        const name = `${kind === "retro" ? "retro" : "assessment"}.${s.id}`;
        const error = errors[name];
        return (
          <fieldset key={s.id} className={`statement pillar-${s.pillar}`} aria-describedby={error ? `${name}-error` : undefined} disabled={locked}>
            <legend>
              <span className="badge">{PILLAR_INFO[s.pillar].name}</span> {s.text}
            </legend>
            <div className="scale">
              {scale.map((point, i) => (
                <label key={point.value}>
                  <input type="radio" name={name} value={point.value} defaultChecked={ratings[s.id] === point.value} autoFocus={focusField === name && i === 0} />
                  <span>{point.label}</span>
                </label>
              ))}
            </div>
            {error ? (
              <span id={`${name}-error`} className="field-error">
                {error}
              </span>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}
