import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireManagedCohort } from "~/cohorts/access.server";
import { manageableCohorts } from "~/cohorts/cohorts.server";
import { calendarProblem, dateOfDay } from "~/cohorts/schedule";
import { AnalyticsFigures } from "~/components/facilitate/AnalyticsFigures";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { analyticsOf } from "~/facilitation/analytics.server";
import { completionSentence, paceSentence, ratingsSentence, weeksSentence } from "~/facilitation/analytics-words";
import { now } from "~/time/clock.server";
import { formatLocalDate } from "~/time/format";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Analytics · ${data?.title ?? "Cohort"} · Tripod` }];

const querySchema = z.object({ compare: z.string().max(200).catch("") });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug);
  const db = getDb();
  const at = now();
  const { compare } = querySchema.parse({ compare: new URL(request.url).searchParams.get("compare") ?? "" });
  // Only cohorts this person may manage can be compared; anything else is ignored, and the
  // answer is the same whether the cohort exists or not.
  const choices = manageableCohorts(db, user).filter((c) => c.id !== cohort.id && calendarProblem(c) === null);
  const other = compare ? choices.find((c) => c.slug === compare) : undefined;
  const figures = analyticsOf(db, other ? [cohort, other] : [cohort], getCourse(cohort.edition).days.map((d) => d.pillar), at);
  const mine = figures.get(cohort.id)!;
  const theirs = other ? { title: other.title, figures: figures.get(other.id)! } : null;
  return {
    slug: cohort.slug,
    title: cohort.title,
    opensOn: formatLocalDate(dateOfDay(cohort, 1)),
    choices: choices.map((c) => ({ slug: c.slug, title: c.title })),
    compare: other?.slug ?? "",
    refused: compare !== "" && !other,
    figures: mine,
    other: theirs,
    words: { completion: completionSentence(mine, theirs), weeks: weeksSentence(mine, theirs), pace: paceSentence(mine, theirs), ratings: ratingsSentence(mine, theirs) },
  };
}

export default function CohortAnalyticsPage() {
  const d = useLoaderData<typeof loader>();
  const a = d.figures;
  const stage = a.phase === "before" ? "Not started yet" : a.phase === "running" ? `Day ${a.newestDay} of 30` : "Finished";
  return (
    <div className="stack analytics">
      <div className="page-head">
        <div>
          <BackToCohort slug={d.slug} title={d.title} />
          <h1>Analytics</h1>
          <p className="muted">
            {d.title} · {stage} · {a.participants} took part{a.leavers > 0 ? `, ${a.leavers} of whom left` : ""}
          </p>
        </div>
        {d.choices.length > 0 ? (
          <Form method="get" className="controls">
            <div className="field">
              <label htmlFor="compare">Compare with</label>
              <select id="compare" name="compare" defaultValue={d.compare}>
                <option value="">No comparison</option>
                {d.choices.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              Compare
            </button>
          </Form>
        ) : (
          <p className="small muted">No other cohort of yours to compare with.</p>
        )}
      </div>
      <p className="small">Counts only, never anyone's words. Ratings count once a day is complete, private days included (participants are told their facilitator sees those ratings); drafts never count.</p>
      {d.refused ? (
        <p className="notice notice-warn" role="status">
          That is not a cohort you can compare with, so this page shows {d.title} alone.
        </p>
      ) : null}
      {a.phase === "before" ? (
        <p className="notice">Day 1 opens on {d.opensOn}; the figures fill in from then.</p>
      ) : a.participants === 0 && !d.other ? (
        <p className="notice">Nobody has taken part yet: the figures fill in as people enroll and work through the days.</p>
      ) : (
        <AnalyticsFigures title={d.title} figures={a} other={d.other} words={d.words} />
      )}
    </div>
  );
}
