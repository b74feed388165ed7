import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireManagedCohort } from "~/cohorts/access.server";
import { calendarFixedSince } from "~/cohorts/calendar-lock";
import { facilitatorsOf, updateCohort } from "~/cohorts/cohorts.server";
import { inviteCoFacilitator, pendingInvites } from "~/cohorts/team.server";
import { getEnv } from "~/env.server";
import { addFacilitatorSchema, cohortFormValues, cohortSchemaOn, submittedCohortValues } from "~/cohorts/forms";
import { CohortForm } from "~/components/CohortForm";
import { Field } from "~/components/Field";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { localDateOf } from "~/time/local-date";
import { allTimeZones } from "~/time/zones";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

export const meta: MetaFunction = () => [{ title: "Cohort settings · Tripod" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug, { calendar: false });
  return {
    values: cohortFormValues(cohort),
    slug: cohort.slug,
    title: cohort.title,
    zones: allTimeZones(),
    facilitators: facilitatorsOf(getDb(), cohort.id),
    pending: pendingInvites(getDb(), cohort.id).map((p) => p.email),
    calendarFixedSince: calendarFixedSince(cohort, now()),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug, { calendar: false });
  const form = await request.formData();
  if (form.get("intent") === "add-facilitator") {
    const parsed = parseForm(form, addFacilitatorSchema);
    if (!parsed.ok) return Response.json({ facilitatorErrors: parsed.errors }, { status: 400 });
    const invited = await inviteCoFacilitator(getDb(), cohort, user, parsed.data.email, now(), getEnv().APP_URL, context.clientIp);
    if (!invited.ok) return Response.json({ facilitatorErrors: { email: invited.error } }, { status: 400 });
    return Response.json({ added: invited.joined ? `${invited.email} now facilitates this cohort; we emailed them.` : `Invitation sent to ${invited.email}. They join when they sign in with it.` });
  }
  const parsed = parseForm(form, cohortSchemaOn(localDateOf(now(), "UTC"), cohort.startsOn));
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values: formValues(form) }, { status: 400 });
  const updated = updateCohort(getDb(), cohort, parsed.data, now());
  if (!updated.ok) return Response.json({ errors: updated.errors, values: formValues(form) }, { status: 400 });
  throw redirect(`/facilitate/cohorts/${updated.value.slug}?saved=1`);
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, string>; facilitatorErrors?: Record<string, string>; added?: string };

export default function CohortSettings() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const values = action?.values ? submittedCohortValues(action.values) : data.values;
  return (
    <div className="narrow-wide stack">
      <div>
        <BackToCohort slug={data.slug} title={data.title} />
        <h1>Settings</h1>
      </div>
      <CohortForm values={values} errors={action?.errors ?? {}} zones={data.zones} submitLabel="Save settings" calendarFixedSince={data.calendarFixedSince} />
      <section className="card" aria-labelledby="facilitators">
        <h2 id="facilitators" className="h3">
          Facilitators
        </h2>
        <ul>
          {data.facilitators.map((f) => (
            <li key={f.id}>
              {f.name || f.email} {f.name ? <span className="muted">({f.email})</span> : null}
            </li>
          ))}
          {data.pending.map((email) => (
            <li key={email}>
              {email} <span className="muted">(invited, joins when they sign in)</span>
            </li>
          ))}
        </ul>
        {action?.added ? (
          <p className="notice notice-ok" role="status">
            {action.added}
          </p>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="add-facilitator" />
          <Field
            name="email"
            label="Invite a co-facilitator by email"
            type="email"
            error={action?.facilitatorErrors?.email}
            hint="They get an email with a sign-in link; signing in with it (or later with that address) makes them a facilitator of this cohort."
            key={action?.added ?? "invite"}
          />
          <button type="submit" className="button button-secondary">
            Send invitation
          </button>
        </Form>
      </section>
      <section className="card" aria-labelledby="again-title">
        <h2 id="again-title" className="h3">
          Run it again
        </h2>
        <p>A new cohort with this one's time zone, schedule, email hour, seats and facilitators: you pick the new dates. Nobody is enrolled in it yet.</p>
        <Link to={`/facilitate/cohorts/new?from=${data.slug}`} className="button button-secondary">
          Run {data.title} again
        </Link>
      </section>
    </div>
  );
}
