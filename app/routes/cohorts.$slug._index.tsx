import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { activeCount, getCohortBySlug } from "~/cohorts/cohorts.server";
import { enroll } from "~/cohorts/enrollment.server";
import { enrollSchema } from "~/cohorts/forms";
import { courseEnd, positionAt, unlockInstant } from "~/cohorts/schedule";
import { sendWelcomes } from "~/cohorts/welcome.server";
import { Field, FormError, Honeypot } from "~/components/Field";
import { LocalTime } from "~/components/LocalTime";
import { PillarBadge } from "~/components/PillarBadge";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { formValues, isBot, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { describeSchedule, formatHour } from "~/time/format";
import { allTimeZones } from "~/time/zones";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.cohort.title} · Tripod` : "Cohort · Tripod" },
  { name: "description", content: "Join a 30-day cohort in engineering leadership across Product, Process and People." },
];

/** Public: anyone may read a cohort's page and enroll. */
export async function loader({ params }: LoaderFunctionArgs) {
  const db = getDb();
  const cohort = getCohortBySlug(db, params.slug ?? "");
  if (!cohort) throw new Response("Not found", { status: 404 });
  const position = positionAt(cohort, now());
  const seatsLeft = Math.max(0, cohort.capacity - activeCount(db, cohort.id));
  return {
    cohort: { slug: cohort.slug, title: cohort.title, timeZone: cohort.timeZone, schedule: describeSchedule(cohort.schedule), sendHour: formatHour(cohort.sendHour) },
    startsAt: unlockInstant(cohort, 1).toISOString(),
    lastDayAt: unlockInstant(cohort, 30).toISOString(),
    endsAt: courseEnd(cohort).toISOString(),
    phase: position.phase,
    currentDay: position.phase === "running" ? position.day : null,
    seatsLeft,
    enrollmentOpen: cohort.enrollmentOpen && position.phase !== "ended",
    timeZones: allTimeZones(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = getDb();
  const cohort = getCohortBySlug(db, params.slug ?? "");
  if (!cohort) throw new Response("Not found", { status: 404 });
  const form = await request.formData();
  const parsed = parseForm(form, enrollSchema);
  const values = formValues(form);
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values }, { status: 400 });
  const next = (status: string) => `/cohorts/${cohort.slug}/enrolled?${new URLSearchParams({ status, email: parsed.data.email })}`;
  if (isBot(form)) throw redirect(next("enrolled"));
  if (positionAt(cohort, now()).phase === "ended") {
    return Response.json({ errors: { form: "This cohort has finished; enrollment is closed." }, values }, { status: 400 });
  }

  const at = now();
  const result = enroll(db, cohort.id, { name: parsed.data.name, email: parsed.data.email, timeZone: parsed.data.timeZone }, at);
  if (result.status === "closed") {
    return Response.json({ errors: { form: "Enrollment for this cohort is closed. Ask its facilitator for an invitation." }, values }, { status: 400 });
  }
  if (result.status === "enrolled") await sendWelcomes(db, [result.enrollmentId], at, getEnv().APP_URL);
  throw redirect(next(result.status));
}

type ActionData = { errors: Record<string, string>; values: Record<string, string> };

function TimeZonePicker({ zones, fallback, error }: { zones: string[]; fallback: string; error?: string }) {
  const select = useRef<HTMLSelectElement>(null);
  // With JavaScript, start from the zone the browser reports; without, the cohort's.
  useEffect(() => {
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (select.current && zones.includes(detected) && select.current.value === fallback) select.current.value = detected;
  }, [zones, fallback]);
  return (
    <div className="field">
      <label htmlFor="timeZone">Your time zone</label>
      <span id="timeZone-hint" className="hint">
        Your daily email arrives at {"the cohort's send hour"} in this zone.
      </span>
      <select id="timeZone" name="timeZone" ref={select} defaultValue={fallback} aria-describedby="timeZone-hint" aria-invalid={error ? true : undefined}>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll("_", " ")}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function CohortPage() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const busy = useNavigation().state === "submitting";
  const { cohort } = data;
  const dateOnly: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };
  return (
    <div className="cohort-page">
      <section className="hero">
        <p className="eyebrow">Cohort</p>
        <h1>{cohort.title}</h1>
        <p className="lede">
          Thirty days of engineering leadership with a group that starts together: one lesson, one exercise and one
          reflection a day, across <PillarBadge pillar="product" /> <PillarBadge pillar="process" /> <PillarBadge pillar="people" />.
        </p>
      </section>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="when">
          <h2 id="when" className="h3">
            When
          </h2>
          <dl className="facts">
            <dt>Day 1</dt>
            <dd>
              <LocalTime iso={data.startsAt} fallbackZone={cohort.timeZone} options={dateOnly} />
            </dd>
            <dt>Day 30</dt>
            <dd>
              <LocalTime iso={data.lastDayAt} fallbackZone={cohort.timeZone} options={dateOnly} />
            </dd>
            <dt>Rhythm</dt>
            <dd>A new lesson {cohort.schedule}, 20–30 minutes</dd>
            <dt>Email</dt>
            <dd>Each course day at {cohort.sendHour} your time</dd>
            <dt>Status</dt>
            <dd>
              {data.phase === "before" ? "Not started yet" : data.phase === "running" ? `Running: day ${data.currentDay} is open` : "Finished"}
            </dd>
            <dt>Seats</dt>
            <dd>{data.seatsLeft > 0 ? `${data.seatsLeft} left` : "Full: join the waitlist"}</dd>
          </dl>
          <p className="small">
            <a href={`/cohorts/${cohort.slug}/calendar.ics`}>Add the thirty days to your calendar</a> (.ics)
          </p>
        </section>
        <section className="card" aria-labelledby="join">
          <h2 id="join" className="h3">
            {data.seatsLeft > 0 ? "Enroll" : "Join the waitlist"}
          </h2>
          {data.enrollmentOpen ? (
            <>
              <FormError message={action?.errors.form} />
              <Form method="post" noValidate>
                <Field name="name" label="Your name" autoComplete="name" required defaultValue={action?.values.name} error={action?.errors.name} />
                <Field name="email" label="Email address" type="email" autoComplete="email" required defaultValue={action?.values.email} error={action?.errors.email} />
                <TimeZonePicker zones={data.timeZones} fallback={action?.values.timeZone || cohort.timeZone} error={action?.errors.timeZone} />
                <Honeypot />
                <button type="submit" className="button" disabled={busy}>
                  {busy ? "Enrolling…" : data.seatsLeft > 0 ? "Enroll" : "Join the waitlist"}
                </button>
              </Form>
              <p className="small muted">No password: you sign in with a link we email you.</p>
            </>
          ) : (
            <p className="notice">
              {data.phase === "ended" ? "This cohort has finished." : "Enrollment for this cohort is closed."} Ask its facilitator for an
              invitation, or <a href="/course">read what the course covers</a>.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
