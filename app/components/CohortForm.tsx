import { Form, useNavigation } from "@remix-run/react";
import { Field, FormError } from "./Field";

export type CohortFormValues = {
  title: string;
  slug: string;
  startsOn: string;
  timeZone: string;
  schedule: string;
  sendHour: string;
  capacity: string;
  enrollmentOpen: boolean;
};

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Create and edit a cohort: the same fields, errors next to each. Once day 1 has opened
 * (`calendarFixedSince`), the calendar (day 1, zone, schedule) is shown, not offered.
 */
export function CohortForm({
  values,
  errors,
  zones,
  submitLabel,
  calendarFixedSince = null,
}: {
  values: CohortFormValues;
  errors: Record<string, string>;
  zones: string[];
  submitLabel: string;
  calendarFixedSince?: string | null;
}) {
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" noValidate className="card">
      <input type="hidden" name="intent" value="settings" />
      <FormError message={errors.form} />
      <Field name="title" label="Title" required defaultValue={values.title} error={errors.title} hint="What participants see, e.g. Spring leadership cohort." />
      <Field name="slug" label="Address" required defaultValue={values.slug} error={errors.slug} hint="The end of the enrollment link: /cohorts/your-address." />
      {calendarFixedSince ? (
        <FixedCalendar values={values} errors={errors} />
      ) : (
        <>
          <Field name="startsOn" label="Day 1" type="date" required defaultValue={values.startsOn} error={errors.startsOn} />
          <Field
            name="timeZone"
            label="Time zone"
            list="time-zones"
            required
            defaultValue={values.timeZone}
            error={errors.timeZone}
            hint="Days open at midnight here. Start typing a city, e.g. Berlin."
            autoComplete="off"
          />
          <datalist id="time-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <fieldset className="field">
            <legend>Schedule</legend>
            <label className="choice">
              <input type="radio" name="schedule" value="daily" defaultChecked={values.schedule !== "weekdays"} /> Every day (30 days in a row)
            </label>
            <label className="choice">
              <input type="radio" name="schedule" value="weekdays" defaultChecked={values.schedule === "weekdays"} /> Weekdays only (six weeks)
            </label>
            {errors.schedule ? <span className="field-error">{errors.schedule}</span> : null}
          </fieldset>
        </>
      )}
      <div className="field">
        <label htmlFor="sendHour">Email hour</label>
        <span id="sendHour-hint" className="hint">
          Each participant's daily email goes at this hour in their own time zone.
        </span>
        <select id="sendHour" name="sendHour" defaultValue={values.sendHour} aria-describedby="sendHour-hint">
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {String(h).padStart(2, "0")}:00
            </option>
          ))}
        </select>
        {errors.sendHour ? <span className="field-error">{errors.sendHour}</span> : null}
      </div>
      <Field name="capacity" label="Seats" type="number" inputMode="numeric" min={1} max={2000} required defaultValue={values.capacity} error={errors.capacity} />
      <label className="choice">
        <input type="checkbox" name="enrollmentOpen" defaultChecked={values.enrollmentOpen} /> Enrollment is open (anyone with the link can join)
      </label>
      <p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
      </p>
    </Form>
  );
}

/** A started cohort's calendar, as facts, with the values carried so a save keeps them. */
function FixedCalendar({ values, errors }: { values: CohortFormValues; errors: Record<string, string> }) {
  const error = errors.startsOn ?? errors.timeZone ?? errors.schedule;
  return (
    <div className="field" id="calendar-fixed">
      <span className="label">Calendar</span>
      <p className="fixed-fact">
        Day 1 was <strong>{values.startsOn}</strong>, days open at midnight in <strong>{values.timeZone.replaceAll("_", " ")}</strong>,{" "}
        {values.schedule === "weekdays" ? "on weekdays only" : "every day"}.
      </p>
      <span className="hint">Fixed since day 1 opened: changing it would move days people have already done, and the dates every email and calendar already gave.</span>
      {error ? <span className="field-error">{error}</span> : null}
      <input type="hidden" name="startsOn" value={values.startsOn} />
      <input type="hidden" name="timeZone" value={values.timeZone} />
      <input type="hidden" name="schedule" value={values.schedule} />
    </div>
  );
}
