import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { isDayOpen, unlockInstant } from "~/cohorts/schedule";
import { AssessmentFields } from "~/components/day/AssessmentFields";
import { DayForm } from "~/components/day/DayForm";
import { PillarBadge } from "~/components/PillarBadge";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { dayWorkSchema, parseAssessment } from "~/progress/forms";
import { assessmentFor, assessmentRatings, dayWork, feedbackFor, ownEnrollment, reportMade, saveAssessment, saveDayWork } from "~/progress/progress.server";
import { now } from "~/time/clock.server";
import { formatLocalDate } from "~/time/format";
import { localDateOf } from "~/time/local-date";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Day ${data.day}: ${data.title} · Tripod` : "Day · Tripod" }];

/** Signed in, own active enrollment, a real day: otherwise 404 (someone else's work does not exist here). */
function access(request: Request, params: { enrollmentId?: string; day?: string }) {
  const user = requireUser(request);
  const own = ownEnrollment(getDb(), Number(params.enrollmentId), user.id);
  const day = Number(params.day);
  if (!own || !Number.isInteger(day) || day < 1 || day > 30) throw new Response("Not found", { status: 404 });
  return { own, day };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { own, day } = access(request, params);
  const lesson = getCourse().byDay(day)!;
  const at = now();
  const base = { enrollmentId: own.enrollment.id, day, title: lesson.title, pillar: lesson.pillar, minutes: lesson.minutes, cohortTitle: own.cohort.title };
  if (!isDayOpen(own.cohort, day, at)) {
    const opensOn = formatLocalDate(localDateOf(unlockInstant(own.cohort, day), own.cohort.timeZone));
    return data({ ...base, locked: true as const, opensOn }, { status: 403 });
  }
  const db = getDb();
  const work = dayWork(db, own.enrollment.id, day);
  const kind = assessmentFor(day);
  const course = getCourse();
  return {
    ...base,
    locked: false as const,
    summary: lesson.summary,
    html: lesson.html,
    exercise: lesson.exercise,
    reflectionQuestion: lesson.reflection,
    ratingStatement: lesson.rating,
    reading: lesson.reading ?? [],
    values: { exerciseAnswer: work?.exerciseAnswer ?? "", reflection: work?.reflection ?? "", rating: work?.rating ?? null, isPrivate: work?.isPrivate ?? false },
    completedOn: work?.completedAt ? formatLocalDate(localDateOf(work.completedAt, own.cohort.timeZone)) : null,
    feedback: feedbackFor(db, own.enrollment.id, day).map((f) => ({ id: f.id, body: f.body, author: f.author ?? "Your facilitator", on: formatLocalDate(localDateOf(f.createdAt, own.cohort.timeZone)) })),
    assessment: kind
      ? { kind, statements: course.assessment.statements, scale: course.assessment.scale, ratings: Object.fromEntries(assessmentRatings(db, own.enrollment.id, kind)), locked: reportMade(db, own.enrollment.id) }
      : null,
    nextDay: day < 30 && isDayOpen(own.cohort, day + 1, at) ? day + 1 : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { own, day } = access(request, params);
  const at = now();
  if (!isDayOpen(own.cohort, day, at)) return Response.json({ errors: { form: "This day has not opened yet." } }, { status: 403 });
  const form = await request.formData();
  const values = formValues(form);
  const parsed = parseForm(form, dayWorkSchema);
  const db = getDb();
  const kind = assessmentFor(day);
  const assessment = kind && !reportMade(db, own.enrollment.id) ? parseAssessment(values, getCourse().assessment.statements.map((s) => s.id), values.intent === "complete") : null;
  const errors = { ...(parsed.ok ? {} : parsed.errors), ...(assessment && !assessment.ok ? assessment.errors : {}) };
  if (!parsed.ok || Object.keys(errors).length > 0) {
    return Response.json({ errors: { form: "Nothing was saved yet: see the notes below.", ...errors }, values }, { status: 400 });
  }
  db.transaction(() => {
    saveDayWork(db, own.enrollment.id, day, parsed.data, at);
    if (kind && assessment?.ok) saveAssessment(db, own.enrollment.id, kind, assessment.ratings, at);
  });
  const message = parsed.data.intent === "complete" ? `Day ${day} is complete. Well done.` : "Draft saved.";
  return Response.json({ savedAt: at.toISOString(), message, completed: parsed.data.intent === "complete" });
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, string>; message?: string; completed?: boolean };

export default function DayPage() {
  const page = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const back = (
    <p>
      <Link to={`/learn/${page.enrollmentId}`}>← {page.cohortTitle}</Link>
    </p>
  );
  if (page.locked) {
    return (
      <div className="narrow">
        {back}
        <p className="eyebrow">Day {page.day} of 30</p>
        <h1>{page.title}</h1>
        <p className="notice notice-warn">This day is not open yet. It opens on {page.opensOn}, and we will email you that morning.</p>
      </div>
    );
  }
  const sent = action?.values;
  const values = sent
    ? { exerciseAnswer: sent.exerciseAnswer ?? "", reflection: sent.reflection ?? "", rating: sent.rating ? Number(sent.rating) : null, isPrivate: sent.isPrivate === "on" }
    : page.values;
  const ratings = sent && page.assessment ? Object.fromEntries(page.assessment.statements.map((s) => [s.id, Number(sent[`assessment.${s.id}`])])) : page.assessment?.ratings ?? {};
  return (
    <article className="stack day-page">
      <header className="prose">
        {back}
        <p className="eyebrow">
          Day {page.day} of 30 · {page.minutes} min
        </p>
        <h1>{page.title}</h1>
        <p>
          <PillarBadge pillar={page.pillar} /> {page.completedOn ? <span className="status status-active">Completed {page.completedOn}</span> : null}
        </p>
        <p className="lede">{page.summary}</p>
      </header>
      {/* Lesson bodies are our own markdown, rendered and sanitised at start-up (rehype-sanitize). */}
      <div className="prose lesson" dangerouslySetInnerHTML={{ __html: page.html }} />
      {page.reading.length > 0 ? (
        <aside className="prose small muted" aria-label="Further reading">
          <strong>Further reading:</strong> {page.reading.map((r) => `${r.title} (${r.author})`).join("; ")}
        </aside>
      ) : null}
      <div className="prose">
        {action?.message ? (
          <p className="notice notice-ok" role="status">
            {action.message}
          </p>
        ) : null}
        {action?.errors?.form ? (
          <p className="notice notice-error" role="alert">
            {action.errors.form}
          </p>
        ) : null}
        <DayForm
          key={action?.message ?? "form"}
          values={values}
          errors={action?.errors ?? {}}
          completed={Boolean(page.completedOn) || Boolean(action?.completed)}
          exercise={page.exercise}
          reflectionQuestion={page.reflectionQuestion}
          ratingStatement={page.ratingStatement}
        >
          {page.assessment ? <AssessmentFields {...page.assessment} ratings={ratings} errors={action?.errors ?? {}} /> : null}
        </DayForm>
        {page.feedback.length > 0 ? (
          <section aria-labelledby="feedback-title" className="section">
            <h2 id="feedback-title" className="h3">
              Feedback from your facilitator
            </h2>
            {page.feedback.map((f) => (
              <div key={f.id} className="feedback-item">
                <p className="white-space-pre">{f.body}</p>
                <p className="small muted">
                  {f.author}, {f.on}
                </p>
              </div>
            ))}
          </section>
        ) : null}
        <nav className="day-nav section" aria-label="Other days">
          {page.day > 1 ? <Link to={`/learn/${page.enrollmentId}/days/${page.day - 1}`}>← Day {page.day - 1}</Link> : <span />}
          {page.nextDay ? <Link to={`/learn/${page.enrollmentId}/days/${page.nextDay}`}>Day {page.nextDay} →</Link> : null}
        </nav>
      </div>
    </article>
  );
}
