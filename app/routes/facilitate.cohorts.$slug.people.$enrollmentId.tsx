import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireManagedCohort } from "~/cohorts/access.server";
import { openDays } from "~/cohorts/schedule";
import { FeedbackItem } from "~/components/FeedbackItem";
import { PillarBadge } from "~/components/PillarBadge";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { deliverSoon } from "~/email/send.server";
import { getEnv } from "~/env.server";
import { FeedbackForm, type FeedbackResult } from "~/components/facilitate/FeedbackForm";
import { ParticipantSummary, type SummaryData } from "~/components/facilitate/ParticipantSummary";
import { participantReport } from "~/balance/report.server";
import { addFeedback, daysOf, feedbackOf, participantInCohort, sendNudge } from "~/facilitation/participant.server";
import { participantView, type FeedbackRow } from "~/facilitation/participant-view";
import { formValues } from "~/forms/parse";
import { assessmentRatings } from "~/progress/progress.server";
import { standingNote } from "~/progress/standing";
import { DAY_WORDS, STANDING_WORDS } from "~/progress/vocabulary";
import { shownName } from "~/account/names";
import { now } from "~/time/clock.server";
import { formatShortDate } from "~/time/format";
import { localDateOf } from "~/time/local-date";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

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
  const at = now();
  const course = getCourse(cohort.edition);
  const zone = cohort.timeZone;
  const on = (instant: Date) => formatShortDate(localDateOf(instant, zone));
  const view = participantView(cohort, course.days, { enrolledAt: participant.enrollment.createdAt, timeZone: participant.user.timeZone }, daysOf(db, participant.enrollment.id), feedbackOf(db, participant.enrollment.id), at);
  const report = view.phase === "before" ? null : participantReport(db, participant.enrollment.id, cohort, at);
  const baseline = assessmentRatings(db, participant.enrollment.id, "baseline");
  const final = assessmentRatings(db, participant.enrollment.id, "final");
  const feedback = (list: FeedbackRow[]) => list.map((f) => ({ id: f.id, body: f.body, author: f.author ?? "A facilitator", on: on(f.createdAt) }));
  const summary: SummaryData = {
    done: view.standing.done,
    newestDay: view.newestDay,
    standing: { ...STANDING_WORDS[view.standing.standing], note: standingNote(view.standing) },
    streak: view.streak,
    lastActive: view.lastActivity ? on(view.lastActivity) : null,
    balance: report && { index: report.balance, pillars: report.pillars.map((p) => ({ pillar: p.pillar, score: p.score })), weakest: report.diagnosis.kind === "weak" ? report.diagnosis.pillar : null },
  };
  const openIncomplete = view.unreadable.filter((d) => d.state !== "done" && d.state !== "not-open").length;
  return {
    slug: cohort.slug,
    cohortTitle: cohort.title,
    enrollmentId: participant.enrollment.id,
    name: shownName(participant.user),
    email: participant.user.email,
    status: participant.enrollment.status,
    summary,
    // Only days whose work the facilitator may read carry text; the rest, their state (and a completed day's rating).
    readable: view.readable.map((d) => ({ day: d.day, title: d.title, pillar: d.pillar, completedOn: on(d.completedAt), rating: d.rating, exerciseAnswer: d.exerciseAnswer, reflection: d.reflection, feedback: feedback(d.feedback) })),
    unreadable: view.unreadable.map((d) => ({
      day: d.day,
      title: d.title,
      pillar: d.pillar,
      mark: DAY_WORDS[d.state].mark,
      state: [DAY_WORDS[d.state].word, d.keptPrivate ? "kept private" : null, d.rating ? `rated ${d.rating} of 5` : null].filter(Boolean).join(", "),
      feedback: feedback(d.feedback),
    })),
    assessment: course.assessment.statements.map((s) => ({ id: s.id, text: s.text, pillar: s.pillar, baseline: baseline.get(s.id) ?? null, final: final.get(s.id) ?? null })),
    openIncomplete,
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("feedback"), day: z.coerce.number().int().min(1).max(30), body: z.string().trim().min(1, "Write some feedback first.").max(5000, "Keep feedback under 5,000 characters.") }),
  z.object({ intent: z.literal("nudge") }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, user, participant } = access(request, params);
  const form = await request.formData();
  const parsed = actionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const values = formValues(form);
    const day = Number(values.day);
    // A feedback form's error goes back to that form, with its text.
    if (values.intent === "feedback" && Number.isInteger(day) && day >= 1 && day <= 30) {
      return Response.json({ intent: "feedback", day, error: issue.message, body: values.body ?? "" } satisfies FeedbackResult, { status: 400 });
    }
    return Response.json({ error: issue.message, field: String(issue.path[0] ?? "") }, { status: 400 });
  }
  const db = getDb();
  const at = now();
  const appUrl = getEnv().APP_URL;
  if (parsed.data.intent === "feedback") {
    const { day, body } = parsed.data;
    const reply = (result: Omit<FeedbackResult, "intent" | "day">, status = 200) => Response.json({ intent: "feedback", day, ...result } satisfies FeedbackResult, { status });
    if (day > openDays(cohort, at)) return reply({ error: "That day has not opened yet.", body }, 400);
    const saved = await addFeedback(db, participant, user, day, body, at, appUrl);
    if (saved.status === "repeat") return reply({ done: `That feedback on day ${day} was already saved; it was not sent twice.` });
    if (saved.emailId !== null) deliverSoon([saved.emailId]);
    return reply({ done: `Feedback on day ${day} saved${saved.emailId ? ` and emailed to ${shownName(participant.user)}` : ""}.` });
  }
  const open = openDays(cohort, at);
  const done = new Set(daysOf(db, participant.enrollment.id).filter((d) => d.completedAt).map((d) => d.day));
  const incomplete = Array.from({ length: open }, (_, i) => i + 1).filter((d) => !done.has(d));
  const result = await sendNudge(db, participant, user, incomplete, at, appUrl);
  if (result.emailId !== null) deliverSoon([result.emailId]);
  const message = { sent: "Nudge sent.", already: "Already nudged today; one a day is plenty.", unsubscribed: "They unsubscribed from course email, so no nudge was sent.", "nothing-to-do": "They are up to date: nothing to nudge about." }[result.status];
  return Response.json({ done: message });
}

type ActionData = FeedbackResult | { intent?: undefined; done?: string; error?: string };

export default function ParticipantDetail() {
  const d = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  // Feedback answers show beside their own form; the rest (a nudge) at the top, by its button.
  const returned = action?.intent === "feedback" ? action : undefined;
  const notice = action?.intent === "feedback" ? undefined : action;
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <BackToCohort slug={d.slug} title={d.cohortTitle} />
          <h1>{d.name}</h1>
          <p className="muted">
            {d.email}
          </p>
        </div>
        <Form method="post">
          <input type="hidden" name="intent" value="nudge" />
          <button type="submit" className="button" disabled={d.openIncomplete === 0}>
            Send a nudge
          </button>
        </Form>
      </div>
      {notice?.done ? (
        <p className="notice notice-ok" role="status">
          {notice.done}
        </p>
      ) : null}
      {notice?.error ? (
        <p className="notice notice-error" role="alert">
          {notice.error}
        </p>
      ) : null}
      <ParticipantSummary s={d.summary} />

      <h2 className="h3">Work to read</h2>
      {d.readable.length === 0 ? <p className="muted">Nothing yet: a day's work shows here once it is complete and not private.</p> : null}
      {d.readable.map((day) => (
        <section key={day.day} className={`card day-detail pillar-${day.pillar}`} aria-labelledby={`day-${day.day}`}>
          <h3 id={`day-${day.day}`} className="h3">
            Day {day.day}: {day.title}
          </h3>
          <p>
            <PillarBadge pillar={day.pillar} /> {DAY_WORDS.done.mark} {DAY_WORDS.done.word} on {day.completedOn}
            {day.rating ? ` · rated ${day.rating} of 5` : ""}
          </p>
          <dl className="answers">
            <dt>Exercise</dt>
            <dd className="white-space-pre">{day.exerciseAnswer || "—"}</dd>
            <dt>Reflection</dt>
            <dd className="white-space-pre">{day.reflection || "—"}</dd>
          </dl>
          {day.feedback.map((f) => (
            <FeedbackItem key={f.id} body={f.body} author={f.author} on={f.on} />
          ))}
          <FeedbackForm day={day.day} returned={returned?.day === day.day ? returned : undefined} />
        </section>
      ))}

      {d.unreadable.length > 0 ? (
        <section className="card" aria-labelledby="unreadable-title">
          <h2 id="unreadable-title" className="h3">
            Days without work to read
          </h2>
          <p className="small muted">Not started, drafts, and days they kept private: you see the state (and a completed day's rating), never the text.</p>
          <ul className="day-states">
            {d.unreadable.map((day) => (
              <li key={day.day}>
                <span className="day-state-line">
                  <PillarBadge pillar={day.pillar} />
                  <span>
                    <strong>Day {day.day}</strong> {day.title}
                  </span>
                  <span className="muted">
                    <span aria-hidden="true">{day.mark}</span> {day.state}
                  </span>
                </span>
                {day.feedback.map((f) => (
                  <FeedbackItem key={f.id} body={f.body} author={f.author} on={f.on} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
