import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { shownName } from "~/account/names";
import { cloneSource, createCohort, facilitatorsOf, nextRunAddress } from "~/cohorts/cohorts.server";
import { cohortFormValues, cohortSchemaOn, submittedCohortValues } from "~/cohorts/forms";
import { CohortForm } from "~/components/CohortForm";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { addDays, localDateOf } from "~/time/local-date";
import { allTimeZones } from "~/time/zones";

export const meta: MetaFunction = () => [{ title: "New cohort · Tripod" }];

/**
 * `?from=<address>` runs a cohort again: everything but its title, address and dates is
 * copied, and its facilitators come along. Only from a cohort you facilitate (or as an
 * admin); any other address is ignored, so nothing about it shows.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "facilitator", "admin");
  const db = getDb();
  const startsOn = addDays(localDateOf(now(), "UTC"), 14);
  const fromSlug = new URL(request.url).searchParams.get("from");
  const source = fromSlug ? cloneSource(db, user, fromSlug) : undefined;
  const team = source ? facilitatorsOf(db, source.id).map((f) => shownName(f)) : [];
  return {
    zones: allTimeZones(),
    startsOn,
    from: source ? { slug: source.slug, title: source.title, team } : null,
    values: source
      ? { ...cohortFormValues(source), title: `${source.title} (next run)`.slice(0, 100), slug: nextRunAddress(db, source.slug), startsOn }
      : { title: "", slug: "", startsOn, timeZone: "", schedule: "daily", sendHour: "7", capacity: "40", enrollmentOpen: true },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, "facilitator", "admin");
  const form = await request.formData();
  const parsed = parseForm(form, cohortSchemaOn(localDateOf(now(), "UTC")));
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values: formValues(form) }, { status: 400 });
  const db = getDb();
  const from = form.get("from");
  const source = typeof from === "string" && from ? cloneSource(db, user, from) : undefined;
  const created = createCohort(db, parsed.data, user.id, source?.id);
  if (!created.ok) return Response.json({ errors: created.errors, values: formValues(form) }, { status: 400 });
  throw redirect(`/facilitate/cohorts/${created.value.slug}?created=1`);
}

export default function NewCohort() {
  const loaded = useLoaderData<typeof loader>();
  const action = useActionData<{ errors: Record<string, string>; values: Record<string, string> }>();
  const values = action ? submittedCohortValues(action.values) : loaded.values;
  return (
    <div className="narrow-wide">
      <p className="eyebrow">Facilitate</p>
      <h1>{loaded.from ? `Run ${loaded.from.title} again` : "New cohort"}</h1>
      {loaded.from ? (
        <p className="notice">
          Copied from {loaded.from.title}: its time zone, schedule, email hour, seats and enrollment setting. Pick the new day 1. Its facilitators come along:{" "}
          {loaded.from.team.join(", ")}. Nobody is enrolled yet.
        </p>
      ) : (
        <p className="muted">You become its facilitator. Everything here can be changed later.</p>
      )}
      <CohortForm values={values} errors={action?.errors ?? {}} zones={loaded.zones} submitLabel="Create cohort" hidden={loaded.from ? { from: loaded.from.slug } : undefined} />
    </div>
  );
}
