import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireManagedCohort } from "~/cohorts/access.server";
import { calendarFixedSince } from "~/cohorts/calendar-lock";
import { addFacilitator, facilitatorsOf, updateCohort } from "~/cohorts/cohorts.server";
import { addFacilitatorSchema, cohortFormValues, cohortSchemaOn, submittedCohortValues } from "~/cohorts/forms";
import { CohortForm } from "~/components/CohortForm";
import { Field } from "~/components/Field";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { localDateOf } from "~/time/local-date";
import { allTimeZones } from "~/time/zones";

export const meta: MetaFunction = () => [{ title: "Cohort settings · Tripod" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug, { calendar: false });
  return {
    values: cohortFormValues(cohort),
    slug: cohort.slug,
    title: cohort.title,
    zones: allTimeZones(),
    facilitators: facilitatorsOf(getDb(), cohort.id),
    isAdmin: user.role === "admin",
    calendarFixedSince: calendarFixedSince(cohort, now()),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug, { calendar: false });
  const form = await request.formData();
  if (form.get("intent") === "add-facilitator") {
    if (user.role !== "admin") throw new Response("Only an admin can add facilitators.", { status: 403 });
    const parsed = parseForm(form, addFacilitatorSchema);
    if (!parsed.ok) return Response.json({ facilitatorErrors: parsed.errors }, { status: 400 });
    const added = addFacilitator(getDb(), cohort.id, parsed.data.email);
    if (!added.ok) return Response.json({ facilitatorErrors: added.errors }, { status: 400 });
    return Response.json({ added: added.value.name });
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
        <p>
          <Link to={`/facilitate/cohorts/${data.slug}`}>← {data.title}</Link>
        </p>
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
              {f.name} <span className="muted">({f.email})</span>
            </li>
          ))}
        </ul>
        {action?.added ? <p className="notice notice-ok">{action.added} now facilitates this cohort.</p> : null}
        {data.isAdmin ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="add-facilitator" />
            <Field name="email" label="Add a facilitator by email" type="email" error={action?.facilitatorErrors?.email} hint="The account must exist and be a facilitator or an admin." />
            <button type="submit" className="button button-secondary">
              Add facilitator
            </button>
          </Form>
        ) : (
          <p className="small muted">An admin can add more facilitators.</p>
        )}
      </section>
    </div>
  );
}
