import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireManagedCohort } from "~/cohorts/access.server";
import { isDayOpen } from "~/cohorts/schedule";
import { threadAction, type ThreadResult } from "~/community/thread-actions.server";
import { threadPageParam, threadView } from "~/community/thread.server";
import { DayThread } from "~/components/community/DayThread";
import { PillarBadge } from "~/components/PillarBadge";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Day ${data.day} thread · ${data.cohortTitle} · Tripod` : "Day thread · Tripod" }];

/** The cohort's facilitators (and admins) on one day's thread: they read, post, pin, hide and answer reports. */
function access(request: Request, params: { slug?: string; day?: string }) {
  const { cohort, user } = requireManagedCohort(request, params.slug);
  const day = Number(params.day);
  if (!/^\d{1,2}$/.test(params.day ?? "") || day < 1 || day > 30) throw new Response("Not found", { status: 404 });
  return { cohort, day, viewer: { userId: user.id, facilitates: true, participates: false }, zone: user.timeZone ?? cohort.timeZone };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort, day, viewer, zone } = access(request, params);
  const lesson = getCourse(cohort.edition).byDay(day)!;
  const thread = threadView(getDb(), cohort.id, day, viewer, zone, threadPageParam(new URL(request.url)));
  return { slug: cohort.slug, cohortTitle: cohort.title, day, title: lesson.title, pillar: lesson.pillar, open: isDayOpen(cohort, day, now()), thread };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, day, viewer } = access(request, params);
  const { status, body } = threadAction(getDb(), await request.formData(), { cohortId: cohort.id, day, viewer }, now());
  return Response.json(body, { status });
}

export default function FacilitatorDayThread() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<ThreadResult>()?.thread;
  return (
    <article className="stack narrow">
      <header>
        <BackToCohort slug={page.slug} title={page.cohortTitle} />
        <p className="eyebrow">Day {page.day} of 30 · thread</p>
        <h1>{page.title}</h1>
        <p>
          <PillarBadge pillar={page.pillar} /> {page.open ? null : <span className="status">Not open to participants yet</span>}
        </p>
      </header>
      <nav className="day-nav" aria-label="Other days">
        {page.day > 1 ? <Link to={`/facilitate/cohorts/${page.slug}/days/${page.day - 1}`}>← Day {page.day - 1}</Link> : <span />}
        {page.day < 30 ? <Link to={`/facilitate/cohorts/${page.slug}/days/${page.day + 1}`}>Day {page.day + 1} →</Link> : null}
      </nav>
      {result ? (
        <p className={`notice ${result.ok ? "notice-ok" : "notice-error"}`} role={result.ok ? "status" : "alert"}>
          {result.ok ? result.message : `Not done: ${result.error}`}
        </p>
      ) : null}
      <DayThread
        day={page.day}
        thread={page.thread}
        result={result}
        intro="What participants shared with the cohort on this day, and the conversation about it. Pin what everyone should see first; hide what should not be there (its author still sees it, marked). Participants' reports show on the post."
        empty="Nobody has shared this day with the cohort yet. A post of yours can start the conversation."
      />
    </article>
  );
}
