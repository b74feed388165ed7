import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireManagedCohort } from "~/cohorts/access.server";
import { leave } from "~/cohorts/enrollment.server";
import { peopleOf } from "~/cohorts/people.server";
import { sendWelcomes } from "~/cohorts/welcome.server";
import { EnrollmentLink } from "~/components/EnrollmentLink";
import { InlineAction } from "~/components/InlineAction";
import { FormError } from "~/components/Field";
import { CohortGrid, type GridData } from "~/components/facilitate/CohortGrid";
import { ThreadActivity } from "~/components/facilitate/ThreadActivity";
import { threadActivity } from "~/community/activity.server";
import { getCourse } from "~/course/content.server";
import { cohortGrid } from "~/facilitation/cohort-view.server";
import { weekHeading } from "~/facilitation/grid";
import { standingNote, standingRule, standingsIn } from "~/progress/standing";
import { capitalised, STANDING_WORDS, STANDINGS } from "~/progress/vocabulary";
import { formatShortDate } from "~/time/format";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Cohort"} · Facilitate · Tripod` }];

const viewSchema = z.object({
  week: z.coerce.number().int().min(1).max(10).optional().catch(undefined),
  sort: z.enum(["attention", "name", "progress", "activity"]).catch("attention"),
  filter: z.enum(["all", ...STANDINGS]).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const url = new URL(request.url);
  const at = now();
  const query = viewSchema.parse(Object.fromEntries(url.searchParams));
  const db = getDb();
  const view = cohortGrid(db, cohort, at, { week: query.week ?? null, sort: query.sort, filter: query.filter, page: query.page });
  const people = peopleOf(db, cohort.id)
    .filter((p) => p.status !== "active")
    .map((p) => ({ ...p, since: p.since.toISOString(), leftAt: p.leftAt?.toISOString() ?? null }));
  const { summary, clock } = view;
  const pillars = getCourse(cohort.edition).days.map((d) => d.pillar);
  const grid: GridData = {
    slug: cohort.slug,
    query: { week: query.week, sort: query.sort, filter: query.filter },
    week: view.week,
    weekCount: view.weekCount,
    weekLabel: weekHeading(view.week, view.days[0]!, view.days[view.days.length - 1]!),
    // "Tue 17": the heading above says the month.
    days: view.days.map((d) => ({ day: d.day, pillar: pillars[d.day - 1]!, date: formatShortDate(d.date).split(" ").slice(0, 2).join(" ") })),
    rows: view.rows.map((r) => ({
      enrollmentId: r.enrollmentId,
      name: r.name,
      done: r.standing.done,
      standing: { ...STANDING_WORDS[r.standing.standing], note: standingNote(r.standing) },
      cells: r.cells,
    })),
    filters: [{ value: "all" as const, label: `Everyone (${summary.participants})` }, ...standingsIn(clock.phase).map((s) => ({ value: s, label: `${capitalised(STANDING_WORDS[s].word)} (${summary.counts[s]})` }))],
    page: view.page,
    empty: view.rows.length > 0 ? null : summary.participants === 0 ? "Nobody is enrolled yet." : `Nobody is ${query.filter === "all" ? "here" : STANDING_WORDS[query.filter].word} right now.`,
    rule: standingRule(clock.phase),
  };
  return {
    summary: { participants: summary.participants, line: summary.line, completionRate: summary.completionRate },
    grid,
    slug: cohort.slug,
    title: cohort.title,
    capacity: cohort.capacity,
    edition: cohort.edition,
    enrollmentOpen: cohort.enrollmentOpen,
    link: new URL(`/cohorts/${cohort.slug}`, getEnv().APP_URL).toString(),
    status: clock.phase === "before" ? "Not started yet" : clock.phase === "running" ? `Running, day ${clock.newestDay}` : "Finished",
    people,
    threads: threadActivity(db, cohort.id),
    today: clock.phase === "running" ? clock.newestDay : null,
    notice: url.searchParams.has("created") ? "Cohort created. Share the enrollment link or invite people." : url.searchParams.has("saved") ? "Settings saved." : null,
  };
}

const removeSchema = z.object({ enrollmentId: z.coerce.number().int().positive() });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const form = await request.formData();
  const db = getDb();
  const at = now();
  const appUrl = getEnv().APP_URL;

  if (form.get("intent") === "remove") {
    const parsed = removeSchema.safeParse(Object.fromEntries(form));
    const person = parsed.success ? peopleOf(db, cohort.id).find((p) => p.enrollmentId === parsed.data.enrollmentId) : undefined;
    if (!person) return Response.json({ error: "That person is not in this cohort." }, { status: 400 });
    const result = leave(db, person.enrollmentId, "removed", at);
    await sendWelcomes(db, [result.promotedId], at, appUrl);
    return Response.json({ done: `${person.name} was removed. Their work is kept${result.promotedId ? "; the first person on the waitlist took the seat" : ""}.` });
  }

  // Invitations have their own page (/facilitate/cohorts/:slug/invite).
  return Response.json({ error: "This page does not do that." }, { status: 400 });
}

type ActionData = { done?: string; error?: string };

const STATUS_LABEL = { pending: "Awaiting confirmation", active: "Enrolled", waitlisted: "Waitlist", withdrawn: "Withdrew", removed: "Removed" } as const;

export default function ManageCohort() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const active = data.summary.participants;
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <p>
            <Link to="/facilitate">← Your cohorts</Link>
          </p>
          <h1>{data.title}</h1>
          <p className="muted">
            {data.status} · {active} of {data.capacity} seats taken · enrollment {data.enrollmentOpen ? "open" : "closed"} · course edition {data.edition}
          </p>
          <p className="cohort-counts">
            {data.summary.line}
            {data.summary.completionRate === null ? null : <span className="muted"> · {data.summary.completionRate}% of open days done</span>}
          </p>
        </div>
        <div className="button-row">
          <Link to={`/facilitate/cohorts/${data.slug}/invite`} className="button">
            Invite people
          </Link>
          <Link to={`/facilitate/cohorts/${data.slug}/sessions`} className="button button-secondary">
            Live sessions
          </Link>
          <Link to={`/facilitate/cohorts/${data.slug}/announcements`} className="button button-secondary">
            Announcements
          </Link>
          <Link to={`/facilitate/cohorts/${data.slug}/report`} className="button button-secondary">
            Cohort report
          </Link>
          <Link to={`/facilitate/cohorts/${data.slug}/analytics`} className="button button-secondary">
            Analytics
          </Link>
          <Link to={`/facilitate/cohorts/${data.slug}/certificates`} className="button button-secondary">
            Certificates
          </Link>
          <Link to={`/facilitate/cohorts/${data.slug}/settings`} className="button button-secondary">
            Settings
          </Link>
        </div>
      </div>
      {data.notice ? <p className="notice notice-ok">{data.notice}</p> : null}
      {action?.done ? (
        <p className="notice notice-ok" role="status">
          {action.done}
        </p>
      ) : null}
      <FormError message={action?.error} />

      <CohortGrid data={data.grid} />

      <ThreadActivity slug={data.slug} days={data.threads} today={data.today} />

      <EnrollmentLink link={data.link} open={data.enrollmentOpen} />

      {data.people.length > 0 ? (
        <section aria-labelledby="others-title">
          <h2 id="others-title" className="h3">
            Waitlist and leavers
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.people.map((p) => (
                  <tr key={p.enrollmentId}>
                    <td>{p.name}</td>
                    <td>{p.email}</td>
                    <td>
                      <span className={`status status-${p.status}`}>{STATUS_LABEL[p.status]}</span>
                    </td>
                    <td>{p.status === "waitlisted" ? <InlineAction intent="remove" name="enrollmentId" value={p.enrollmentId} label="Remove" description={`Remove ${p.name}`} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
