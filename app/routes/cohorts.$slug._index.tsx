import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { getUser } from "~/auth/guards.server";
import { requireWorkingCalendar } from "~/cohorts/access.server";
import { capitalised } from "~/progress/vocabulary";
import { findCohortAt } from "~/cohorts/addresses.server";
import { activeCount, facilitatorsOf } from "~/cohorts/cohorts.server";
import { ownSeat } from "~/cohorts/enrollment.server";
import { enrollSchema } from "~/cohorts/forms";
import { enrollFromPublicPage } from "~/cohorts/public-enroll.server";
import { courseEnd, positionAt, unlockInstant } from "~/cohorts/schedule";
import { joiningNow, standingAt, standingHeadline } from "~/cohorts/standing";
import { getCourse } from "~/course/content.server";
import { describeEffort, typicalMinutes } from "~/course/effort";
import { Field, FormError, Honeypot } from "~/components/Field";
import { LocalTime } from "~/components/LocalTime";
import { PillarBadge } from "~/components/PillarBadge";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { formValues, isBot, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { describeSchedule, formatHour } from "~/time/format";
import { allTimeZones } from "~/time/zones";
import { isCohortMember, livePanel } from "~/community/live.server";
import { LiveSessionsCard } from "~/components/live/LiveSessionsCard";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.cohort.title} · Tripod` : "Cohort · Tripod" },
  { name: "description", content: "Join a 30-day cohort in engineering leadership across Product, Process and People." },
];

/** A refused post's Retry-After reaches the browser on a document request too. */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => (actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders);

/** Public: anyone may read a cohort's page and enroll; someone already in it sees their way in instead. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const cohort = findCohortAt(db, params.slug ?? "", request);
  if (!cohort) throw new Response("Not found", { status: 404 });
  requireWorkingCalendar(cohort);
  const at = now();
  const position = positionAt(cohort, at);
  const seatsLeft = Math.max(0, cohort.capacity - activeCount(db, cohort.id, at));
  const standing = standingAt(cohort, at);
  const user = getUser(request);
  return {
    standing: { headline: standingHeadline(standing), joining: joiningNow(standing), late: standing.phase === "running" && standing.day > 1 },
    facilitators: facilitatorsOf(db, cohort.id).map((f) => f.name),
    effort: describeEffort(typicalMinutes(getCourse(cohort.edition).days)),
    seat: user ? ownSeat(db, cohort.id, user.id, at) : null,
    cohort: { slug: cohort.slug, title: cohort.title, timeZone: cohort.timeZone, schedule: describeSchedule(cohort.schedule), sendHour: formatHour(cohort.sendHour) },
    startsAt: unlockInstant(cohort, 1).toISOString(),
    lastDayAt: unlockInstant(cohort, 30).toISOString(),
    endsAt: courseEnd(cohort).toISOString(),
    phase: position.phase,
    currentDay: position.phase === "running" ? position.day : null,
    seatsLeft,
    enrollmentOpen: cohort.enrollmentOpen && position.phase !== "ended",
    timeZones: allTimeZones(),
    /** Live sessions: the cohort's own people only (its active participants and facilitators). */
    live: user && isCohortMember(db, cohort.id, user.id) ? livePanel(db, cohort, user, at, getEnv().APP_URL) : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const db = getDb();
  const cohort = findCohortAt(db, params.slug ?? "", request);
  if (!cohort) throw new Response("Not found", { status: 404 });
  requireWorkingCalendar(cohort);
  const form = await request.formData();
  const parsed = parseForm(form, enrollSchema);
  const values = formValues(form);
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values }, { status: 400 });
  // One answer for every address and cohort state: only the email says what happened.
  const next = `/cohorts/${cohort.slug}/enrolled?${new URLSearchParams({ email: parsed.data.email })}`;
  if (isBot(form)) throw redirect(next);
  const person = { name: parsed.data.name, email: parsed.data.email, timeZone: parsed.data.timeZone };
  const result = await enrollFromPublicPage(db, cohort, person, context.clientIp, now(), getEnv().APP_URL);
  if (!result.ok) {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    const wait = minutes === 1 ? "a minute" : `${minutes} minutes`;
    return Response.json(
      { errors: { form: `Too many enrollments from this connection. To keep the cohort safe from spam, please wait ${wait} and send the form again; what you typed is kept.` }, values },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  throw redirect(next);
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
        <p className="cohort-standing">{data.standing.headline}</p>
        <p className="lede">
          Thirty days of engineering leadership with a group that starts together: one lesson, one exercise and one
          reflection a day, across <PillarBadge pillar="product" /> <PillarBadge pillar="process" /> <PillarBadge pillar="people" />.
        </p>
      </section>
      {data.live ? <LiveSessionsCard panel={data.live} /> : null}
      <div className="grid grid-3 cohort-promise">
        <section className="card" aria-labelledby="who">
          <h2 id="who" className="h3">
            Who facilitates
          </h2>
          <p>
            {data.facilitators.length > 0
              ? `${listNames(data.facilitators)} ${data.facilitators.length === 1 ? "reads" : "read"} the work you share, leave${data.facilitators.length === 1 ? "s" : ""} feedback and follow${data.facilitators.length === 1 ? "s" : ""} how the cohort is doing.`
              : "A facilitator reads the work you share, leaves feedback and follows how the cohort is doing."}
          </p>
        </section>
        <section className="card" aria-labelledby="day-asks">
          <h2 id="day-asks" className="h3">
            What a day asks
          </h2>
          <p>
            {capitalised(data.effort)}: read a short lesson, do one exercise, answer one reflection
            question and rate yourself. You choose, per day, who may read your answers.
          </p>
        </section>
        <section className="card" aria-labelledby="leave-with">
          <h2 id="leave-with" className="h3">
            What you leave with
          </h2>
          <p>
            Your own work for thirty days, and a balance report: a score for each pillar, how even the three are, your growth
            since day 1 and the days to revisit for your weakest pillar. There is no certificate.
          </p>
        </section>
      </div>
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
            <dd>A new lesson {cohort.schedule}</dd>
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
        {data.seat ? <OwnSeatCard seat={data.seat} /> : <JoinCard data={data} action={action} busy={busy} />}
      </div>
    </div>
  );
}

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

/** For a signed-in person already in the cohort: their way in, not an empty form. */
function OwnSeatCard({ seat }: { seat: NonNullable<LoaderData["seat"]> }) {
  return (
    <section className="card" aria-labelledby="join">
      <h2 id="join" className="h3">
        {seat.status === "waitlisted" ? "You're on the waitlist" : "You're in this cohort"}
      </h2>
      {seat.status === "active" ? (
        <p>
          <Link className="button" to={`/learn/${seat.enrollmentId}`}>
            Go to your course
          </Link>
        </p>
      ) : seat.status === "pending" ? (
        <p>Your seat is held. Check your email and press its button to confirm it; the seat is released if it is not confirmed within 48 hours.</p>
      ) : (
        <p>The cohort is full. If a seat frees up, it goes to the next person in line and we email you at once.</p>
      )}
    </section>
  );
}

function JoinCard({ data, action, busy }: { data: LoaderData; action: ActionData | undefined; busy: boolean }) {
  const { cohort } = data;
  return (
    <section className="card" aria-labelledby="join">
      <h2 id="join" className="h3">
        {data.seatsLeft > 0 ? "Enroll" : "Join the waitlist"}
      </h2>
      {data.enrollmentOpen ? (
        <>
          <p className={data.standing.late ? "notice" : "small"}>{data.standing.joining}</p>
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
          <p className="small muted">No password: we email you one link that confirms your seat and signs you in.</p>
        </>
      ) : (
        <p className="notice">
          {data.phase === "ended" ? "This cohort has finished." : "Enrollment for this cohort is closed."} Ask its facilitator for an
          invitation, or <a href="/course">read what the course covers</a>.
        </p>
      )}
    </section>
  );
}
