import { DAY_WORDS, type DayState } from "~/progress/vocabulary";

/** The marks and words of the day states, the same list on the participant's home and the facilitator's grid. */
export function DayLegend({ states, children }: { states: DayState[]; children?: React.ReactNode }) {
  return (
    <ul className="legend">
      {states.map((s) => (
        <li key={s}>
          <span className={`legend-mark legend-${s}`} aria-hidden="true">
            {DAY_WORDS[s].mark}
          </span>{" "}
          {DAY_WORDS[s].word}
        </li>
      ))}
      {children}
    </ul>
  );
}
