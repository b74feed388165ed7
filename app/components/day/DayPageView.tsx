import { Link } from "@remix-run/react";
import type { ThreadView } from "~/community/thread.server";
import type { ThreadResult } from "~/community/thread-actions.server";
import { DayThread } from "~/components/community/DayThread";
import { AssessmentFields, type Statement } from "~/components/day/AssessmentFields";
import { DayForm } from "~/components/day/DayForm";
import { FeedbackItem } from "~/components/FeedbackItem";
import { PillarBadge } from "~/components/PillarBadge";
import type { DayPillar } from "~/course/pillars";
import { firstErrorField } from "~/progress/day-work";
import { isDayVisibility, type DayVisibility } from "~/progress/visibility";

/** What the day page shows: a locked notice, or the lesson with the day's work. */
export type DayPageData =
  | { locked: true; enrollmentId: number; day: number; title: string; pillar: DayPillar; minutes: number; cohortTitle: string; opensOn: string }
  | {
      locked: false;
      enrollmentId: number;
      day: number;
      title: string;
      pillar: DayPillar;
      minutes: number;
      cohortTitle: string;
      summary: string;
      html: string;
      exercise: { prompt: string; steps: string[]; thisWeek?: string; coreMinutes?: number | null };
      conversations?: { id: string; title: string; summary: string; html: string }[];
      reflectionQuestion: string;
      ratingStatement: string;
      reading: { title: string; author: string }[];
      values: { exerciseAnswer: string; reflection: string; rating: number | null; visibility: DayVisibility };
      completedOn: string | null;
      feedback: { id: number; body: string; author: string; on: string }[];
      assessment: { kind: "baseline" | "final"; statements: Statement[]; scale: { value: number; label: string }[]; ratings: Record<string, number>; locked: boolean; note: string | null; instructions?: string; retro?: { question: string; ratings: Record<string, number> } | null } | null;
      nextDay: number | null;
      thread: ThreadView;
    };

export type DayActionData = { errors?: Record<string, string>; values?: Record<string, string>; message?: string; completed?: boolean } & Partial<ThreadResult>;

export function DayPageView({ page, action }: { page: DayPageData; action?: DayActionData }) {
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
  // After a refused save (no JavaScript) the page shows what was sent; fields it did not carry show what is stored.
  const sent = action?.errors ? action.values : undefined;
  const values = sent
    ? {
        exerciseAnswer: sent.exerciseAnswer ?? page.values.exerciseAnswer,
        reflection: sent.reflection ?? page.values.reflection,
        rating: sent.rating ? Number(sent.rating) : page.values.rating,
        visibility: isDayVisibility(sent.visibility) ? sent.visibility : page.values.visibility,
      }
    : page.values;
  const ratings =
    sent && page.assessment
      ? Object.fromEntries(page.assessment.statements.map((s) => [s.id, sent[`assessment.${s.id}`] ? Number(sent[`assessment.${s.id}`]) : (page.assessment!.ratings[s.id] ?? 0)]))
      : page.assessment?.ratings ?? {};
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
      {page.conversations && page.conversations.length > 0 ? (
        <aside className="prose conversation-kit" aria-labelledby="kit-title">
          <h2 id="kit-title" className="h3">
            Conversation kit
          </h2>
          {page.conversations.map((c) => (
            <details key={c.id} className="card">
              <summary>
                <strong>{c.title}.</strong> {c.summary}
              </summary>
              {/* Our own markdown, rendered and sanitised at start-up like the lessons. */}
              <div className="lesson-kit" dangerouslySetInnerHTML={{ __html: c.html }} />
            </details>
          ))}
        </aside>
      ) : null}
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
        {action?.thread ? (
          // Sent without JavaScript: the page starts at the top, so say what happened and where.
          <p className={`notice ${action.thread.ok ? "notice-ok" : "notice-error"}`} role={action.thread.ok ? "status" : "alert"}>
            {action.thread.ok ? action.thread.message : `Not done: ${action.thread.error}`} <a href={action.thread.postId ? `#post-${action.thread.postId}` : "#thread"}>Go to the thread</a>
          </p>
        ) : null}
        {action?.errors?.form ? (
          <p className="notice notice-error" role="alert">
            {action.errors.form}
          </p>
        ) : null}
        {/* Never remounted after a save: the fields keep exactly what the person typed and sent. */}
        <DayForm
          values={values}
          errors={action?.errors ?? {}}
          focusField={firstErrorField(action?.errors ?? {}, page.assessment?.statements.map((s) => s.id))}
          completed={Boolean(page.completedOn) || Boolean(action?.completed)}
          exercise={page.exercise}
          reflectionQuestion={page.reflectionQuestion}
          ratingStatement={page.ratingStatement}
        >
          {page.assessment ? <AssessmentFields {...page.assessment} ratings={ratings} errors={action?.errors ?? {}} focusField={firstErrorField(action?.errors ?? {}, page.assessment.statements.map((s) => s.id))} /> : null}
          {page.assessment?.retro ? (
            <AssessmentFields
              {...page.assessment}
              kind="retro"
              instructions={page.assessment.retro.question}
              ratings={sent ? Object.fromEntries(page.assessment.statements.map((s) => [s.id, Number(sent[`retro.${s.id}`] ?? page.assessment!.retro!.ratings[s.id] ?? 0)])) : page.assessment.retro.ratings}
              errors={action?.errors ?? {}}
              focusField={firstErrorField(action?.errors ?? {}, page.assessment.statements.map((s) => s.id))}
            />
          ) : null}
        </DayForm>
        {page.feedback.length > 0 ? (
          <section aria-labelledby="feedback-title" className="section">
            <h2 id="feedback-title" className="h3">
              Feedback from your facilitator
            </h2>
            {page.feedback.map((f) => (
              <FeedbackItem key={f.id} body={f.body} author={f.author} on={f.on} />
            ))}
          </section>
        ) : null}
        <DayThread
          day={page.day}
          thread={page.thread}
          result={action?.thread}
          intro="Answers people chose to share with the cohort, and what the cohort says about this day. To share yours, choose “My cohort” above and save."
          empty="Nobody has shared this day with the cohort yet."
        />
        <nav className="day-nav section" aria-label="Other days">
          {page.day > 1 ? <Link to={`/learn/${page.enrollmentId}/days/${page.day - 1}`}>← Day {page.day - 1}</Link> : <span />}
          {page.nextDay ? <Link to={`/learn/${page.enrollmentId}/days/${page.nextDay}`}>Day {page.nextDay} →</Link> : null}
        </nav>
      </div>
    </article>
  );
}
