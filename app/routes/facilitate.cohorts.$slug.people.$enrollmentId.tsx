import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireManagedCohort } from "~/cohorts/access.server";
import { openDays } from "~/cohorts/schedule";
import { FeedbackItem } from "~/components/FeedbackItem";
import { PillarBadge } from "~/components/PillarBadge";
import { StandingPill } from "~/components/StandingPill";
import { courseClock } from "~/progress/course-clock";
import { dayStateOf, standingNote, standingOf } from "~/progress/standing";
import { DAY_WORDS, STANDING_WORDS } from "~/progress/vocabulary";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { deliverSoon } from "~/email/send.server";
import { getEnv } from "~/env.server";
import { addFeedback, daysOf, feedbackOf, participantInCohort, sendNudge } from "~/facilitation/participant.server";
import { assessmentRatings } from "~/progress/progress.server";
import { facilitatorMayRead } from "~/progress/visibility";
import { now } from "~/time/clock.server";
import { formatShortDate } from "~/time/format";
import { localDateOf } from "~/time/local-date";
import { shownName } from "~/account/names";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Participant"} · Tripod` }];

/** The cohort's facilitators only; an enrollment of another cohort is a 404 here. */
function access(request: Request, params: { slug?: string; enrollmentId?: string }) {
  const { cohort, user } = requireManagedCohort(request, params.slug);
  const participant = participantInCohort(getDb(), cohort.id, Number(params.enrollmentId));
  if (!participant) throw new Response("Not found", { status: 404 });
  return { cohort, user, participant };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort, participant } = access(request, params);
  const db = getDb();
  const course = getCourse();
  const clock = courseClock(cohort, now());
  const open = clock.newestDay;
  const work = new Map(daysOf(db, participant.enrollment.id).map((d) => [d.day, d]));
  const started = (day: number) => Boolean(work.get(day)?.exerciseAnswer || work.get(day)?.reflection);
  const lastActivity = [...work.values()].reduce<Date | null>((last, w) => (!last || w.updatedAt > last ? w.updatedAt : last), null);
  const standing = standingOf(clock, { done: [...work.values()].filter((w) => w.completedAt).length, lastActivity, enrolledAt: participant.enrollment.createdAt, timeZone: participant.user.timeZone });
  const position = { newestDay: open, ended: clock.phase === "ended", joinedDay: standing.joinedDay };
  const feedback = feedbackOf(db, participant.enrollment.id);
  const zone = cohort.timeZone;
  const statements = course.assessment.statements;
  const baseline = assessmentRatings(db, participant.enrollment.id, "baseline");
  const final = assessmentRatings(db, participant.enrollment.id, "final");
  return {
    slug: cohort.slug,
    cohortTitle: cohort.title,
    enrollmentId: participant.enrollment.id,
    name: shownName(participant.user),
    email: participant.user.email,
    status: participant.enrollment.status,
    standing: { ...STANDING_WORDS[standing.standing], note: standingNote(standing) },
    days: course.days
      .filter((d) => d.day <= open)
      .map((d) => {
        const w = work.get(d.day);
        // Drafts and private days: status (and a completed day's rating) only. Their text never leaves the server.
        const readable = w !== undefined && facilitatorMayRead(w);
        const complete = Boolean(w?.completedAt);
        return {
          day: d.day,
          title: d.title,
          pillar: d.pillar,
          state: w?.completedAt
            ? `${DAY_WORDS.done.word} on ${formatShortDate(localDateOf(w.completedAt, zone))}`
            : DAY_WORDS[dayStateOf(d.day, position, { completed: false, started: started(d.day) })].word,
          rating: complete ? (w?.rating ?? null) : null,
          isPrivate: complete && (w?.isPrivate ?? false),
          exerciseAnswer: readable ? w.exerciseAnswer : null,
          reflection: readable ? w.reflection : null,
          feedback: feedback.filter((f) => f.day === d.day).map((f) => ({ id: f.id, body: f.body, author: f.author ?? "A facilitator", on: formatShortDate(localDateOf(f.createdAt, zone)) })),
        };
      })
      .reverse(),
    assessment: statements.map((s) => ({ id: s.id, text: s.text, pillar: s.pillar, baseline: baseline.get(s.id) ?? null, final: final.get(s.id) ?? null })),
    openIncomplete: course.days.filter((d) => d.day <= open && !work.get(d.day)?.completedAt).map((d) => d.day),
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("feedback"), day: z.coerce.number().int().min(1).max(30), body: z.string().trim().min(1, "Write some feedback first.").max(5000, "Keep feedback under 5,000 characters.") }),
  z.object({ intent: z.literal("nudge") }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, user, participant } = access(request, params);
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return Response.json({ error: issue.message, field: String(issue.path[0] ?? "") }, { status: 400 });
  }
  const db = getDb();
  const at = now();
  const appUrl = getEnv().APP_URL;
  if (parsed.data.intent === "feedback") {
    if (parsed.data.day > openDays(cohort, at)) return Response.json({ error: "That day has not opened yet." }, { status: 400 });
    const saved = await addFeedback(db, participant, user, parsed.data.day, parsed.data.body, at, appUrl);
    if (saved.status === "repeat") return Response.json({ done: `That feedback on day ${parsed.data.day} was already saved; it was not sent twice.` });
    if (saved.emailId !== null) deliverSoon([saved.emailId]);
    return Response.json({ done: `Feedback on day ${parsed.data.day} saved${saved.emailId ? ` and emailed to ${shownName(participant.user)}` : ""}.` });
  }
  const open = openDays(cohort, at);
  const done = new Set(daysOf(db, participant.enrollment.id).filter((d) => d.completedAt).map((d) => d.day));
  const incomplete = Array.from({ length: open }, (_, i) => i + 1).filter((d) => !done.has(d));
  const result = await sendNudge(db, participant, user, incomplete, at, appUrl);
  if (result.emailId !== null) deliverSoon([result.emailId]);
  const message = { sent: "Nudge sent.", already: "Already nudged today; one a day is plenty.", unsubscribed: "They unsubscribed from course email, so no nudge was sent.", "nothing-to-do": "They are up to date: nothing to nudge about." }[result.status];
  return Response.json({ done: message });
}

export default function ParticipantDetail() {
  const d = useLoaderData<typeof loader>();
  const action = useActionData<{ done?: string; error?: string }>();
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <p>
            <Link to={`/facilitate/cohorts/${d.slug}`}>← {d.cohortTitle}</Link>
          </p>
          <h1>{d.name}</h1>
          <p className="muted">
            {d.email} · {d.openIncomplete.length === 0 ? "up to date" : `${d.openIncomplete.length} open ${d.openIncomplete.length === 1 ? "day" : "days"} to do`}
          </p>
          <p>
            <StandingPill word={d.standing.word} tone={d.standing.tone} /> <span className="small muted">{d.standing.note}</span>
          </p>
        </div>
        <Form method="post">
          <input type="hidden" name="intent" value="nudge" />
          <button type="submit" className="button" disabled={d.openIncomplete.length === 0}>
            Send a nudge
          </button>
        </Form>
      </div>
      {action?.done ? (
        <p className="notice notice-ok" role="status">
          {action.done}
        </p>
      ) : null}
      {action?.error ? (
        <p className="notice notice-error" role="alert">
          {action.error}
        </p>
      ) : null}
      {d.days.map((day) => (
        <section key={day.day} className={`card day-detail pillar-${day.pillar}`} aria-labelledby={`day-${day.day}`}>
          <h2 id={`day-${day.day}`} className="h3">
            Day {day.day}: {day.title}
          </h2>
          <p>
            <PillarBadge pillar={day.pillar} /> {day.state}
            {day.rating ? ` · rated ${day.rating} of 5` : ""}
            {day.isPrivate ? <span className="status"> private</span> : null}
          </p>
          {day.isPrivate ? (
            <p className="muted small">They kept this day private: you see its status and rating only.</p>
          ) : day.exerciseAnswer || day.reflection ? (
            <dl className="answers">
              <dt>Exercise</dt>
              <dd className="white-space-pre">{day.exerciseAnswer || "—"}</dd>
              <dt>Reflection</dt>
              <dd className="white-space-pre">{day.reflection || "—"}</dd>
            </dl>
          ) : null}
          {day.feedback.map((f) => (
            <FeedbackItem key={f.id} body={f.body} author={f.author} on={f.on} />
          ))}
          <Form method="post" className="feedback-form">
            <input type="hidden" name="intent" value="feedback" />
            <input type="hidden" name="day" value={day.day} />
            <label htmlFor={`feedback-${day.day}`} className="visually-hidden">
              Feedback on day {day.day}
            </label>
            <textarea id={`feedback-${day.day}`} name="body" rows={3} placeholder={`Feedback on day ${day.day}`} />
            <button type="submit" className="button button-secondary">
              Send feedback
            </button>
          </Form>
        </section>
      ))}
      <section className="card" aria-labelledby="assessment-title">
        <h2 id="assessment-title" className="h3">
          Self-assessment
        </h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Statement</th>
                <th scope="col">Day 1</th>
                <th scope="col">Day 30</th>
              </tr>
            </thead>
            <tbody>
              {d.assessment.map((s) => (
                <tr key={s.id}>
                  <td>
                    <PillarBadge pillar={s.pillar} /> {s.text}
                  </td>
                  <td>{s.baseline ?? "—"}</td>
                  <td>{s.final ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
