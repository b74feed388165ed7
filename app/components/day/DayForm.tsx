import { Form, useBeforeUnload, useBlocker, useFetcher, useNavigation } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { MAX_ANSWER } from "~/progress/forms";
import { VISIBILITY_ORDER, VISIBILITY_WORDS, type DayVisibility } from "~/progress/visibility";

export type DayFormProps = {
  values: { exerciseAnswer: string; reflection: string; rating: number | null; visibility: DayVisibility };
  errors: Record<string, string>;
  completed: boolean;
  exercise: { prompt: string; steps: string[]; thisWeek?: string; coreMinutes?: number | null };
  reflectionQuestion: string;
  ratingStatement: string;
  /** The field to take the person to after a refused save (the first with an error). */
  focusField?: string | null;
  /** The assessment fields on days 1 and 30. */
  children?: ReactNode;
};

const RATING_LABELS = ["Not yet", "A little", "Somewhat", "Mostly", "Fully"];
const AUTOSAVE_MS = 1200;

function CharCount({ length }: { length: number }) {
  return (
    <div className={`char-count${length > MAX_ANSWER ? " over" : ""}`} aria-live="polite">
      {length.toLocaleString("en-GB")} / {MAX_ANSWER.toLocaleString("en-GB")}
    </div>
  );
}

/** One written answer: its textarea (stopping at the limit), the live count and its note. */
function AnswerField({ name, label, value, length, error, autoFocus }: { name: "exerciseAnswer" | "reflection"; label: string; value: string; length: number; error?: string; autoFocus: boolean }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <textarea
        id={name}
        name={name}
        defaultValue={value}
        maxLength={MAX_ANSWER}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      />
      <CharCount length={length} />
      {error ? (
        <span id={`${name}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The day's work: a plain form that works without JavaScript (save a draft, mark complete).
 * With JavaScript it also saves a draft shortly after each change, and warns before
 * leaving the page with writing that is not saved yet.
 */
export function DayForm({ values, errors: submitErrors, completed, exercise, reflectionQuestion, ratingStatement, focusField = null, children }: DayFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const autosave = useFetcher<{ savedAt?: string; errors?: Record<string, string> }>();
  const navigation = useNavigation();
  const [version, setVersion] = useState(0);
  const [savedVersion, setSavedVersion] = useState(0);
  const [lengths, setLengths] = useState({ exerciseAnswer: values.exerciseAnswer.length, reflection: values.reflection.length });
  const pending = useRef<number>(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const dirty = version !== savedVersion;

  const save = useCallback(() => {
    if (!form.current) return;
    const data = new FormData(form.current);
    data.set("intent", "autosave");
    pending.current = version;
    autosave.submit(data, { method: "post" });
  }, [autosave, version]);

  useEffect(() => {
    if (version === 0 || version === savedVersion) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(save, AUTOSAVE_MS);
    return () => clearTimeout(timer.current);
  }, [version, savedVersion, save]);

  useEffect(() => {
    if (autosave.state === "idle" && autosave.data?.savedAt) setSavedVersion(pending.current);
  }, [autosave.state, autosave.data]);

  // A full save (draft or complete) saves everything typed so far.
  useEffect(() => {
    if (navigation.state === "submitting") setSavedVersion(version);
  }, [navigation.state, version]);

  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (dirty) {
          event.preventDefault();
          event.returnValue = "";
        }
      },
      [dirty],
    ),
  );
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm("You have writing that is not saved yet. Leave this page anyway?")) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  const onChange = (event: React.FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLTextAreaElement;
    if (target.name === "exerciseAnswer" || target.name === "reflection") setLengths((l) => ({ ...l, [target.name]: target.value.length }));
    setVersion((v) => v + 1);
  };

  // A refused autosave shows its notes at the fields, like a refused save does.
  const autosaveErrors = autosave.state === "idle" && autosave.data?.errors ? autosave.data.errors : undefined;
  const errors = autosaveErrors ? { ...autosaveErrors, ...submitErrors } : submitErrors;

  // With JavaScript a refused save does not reload the page: take the person to the first note.
  useEffect(() => {
    if (!focusField || !form.current) return;
    const target = form.current.querySelector<HTMLElement>(`[name="${CSS.escape(focusField)}"]`);
    target?.focus();
  }, [focusField, submitErrors]);

  const status =
    autosave.state !== "idle"
      ? "Saving draft…"
      : autosaveErrors
        ? "Draft not saved: see the note at the field."
        : dirty
          ? "Unsaved changes"
          : autosave.data?.savedAt
            ? `Draft saved at ${new Date(autosave.data.savedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`
            : "";
  const busy = navigation.state === "submitting";
  const fieldError = (name: string) =>
    errors[name] ? (
      <span id={`${name}-error`} className="field-error">
        {errors[name]}
      </span>
    ) : null;

  return (
    <Form method="post" ref={form} onChange={onChange} className="stack work" noValidate>
      <section className="card" aria-labelledby="exercise-title">
        <h2 id="exercise-title" className="h3">
          Exercise
        </h2>
        <p>
          {exercise.prompt}
          {exercise.coreMinutes ? <span className="muted"> The steps take about {exercise.coreMinutes} minutes.</span> : null}
        </p>
        <ol className="steps-list">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {exercise.thisWeek ? (
          <p className="small">
            <strong>This week, if you have more time:</strong> {exercise.thisWeek}
          </p>
        ) : null}
        <AnswerField name="exerciseAnswer" label="What you did and wrote down" value={values.exerciseAnswer} length={lengths.exerciseAnswer} error={errors.exerciseAnswer} autoFocus={focusField === "exerciseAnswer"} />
      </section>
      <section className="card" aria-labelledby="reflection-title">
        <h2 id="reflection-title" className="h3">
          Reflection
        </h2>
        <AnswerField name="reflection" label={reflectionQuestion} value={values.reflection} length={lengths.reflection} error={errors.reflection} autoFocus={focusField === "reflection"} />
      </section>
      {children}
      <section className="card" aria-labelledby="rating-title">
        <h2 id="rating-title" className="h3">
          Rate yourself
        </h2>
        <fieldset className="statement" aria-describedby={errors.rating ? "rating-error" : undefined}>
          <legend>{ratingStatement}</legend>
          <div className="rating">
            {RATING_LABELS.map((label, i) => (
              <label key={label}>
                <input type="radio" name="rating" value={i + 1} defaultChecked={values.rating === i + 1} autoFocus={focusField === "rating" && i === 0} />
                <span className="rating-n">{i + 1}</span>
                {/* Read as "4 · Mostly"; shown as the number over its word. */}
                <span className="visually-hidden"> · </span>
                <span className="rating-word">{label}</span>
              </label>
            ))}
          </div>
          {fieldError("rating")}
        </fieldset>
        <fieldset className="visibility" aria-describedby={errors.visibility ? "visibility-error" : "visibility-note"}>
          <legend>Who can read what you wrote today</legend>
          {VISIBILITY_ORDER.map((level) => (
            <label key={level} className="choice">
              <input type="radio" name="visibility" value={level} defaultChecked={values.visibility === level} />
              <span>
                <strong>{VISIBILITY_WORDS[level].label}.</strong> {VISIBILITY_WORDS[level].detail}
              </span>
            </label>
          ))}
          <p id="visibility-note" className="small muted">
            A draft is only ever yours: this applies once the day is complete, and a change applies at once, wherever the day was shown.
          </p>
          {fieldError("visibility")}
        </fieldset>
      </section>
      <div className="sticky-actions">
        <div className="button-row">
          <button type="submit" name="intent" value="complete" className="button" disabled={busy}>
            {completed ? "Save changes" : "Mark day complete"}
          </button>
          <button type="submit" name="intent" value="save" className="button button-secondary" disabled={busy}>
            Save draft
          </button>
          <span className="save-status" role="status">
            {status}
          </span>
        </div>
      </div>
    </Form>
  );
}
