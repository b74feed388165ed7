import { Form, Link, useSubmit } from "@remix-run/react";
import { DayLegend } from "~/components/DayLegend";
import { StandingPill } from "~/components/StandingPill";
import type { DayPillar } from "~/course/pillars";
import { gridHref, PAGE_SIZE, type Paging, type SortKey } from "~/facilitation/grid";
import { DAY_STATES, DAY_WORDS, type DayState, type Standing } from "~/progress/vocabulary";

export type GridData = {
  slug: string;
  /** What the URL asked for (a week only when chosen; the default is the current one). */
  query: { week?: number; sort: SortKey; filter: Standing | "all" };
  week: number;
  weekCount: number;
  weekLabel: string;
  days: { day: number; pillar: DayPillar; date: string }[];
  rows: { enrollmentId: number; name: string; done: number; standing: { word: string; tone: "calm" | "ok" | "warn"; note: string }; cells: DayState[] }[];
  filters: { value: Standing | "all"; label: string }[];
  page: Paging;
  empty: string | null;
  rule: string;
};

const SORTS: { value: SortKey; label: string }[] = [
  { value: "attention", label: "Needs attention" },
  { value: "name", label: "Name" },
  { value: "progress", label: "Fewest done" },
  { value: "activity", label: "Longest quiet" },
];

/** Standing filter and order: they apply as soon as they change (a Show button only without JavaScript). */
function GridControls({ data }: { data: GridData }) {
  const submit = useSubmit();
  const change = (event: React.ChangeEvent<HTMLSelectElement>) => submit(event.currentTarget.form, { preventScrollReset: true });
  return (
    <Form method="get" className="controls grid-controls" preventScrollReset>
      {data.query.week ? <input type="hidden" name="week" value={data.query.week} /> : null}
      <div className="field">
        <label htmlFor="filter">Show</label>
        <select id="filter" name="filter" defaultValue={data.query.filter} onChange={change}>
          {data.filters.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sort">Order</label>
        <select id="sort" name="sort" defaultValue={data.query.sort} onChange={change}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <noscript>
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </noscript>
      <a href={`/facilitate/cohorts/${data.slug}/export.csv`}>Export CSV (all 30 days)</a>
    </Form>
  );
}

function WeekNav({ data }: { data: GridData }) {
  const weeks = Array.from({ length: data.weekCount }, (_, i) => i + 1);
  return (
    <nav aria-label="Weeks" className="week-nav">
      <span className="muted small">Week</span>
      {weeks.map((w) => (
        <Link key={w} to={gridHref(data.slug, { ...data.query, week: w })} aria-current={w === data.week ? "page" : undefined} aria-label={`Week ${w}`} preventScrollReset>
          {w}
        </Link>
      ))}
    </nav>
  );
}

function Pager({ data }: { data: GridData }) {
  const { page, pages, from, to, total } = data.page;
  if (pages <= 1) return null;
  const href = (p: number) => gridHref(data.slug, { ...data.query, page: p });
  return (
    <nav aria-label="Pages of participants" className="pager small">
      <span>
        {from + 1}–{to} of {total.toLocaleString("en")}
      </span>
      {page > 1 ? <Link to={href(page - 1)}>← Previous {PAGE_SIZE}</Link> : null}
      {page < pages ? <Link to={href(page + 1)}>Next {Math.min(total - to, PAGE_SIZE)} →</Link> : null}
    </nav>
  );
}

/** A week of the participants × days grid: sticky names, one row height, each cell's state as a mark and in words. */
export function CohortGrid({ data }: { data: GridData }) {
  return (
    <section aria-labelledby="grid-title" className="stack cohort-grid">
      <div className="grid-head">
        <h2 id="grid-title" className="h3">
          {data.weekLabel}
        </h2>
        <WeekNav data={data} />
      </div>
      <GridControls data={data} />
      {data.empty ? (
        <p className="notice">{data.empty}</p>
      ) : (
        <div className="table-wrap grid-wrap">
          <table className="grid-table">
            <caption className="visually-hidden">Participants by day, {data.weekLabel}. Each cell says the day's state.</caption>
            <thead>
              <tr>
                <th scope="col" className="grid-name">
                  Participant
                </th>
                <th scope="col" className="grid-summary">
                  Standing
                </th>
                {data.days.map((d) => (
                  <th key={d.day} scope="col" className={`day-col pillar-${d.pillar}`}>
                    <span className="day-n">Day {d.day}</span>
                    <span className="day-date">{d.date}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.enrollmentId}>
                  <th scope="row" className="grid-name">
                    <Link to={`/facilitate/cohorts/${data.slug}/people/${r.enrollmentId}`} title={r.name}>
                      {r.name}
                    </Link>
                  </th>
                  <td className="grid-summary">
                    <span className="done-count">{r.done}/30</span> <StandingPill word={r.standing.word} tone={r.standing.tone} />
                    <span className="visually-hidden">: {r.standing.note}</span>
                  </td>
                  {r.cells.map((state, i) => (
                    <td key={data.days[i]!.day} className={`cell s-${state} pillar-${data.days[i]!.pillar}`} title={`Day ${data.days[i]!.day}: ${DAY_WORDS[state].word}`}>
                      <span aria-hidden="true">{DAY_WORDS[state].mark}</span>
                      <span className="visually-hidden">{DAY_WORDS[state].word}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager data={data} />
      <DayLegend states={[...DAY_STATES]} />
      <p className="small muted">{data.rule}</p>
    </section>
  );
}
