import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { createCohort } from "~/cohorts/cohorts.server";
import { cohortSchemaOn, submittedCohortValues } from "~/cohorts/forms";
import { CohortForm } from "~/components/CohortForm";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { addDays, localDateOf } from "~/time/local-date";
import { allTimeZones } from "~/time/zones";

export const meta: MetaFunction = () => [{ title: "New cohort · Tripod" }];

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "facilitator", "admin");
  return { zones: allTimeZones(), startsOn: addDays(localDateOf(now(), "UTC"), 14) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, "facilitator", "admin");
  const form = await request.formData();
  const parsed = parseForm(form, cohortSchemaOn(localDateOf(now(), "UTC")));
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values: formValues(form) }, { status: 400 });
  const created = createCohort(getDb(), parsed.data, user.id);
  if (!created.ok) return Response.json({ errors: created.errors, values: formValues(form) }, { status: 400 });
  throw redirect(`/facilitate/cohorts/${created.value.slug}?created=1`);
}

export default function NewCohort() {
  const { zones, startsOn } = useLoaderData<typeof loader>();
  const action = useActionData<{ errors: Record<string, string>; values: Record<string, string> }>();
  const values = action
    ? submittedCohortValues(action.values)
    : { title: "", slug: "", startsOn, timeZone: "", schedule: "daily", sendHour: "7", capacity: "40", enrollmentOpen: true };
  return (
    <div className="narrow-wide">
      <p className="eyebrow">Facilitate</p>
      <h1>New cohort</h1>
      <p className="muted">You become its facilitator. Everything here can be changed later.</p>
      <CohortForm values={values} errors={action?.errors ?? {}} zones={zones} submitLabel="Create cohort" />
    </div>
  );
}
