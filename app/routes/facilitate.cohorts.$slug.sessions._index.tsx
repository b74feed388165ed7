import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireManagedCohort } from "~/cohorts/access.server";
import { describeDuration, describeWhen, phaseAt, zoneName } from "~/community/live";
import { sessionInput, sessionSchema, submittedSessionValues } from "~/community/live-form";
import { scheduleSession, sessionsOf } from "~/community/live.server";
import { SessionForm } from "~/components/live/SessionForm";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Live sessions · ${data?.title ?? "Cohort"} · Tripod` }];

const NOTICES: Record<string, string> = {
  scheduled: "Session scheduled. The cohort sees it on their home page and in their calendar; a reminder goes an hour before.",
  twice: "Session scheduled. That time happens twice that night (the clocks go back): the first one counts.",
  saved: "Session saved. Calendars pick up the change when they next refresh.",
  recording: "Recording link saved. The cohort sees it with the session.",
  cancelled: "Session cancelled. It is gone from home pages and calendars.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const at = now();
  const rows = sessionsOf(getDb(), cohort.id).map((s) => {
    const phase = phaseAt(s, at);
    const when = describeWhen(s, cohort.timeZone, at);
    return { id: s.id, title: s.title, date: when.date, time: when.time, duration: describeDuration(s.durationMinutes), phase, recorded: s.recordingUrl !== null };
  });
  const notice = new URL(request.url).searchParams.get("done") ?? "";
  return {
    slug: cohort.slug,
    title: cohort.title,
    zone: zoneName(cohort.timeZone),
    upcoming: rows.filter((r) => r.phase !== "ended"),
    past: rows.filter((r) => r.phase === "ended").reverse(),
    notice: NOTICES[notice] ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug);
  const form = await request.formData();
  if (form.get("intent") !== "schedule") return Response.json({ errors: { form: "This page does not do that." } }, { status: 400 });
  const parsed = parseForm(form, sessionSchema);
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const at = now();
  const input = sessionInput(parsed.data, cohort.timeZone, at);
  if (!input.ok) return Response.json({ errors: input.errors, values: formValues(form) }, { status: 400 });
  scheduleSession(getDb(), cohort.id, input.value, user.id, at);
  throw redirect(`/facilitate/cohorts/${cohort.slug}/sessions?done=${input.ambiguous ? "twice" : "scheduled"}`);
}

type ActionData = { errors: Record<string, string>; values?: Record<string, string> };

const EMPTY = { title: "", date: "", time: "", durationMinutes: "60", videoUrl: "", agenda: "" };

export default function LiveSessions() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  return (
    <div className="stack">
      <div>
        <BackToCohort slug={data.slug} title={data.title} />
        <h1>Live sessions</h1>
        <p className="muted">Times here are in the cohort's time zone, {data.zone}. Participants see them in their own.</p>
      </div>
      {data.notice ? (
        <p className="notice notice-ok" role="status">
          {data.notice}
        </p>
      ) : null}
      <div className="grid grid-2 sessions-layout">
        <div className="stack">
          <SessionList heading="Coming up" id="upcoming-title" rows={data.upcoming} slug={data.slug} empty="Nothing scheduled yet." />
          <SessionList heading="Past" id="past-title" rows={data.past} slug={data.slug} empty="No session has taken place yet." />
        </div>
        <section className="card" aria-labelledby="schedule-title">
          <h2 id="schedule-title" className="h3">
            Schedule a session
          </h2>
          <SessionForm
            values={submittedSessionValues(action?.values, EMPTY)}
            errors={action?.errors ?? {}}
            zone={data.zone}
            intent="schedule"
            submitLabel="Schedule the session"
            formKey={data.notice ?? "new"}
          />
        </section>
      </div>
    </div>
  );
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["upcoming"][number];

const PHASE_NOTE = { upcoming: null, opening: "Starting soon: the link is shown", live: "Live now", ended: null } as const;

function SessionList({ heading, id, rows, slug, empty }: { heading: string; id: string; rows: Row[]; slug: string; empty: string }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="h3">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="session-list">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={`/facilitate/cohorts/${slug}/sessions/${r.id}`} className="session-title">
                {r.title}
              </Link>
              <span>
                {r.date}, {r.time} <span className="muted">({r.duration})</span>
              </span>
              {PHASE_NOTE[r.phase] ? <span className="status status-active">{PHASE_NOTE[r.phase]}</span> : null}
              {r.phase === "ended" ? (
                r.recorded ? (
                  <span className="small muted">Recording added</span>
                ) : (
                  <Link to={`/facilitate/cohorts/${slug}/sessions/${r.id}#recording`} className="small">
                    Add the recording
                  </Link>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
