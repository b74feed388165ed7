import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireManagedCohort } from "~/cohorts/access.server";
import { describeWhen, phaseAt, zoneName } from "~/community/live";
import { recordingSchema, sessionFormValues, sessionInput, sessionSchema, submittedSessionValues } from "~/community/live-form";
import { cancelSession, findSession, setRecording, updateSession } from "~/community/live.server";
import { Field, FormError } from "~/components/Field";
import { SessionForm } from "~/components/live/SessionForm";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.session.title ?? "Live session"} · Tripod` }];

/** The cohort's facilitators (or an admin), and a session of that cohort; anything else is a 404. */
function requireSession(request: Request, params: { slug?: string; sessionId?: string }) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const session = /^\d{1,12}$/.test(params.sessionId ?? "") ? findSession(getDb(), cohort.id, Number(params.sessionId)) : undefined;
  if (!session) throw new Response("Not found", { status: 404 });
  return { cohort, session };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort, session } = requireSession(request, params);
  const at = now();
  const phase = phaseAt(session, at);
  return {
    slug: cohort.slug,
    cohortTitle: cohort.title,
    zone: zoneName(cohort.timeZone),
    session: { id: session.id, title: session.title, when: describeWhen(session, cohort.timeZone, at).text, recordingUrl: session.recordingUrl ?? "" },
    values: sessionFormValues(session, cohort.timeZone),
    /** The recording can be added once the session has started. */
    canRecord: phase === "live" || phase === "ended",
    confirmCancel: new URL(request.url).searchParams.has("cancel"),
    version: session.updatedAt?.getTime() ?? 0,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, session } = requireSession(request, params);
  const form = await request.formData();
  const db = getDb();
  const at = now();
  const done = (what: string) => redirect(`/facilitate/cohorts/${cohort.slug}/sessions?done=${what}`);
  const intent = form.get("intent");

  if (intent === "update") {
    const parsed = parseForm(form, sessionSchema);
    if (!parsed.ok) return Response.json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
    const input = sessionInput(parsed.data, cohort.timeZone, at, session.startsAt);
    if (!input.ok) return Response.json({ errors: input.errors, values: formValues(form) }, { status: 400 });
    updateSession(db, session, input.value, at);
    throw done("saved");
  }
  if (intent === "recording") {
    const phase = phaseAt(session, at);
    if (phase === "upcoming" || phase === "opening") return Response.json({ recordingError: "The recording can be added once the session has started.", recordingValue: String(form.get("recordingUrl") ?? "").slice(0, 2000) }, { status: 400 });
    const parsed = parseForm(form, recordingSchema);
    if (!parsed.ok) return Response.json({ recordingError: parsed.errors.recordingUrl, recordingValue: parsed.values.recordingUrl ?? "" }, { status: 400 });
    setRecording(db, session, parsed.data.recordingUrl, at);
    throw done("recording");
  }
  if (intent === "cancel") {
    if (form.get("confirm") !== "yes") return Response.json({ cancelError: "Confirm that the session is cancelled: press “Yes, cancel it”." }, { status: 400 });
    cancelSession(db, session, at);
    throw done("cancelled");
  }
  return Response.json({ errors: { form: "This page does not do that." } }, { status: 400 });
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, string>; recordingError?: string; recordingValue?: string; cancelError?: string };

export default function LiveSession() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const base = `/facilitate/cohorts/${data.slug}/sessions/${data.session.id}`;
  return (
    <div className="narrow-wide stack">
      <div>
        <p>
          <Link to={`/facilitate/cohorts/${data.slug}/sessions`}>← Live sessions of {data.cohortTitle}</Link>
        </p>
        <h1>{data.session.title}</h1>
        <p className="muted">{data.session.when}</p>
      </div>
      {data.confirmCancel || action?.cancelError ? <ConfirmCancel title={data.session.title} when={data.session.when} back={base} error={action?.cancelError} /> : null}
      <section className="card" aria-labelledby="recording-title" id="recording">
        <h2 id="recording-title" className="h3">
          Recording
        </h2>
        {data.canRecord ? (
          <Form method="post" noValidate key={`recording-${data.version}`}>
            <input type="hidden" name="intent" value="recording" />
            <Field
              name="recordingUrl"
              label="Recording link"
              type="url"
              defaultValue={action?.recordingValue ?? data.session.recordingUrl}
              error={action?.recordingError}
              hint="An https:// link. The cohort sees it with the session on their home page. Leave it empty to remove it."
              autoComplete="off"
            />
            <button type="submit" className="button button-secondary">
              Save the recording link
            </button>
          </Form>
        ) : (
          <>
            <FormError message={action?.recordingError} />
            <p className="muted">You can add the recording link here once the session has started.</p>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="edit-title">
        <h2 id="edit-title" className="h3">
          Edit the session
        </h2>
        <p className="small muted">Moving it sends the cohort a new reminder an hour before the new time; calendars update when they next refresh.</p>
        <SessionForm
          values={submittedSessionValues(action?.values, data.values)}
          errors={action?.errors ?? {}}
          zone={data.zone}
          intent="update"
          submitLabel="Save changes"
          formKey={`edit-${data.version}`}
        />
      </section>
      {data.confirmCancel || action?.cancelError ? null : (
        <p>
          <Link to={`${base}?cancel=1`} className="button button-secondary">
            Cancel this session…
          </Link>
        </p>
      )}
    </div>
  );
}

/** The confirm step of cancelling: a plain form, so it works without JavaScript. */
function ConfirmCancel({ title, when, back, error }: { title: string; when: string; back: string; error?: string }) {
  return (
    <section className="card notice-warn" aria-labelledby="cancel-title">
      <h2 id="cancel-title" className="h3">
        Cancel “{title}”?
      </h2>
      <p>
        {when}. It disappears from the cohort's home pages and calendars, and no reminder goes. Nobody is emailed that it was cancelled: tell the
        cohort yourself if they expect it.
      </p>
      <FormError message={error} />
      <Form method="post" className="button-row">
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button button-danger">
          Yes, cancel it
        </button>
        <Link to={back}>No, keep it</Link>
      </Form>
    </section>
  );
}
