import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { isDayOpen, unlockInstant } from "~/cohorts/schedule";
import { DayPageView, type DayActionData, type DayPageData } from "~/components/day/DayPageView";
import { getCourse } from "~/course/content.server";
import { lessonView } from "~/course/lesson-view";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { completionErrors, mergeDayWork } from "~/progress/day-work";
import { dayWorkSchema, parseAssessment } from "~/progress/forms";
import { assessmentFor, assessmentLocked, assessmentRatings, dayWork, feedbackFor, markFeedbackRead, ownEnrollment, saveAssessment, saveDayWork } from "~/progress/progress.server";
import { assessmentNote, finalAssessmentLastDate } from "~/progress/assessment-window";
import { DEFAULT_VISIBILITY } from "~/progress/visibility";
import { now } from "~/time/clock.server";
import { isThreadIntent } from "~/community/forms";
import { ensureAnswerPost } from "~/community/posts.server";
import { threadAction } from "~/community/thread-actions.server";
import { threadPageParam, threadView } from "~/community/thread.server";
import { formatLocalDate } from "~/time/format";
import { localDateOf } from "~/time/local-date";
import { issueIfEligible } from "~/certificates/issue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Day ${data.day}: ${data.title} · Tripod` : "Day · Tripod" }];

/** Signed in, own active enrollment, a real day: otherwise 404 (someone else's work does not exist here). */
function access(request: Request, params: { enrollmentId?: string; day?: string }) {
  const user = requireUser(request);
  const own = ownEnrollment(getDb(), Number(params.enrollmentId), user.id);
  const day = Number(params.day);
  if (!own || !Number.isInteger(day) || day < 1 || day > 30) throw new Response("Not found", { status: 404 });
  // In the day's thread this person is a participant (an admin enrolled for a look also moderates).
  const viewer = { userId: user.id, participates: true, facilitates: user.role === "admin" };
  return { own, day, viewer, zone: user.timeZone ?? own.cohort.timeZone };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { own, day, viewer, zone } = access(request, params);
  const course = getCourse(own.cohort.edition);
  const lesson = course.byDay(day)!;
  const at = now();
  const view = lessonView(lesson, course);
  const base = { enrollmentId: own.enrollment.id, day, title: view.title, pillar: view.pillar, minutes: view.minutes, cohortTitle: own.cohort.title };
  if (!isDayOpen(own.cohort, day, at)) {
    const opensOn = formatLocalDate(localDateOf(unlockInstant(own.cohort, day), own.cohort.timeZone));
    return data({ ...base, locked: true as const, opensOn }, { status: 403 });
  }
  const db = getDb();
  const work = dayWork(db, own.enrollment.id, day);
  const kind = assessmentFor(day);
  const assessmentIsLocked = kind !== null && assessmentLocked(db, own.enrollment.id, own.cohort, kind, at);
  const feedback = feedbackFor(db, own.enrollment.id, day);
  // Only the owner reaches this page (facilitators read feedback on their own pages), so seeing it here marks it read.
  if (feedback.some((f) => f.readAt === null)) markFeedbackRead(db, own.enrollment.id, day, at);
  return {
    ...base,
    ...view,
    locked: false as const,
    values: { exerciseAnswer: work?.exerciseAnswer ?? "", reflection: work?.reflection ?? "", rating: work?.rating ?? null, visibility: work?.visibility ?? DEFAULT_VISIBILITY },
    completedOn: work?.completedAt ? formatLocalDate(localDateOf(work.completedAt, own.cohort.timeZone)) : null,
    feedback: feedback.map((f) => ({ id: f.id, body: f.body, author: f.author ?? "Your facilitator", on: formatLocalDate(localDateOf(f.createdAt, own.cohort.timeZone)) })),
    assessment: kind
      ? {
          kind,
          statements: course.assessment.statements,
          instructions: course.assessment.instructions,
          scale: course.assessment.scale,
          ratings: Object.fromEntries(assessmentRatings(db, own.enrollment.id, kind)),
          locked: assessmentIsLocked,
          note: assessmentNote(kind, assessmentIsLocked, formatLocalDate(finalAssessmentLastDate(own.cohort))),
          // Day 30 of an edition that asks it: the same statements, looking back at before day 1.
          retro: kind === "final" && course.assessment.retrospective ? { question: course.assessment.retrospective, ratings: Object.fromEntries(assessmentRatings(db, own.enrollment.id, "retro")) } : null,
        }
      : null,
    nextDay: day < 30 && isDayOpen(own.cohort, day + 1, at) ? day + 1 : null,
    thread: threadView(db, own.cohort.id, day, viewer, zone, threadPageParam(new URL(request.url))),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { own, day, viewer } = access(request, params);
  const at = now();
  if (!isDayOpen(own.cohort, day, at)) return Response.json({ errors: { form: "This day has not opened yet." } }, { status: 403 });
  const form = await request.formData();
  const values = formValues(form);
  const db = getDb();
  if (isThreadIntent(values.intent)) {
    const { status, body } = threadAction(db, form, { cohortId: own.cohort.id, day, viewer }, at);
    return Response.json(body, { status });
  }
  const parsed = parseForm(form, dayWorkSchema);
  const kind = assessmentFor(day);
  const completing = values.intent === "complete";
  const course = getCourse(own.cohort.edition);
  const statementIds = course.assessment.statements.map((s) => s.id);
  const open = kind !== null && !assessmentLocked(db, own.enrollment.id, own.cohort, kind, at);
  const assessment = open ? parseAssessment(values, statementIds, completing) : null;
  const retro = open && kind === "final" && course.assessment.retrospective ? parseAssessment(values, statementIds, completing, "retro") : null;
  // What will be stored: the saved work with only the fields this form carried laid over it.
  const stored = dayWork(db, own.enrollment.id, day);
  const work = parsed.ok ? mergeDayWork(stored, parsed.data) : null;
  const errors = {
    ...(parsed.ok ? {} : parsed.errors),
    ...(work && completing ? completionErrors(work) : {}),
    ...(assessment && !assessment.ok ? assessment.errors : {}),
    ...(retro && !retro.ok ? retro.errors : {}),
  };
  if (!work || Object.keys(errors).length > 0) {
    const what = values.intent === "autosave" ? "This draft was not saved" : "Nothing was saved yet";
    return Response.json({ errors: { form: `${what}: see the notes below.`, ...errors }, values }, { status: 400 });
  }
  const intent = parsed.ok ? parsed.data.intent : "save";
  const wasCompleted = Boolean(stored?.completedAt);
  const certified = db.transaction(() => {
    const saved = saveDayWork(db, own.enrollment.id, day, { ...work, intent }, at);
    // A complete day shared with the cohort has its place in the day's thread from now on.
    if (saved.completedAt && work.visibility === "cohort") ensureAnswerPost(db, { cohortId: own.cohort.id, day, authorId: viewer.userId, progressId: saved.id }, at);
    if (kind && assessment?.ok) saveAssessment(db, own.enrollment.id, kind, assessment.ratings, at);
    if (retro?.ok) saveAssessment(db, own.enrollment.id, "retro", retro.ratings, at);
    // The saves that can earn a certificate: a newly completed day, or day 30's final assessment.
    const mayQualify = (intent === "complete" && !wasCompleted) || (kind === "final" && assessment?.ok && assessment.ratings.size > 0);
    return mayQualify ? issueIfEligible(db, own.enrollment.id, at).issued : false;
  });
  const done = wasCompleted ? "Changes saved. The day stays complete." : intent === "complete" ? `Day ${day} is complete. Well done.` : "Draft saved.";
  const message = certified ? `${done} You have earned your certificate: find it on your course home.` : done;
  return Response.json({ savedAt: at.toISOString(), message, completed: intent === "complete" || wasCompleted, certificate: certified ? `/learn/${own.enrollment.id}/certificate` : null });
}

export default function DayPage() {
  const page = useLoaderData<typeof loader>() as DayPageData;
  return <DayPageView page={page} action={useActionData<DayActionData>()} />;
}
