import { Form, useNavigation } from "@remix-run/react";
import { Field, FormError } from "~/components/Field";
import { AGENDA_MAX, DURATION, TITLE_MAX, type SessionFormValues } from "~/community/live-form";

/**
 * Schedule or edit a live session: the same fields, each error beside its field and what was
 * typed kept. The start is a local time in the cohort's zone, named beside the fields.
 */
export function SessionForm({
  values,
  errors,
  zone,
  intent,
  submitLabel,
  formKey,
}: {
  values: SessionFormValues;
  errors: Record<string, string>;
  /** The cohort's zone, as people read it ("Europe/Berlin"). */
  zone: string;
  intent: "schedule" | "update";
  submitLabel: string;
  /** Changes after a save, so the fields start again from the saved values. */
  formKey: string;
}) {
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" noValidate key={formKey} className="session-form">
      <input type="hidden" name="intent" value={intent} />
      <FormError message={errors.form} />
      <Field name="title" label="Title" required maxLength={TITLE_MAX} defaultValue={values.title} error={errors.title} hint="What people see on their home page and in their calendar, e.g. Week 2 live Q&A." />
      <fieldset className="field">
        <legend>Start</legend>
        <span id="start-hint" className="hint">
          In the cohort's time zone, <strong>{zone}</strong>; everyone sees it in their own. If the clocks go back that night and the time happens twice, the first one counts.
        </span>
        <div className="session-start">
          <Field name="date" label="Date" type="date" required defaultValue={values.date} error={errors.date} aria-describedby={["start-hint", errors.date ? "date-error" : null].filter(Boolean).join(" ")} />
          <Field name="time" label={`Time (${zone})`} type="time" required defaultValue={values.time} error={errors.time} aria-describedby={["start-hint", errors.time ? "time-error" : null].filter(Boolean).join(" ")} />
        </div>
      </fieldset>
      <Field
        name="durationMinutes"
        label="Length in minutes"
        type="number"
        inputMode="numeric"
        min={DURATION.min}
        max={DURATION.max}
        step={5}
        required
        defaultValue={values.durationMinutes}
        error={errors.durationMinutes}
        hint={`From ${DURATION.min} to ${DURATION.max} minutes.`}
      />
      <Field
        name="videoUrl"
        label="Video link"
        type="url"
        required
        defaultValue={values.videoUrl}
        error={errors.videoUrl}
        hint="The https:// link people join with. It is shown to the cohort from 15 minutes before the start, and is in their calendar."
        autoComplete="off"
      />
      <div className="field">
        <label htmlFor="agenda">Agenda (optional)</label>
        <span id="agenda-hint" className="hint">
          Plain text, up to {AGENDA_MAX.toLocaleString("en-GB")} characters; line breaks are kept.
        </span>
        <textarea
          id="agenda"
          name="agenda"
          rows={5}
          defaultValue={values.agenda}
          aria-invalid={errors.agenda ? true : undefined}
          aria-describedby={["agenda-hint", errors.agenda ? "agenda-error" : null].filter(Boolean).join(" ")}
        />
        {errors.agenda ? (
          <span id="agenda-error" className="field-error">
            {errors.agenda}
          </span>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Saving…" : submitLabel}
      </button>
    </Form>
  );
}
