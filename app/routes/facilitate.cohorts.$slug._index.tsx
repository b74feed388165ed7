import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireManagedCohort } from "~/cohorts/access.server";
import { inviteAll, leave } from "~/cohorts/enrollment.server";
import { parseInviteList, type InvalidLine } from "~/cohorts/invitations";
import { peopleOf } from "~/cohorts/people.server";
import { positionAt } from "~/cohorts/schedule";
import { sendWelcomes } from "~/cohorts/welcome.server";
import { InlineAction } from "~/components/InlineAction";
import { FormError } from "~/components/Field";
import { ParticipantGrid } from "~/components/facilitate/ParticipantGrid";
import { getCourse } from "~/course/content.server";
import { cohortView } from "~/facilitation/cohort-view.server";
import { sortRows } from "~/facilitation/grid";
import { formatShortDate } from "~/time/format";
import { localDateOf } from "~/time/local-date";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Cohort"} · Facilitate · Tripod` }];

const viewSchema = z.object({
  sort: z.enum(["name", "progress", "activity"]).catch("name"),
  filter: z.enum(["all", "at-risk"]).catch("all"),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const url = new URL(request.url);
  const at = now();
  const position = positionAt(cohort, at);
  const { sort, filter } = viewSchema.parse(Object.fromEntries(url.searchParams));
  const db = getDb();
  const view = cohortView(db, cohort.id, cohort, at);
  const shown = sortRows(view.rows, sort).filter((r) => filter === "all" || r.risk.atRisk);
  const people = peopleOf(db, cohort.id)
    .filter((p) => p.status !== "active")
    .map((p) => ({ ...p, since: p.since.toISOString(), leftAt: p.leftAt?.toISOString() ?? null }));
  return {
    sort,
    filter,
    summary: view.summary,
    dayPillars: getCourse().days.map((d) => d.pillar),
    grid: shown.map((r) => ({
      enrollmentId: r.enrollmentId,
      name: r.name,
      done: r.done,
      atRisk: r.risk.atRisk,
      openIncomplete: r.risk.openIncomplete,
      lastActive: r.lastActivity ? formatShortDate(localDateOf(r.lastActivity, cohort.timeZone)) : null,
      cells: r.cells,
    })),
    slug: cohort.slug,
    title: cohort.title,
    capacity: cohort.capacity,
    enrollmentOpen: cohort.enrollmentOpen,
    link: new URL(`/cohorts/${cohort.slug}`, getEnv().APP_URL).toString(),
    status: position.phase === "before" ? "Not started yet" : position.phase === "running" ? `Running, day ${position.day}` : "Finished",
    people,
    notice: url.searchParams.has("created") ? "Cohort created. Share the enrollment link or invite people below." : url.searchParams.has("saved") ? "Settings saved." : null,
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

  const text = String(form.get("invitees") ?? "");
  if (text.length > 200_000) return Response.json({ error: "That list is too long; paste at most a few thousand lines at once.", text: "" }, { status: 400 });
  const list = parseInviteList(text);
  if (list.valid.length === 0 && list.invalid.length === 0) return Response.json({ error: "Paste at least one address.", text }, { status: 400 });
  if (list.invalid.length > 0) {
    return Response.json({ error: `Nobody was invited: ${list.invalid.length} ${list.invalid.length === 1 ? "line needs" : "lines need"} fixing first.`, invalid: list.invalid, text }, { status: 400 });
  }
  const result = inviteAll(db, cohort.id, list.valid, at);
  if (!result.ok) return Response.json({ error: result.reason, text }, { status: 400 });
  await sendWelcomes(db, result.results.filter((r) => r.status === "enrolled").map((r) => r.enrollmentId), at, appUrl);
  const enrolled = result.results.filter((r) => r.status === "enrolled").length;
  const already = result.results.length - enrolled;
  return Response.json({ done: `${enrolled} ${enrolled === 1 ? "person" : "people"} enrolled and emailed${already ? `; ${already} already had a place` : ""}.` });
}

type ActionData = { done?: string; error?: string; invalid?: InvalidLine[]; text?: string };

const STATUS_LABEL = { pending: "Awaiting confirmation", active: "Enrolled", waitlisted: "Waitlist", withdrawn: "Withdrew", removed: "Removed" } as const;

export default function ManageCohort() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const busy = useNavigation().state === "submitting";
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
            {data.status} · {active} of {data.capacity} seats taken · enrollment {data.enrollmentOpen ? "open" : "closed"}
          </p>
        </div>
        <div className="button-row">
          <Link to={`/facilitate/cohorts/${data.slug}/report`} className="button button-secondary">
            Cohort report
          </Link>
          <Link to={`/facilitate/cohorts/${data.slug}/analytics`} className="button button-secondary">
            Analytics
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

      <section className="card" aria-labelledby="link-title">
        <h2 id="link-title" className="h3">
          Enrollment link
        </h2>
        <p>
          <a href={data.link}>{data.link}</a>
        </p>
        <p className="small muted">Anyone with this link can enroll while enrollment is open.</p>
      </section>

      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title" className="h3">
          Invite people
        </h2>
        <FormError message={action?.error} />
        {action?.invalid ? (
          <ul className="field-error">
            {action.invalid.map((l) => (
              <li key={l.line}>
                Line {l.line} ({l.text}): {l.reason}
              </li>
            ))}
          </ul>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="invite" />
          <div className="field">
            <label htmlFor="invitees">One person per line</label>
            <span id="invitees-hint" className="hint">
              As <code>Ada Lovelace &lt;ada@example.org&gt;</code>, a bare address, or CSV <code>name,email</code>. Everyone is enrolled and emailed, or
              nobody is.
            </span>
            <textarea id="invitees" name="invitees" className="invite-list" aria-describedby="invitees-hint" defaultValue={action?.text ?? ""} key={action?.done ?? "invite"} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            Invite
          </button>
        </Form>
      </section>

      <section aria-labelledby="people-title" className="stack">
        <h2 id="people-title" className="h3">
          Participants
        </h2>
        <div className="summary-counts">
          <div className="card">
            <p className="stat">{data.summary.participants}</p>
            <p className="small muted">enrolled</p>
          </div>
          <div className="card">
            <p className="stat">{data.summary.onTrack}</p>
            <p className="small muted">on track</p>
          </div>
          <div className="card">
            <p className="stat">{data.summary.atRisk}</p>
            <p className="small muted">at risk: two or more days behind since they joined, or three days idle</p>
          </div>
          <div className="card">
            <p className="stat">{data.summary.completionRate === null ? "–" : `${data.summary.completionRate}%`}</p>
            <p className="small muted">of open days completed</p>
          </div>
        </div>
        <Form method="get" className="controls">
          <div className="field">
            <label htmlFor="sort">Sort by</label>
            <select id="sort" name="sort" defaultValue={data.sort}>
              <option value="name">Name</option>
              <option value="progress">Progress (least first)</option>
              <option value="activity">Last activity (longest idle first)</option>
            </select>
          </div>
          <label className="choice">
            <input type="checkbox" name="filter" value="at-risk" defaultChecked={data.filter === "at-risk"} /> Only people at risk
          </label>
          <button type="submit" className="button button-secondary">
            Show
          </button>
          <a href={`/facilitate/cohorts/${data.slug}/export.csv`}>Export CSV</a>
        </Form>
        {data.grid.length === 0 ? (
          <p className="notice">{data.filter === "at-risk" ? "Nobody is at risk right now." : "Nobody is enrolled yet."}</p>
        ) : (
          <ParticipantGrid slug={data.slug} rows={data.grid} dayPillars={data.dayPillars} />
        )}
        <p className="small muted">● done · ◐ done late · ○ open today · ✕ missed · empty: not open yet. Column colours are the day's pillar.</p>
      </section>

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
