import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { DayStrip } from "~/components/DayStrip";
import { NewFeedback } from "~/components/NewFeedback";
import { PillarBadge } from "~/components/PillarBadge";
import { getCourse } from "~/course/content.server";
import { PILLAR_INFO } from "~/course/pillars";
import { getDb } from "~/db.server";
import { BeforeStartCard } from "~/components/learn/BeforeStartCard";
import { buildJourney } from "~/progress/journey";
import { standingNote } from "~/progress/standing";
import { STANDING_WORDS } from "~/progress/vocabulary";
import { DayLegend } from "~/components/DayLegend";
import { StandingPill } from "~/components/StandingPill";
import { enrollmentsOf, ownEnrollment, progressFacts, unreadFeedback } from "~/progress/progress.server";
import { now } from "~/time/clock.server";
import { formatShortDate } from "~/time/format";
import { localDateOf } from "~/time/local-date";
import { addressed } from "~/account/names";
import { livePanel } from "~/community/live.server";
import { LiveSessionsCard } from "~/components/live/LiveSessionsCard";
import { getEnv } from "~/env.server";
import { AnnouncementCards } from "~/components/community/AnnouncementCards";
import { homeAnnouncements, readAnnouncementAction } from "~/community/home.server";
import { certificateOf } from "~/certificates/certificates.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.cohort.title ?? "Your course"} · Tripod` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const own = ownEnrollment(db, Number(params.enrollmentId), user.id);
  if (!own) throw new Response("Not found", { status: 404 });
  const course = getCourse(own.cohort.edition);
  const journey = buildJourney(own.cohort, course.days, progressFacts(db, own.enrollment.id), now(), { enrolledAt: own.enrollment.createdAt, timeZone: user.timeZone });
  const day = (n: number) => course.byDay(n)!;
  const next = journey.next;
  return {
    enrollmentId: own.enrollment.id,
    greeting: addressed("Good to see you", user.name),
    cohort: { title: own.cohort.title, slug: own.cohort.slug },
    others: enrollmentsOf(db, user.id).filter((e) => e.id !== own.enrollment.id).map((e) => ({ id: e.id, title: e.title })),
    strip: journey.cards.map((c) => ({ day: c.day, pillar: c.pillar, title: c.title, state: c.state, unlocksOn: formatShortDate(localDateOf(c.unlocksAt, own.cohort.timeZone)) })),
    pillars: journey.pillars,
    newFeedback: unreadFeedback(db, own.enrollment.id),
    live: livePanel(db, own.cohort, user, now(), getEnv().APP_URL),
    announcements: homeAnnouncements(db, user.id, own.cohort.id),
    zone: user.timeZone ?? own.cohort.timeZone,
    certificate: certificateStatus(db, own.enrollment.id),
    streak: journey.streak,
    completed: journey.completed,
    catchUp: journey.catchUp.map((c) => ({ day: c.day, title: c.title, pillar: c.pillar, started: c.started })),
    standing: journey.standing && journey.phase !== "before" ? { word: STANDING_WORDS[journey.standing.standing].word, tone: STANDING_WORDS[journey.standing.standing].tone, note: standingNote(journey.standing) } : null,
    /** A late joiner who has not done a day yet: no streak to show, only where it starts. */
    lateJoiner: journey.joinedDay > 1,
    next:
      next.kind === "today" || next.kind === "catch-up" || next.kind === "late-start"
        ? {
            kind: next.kind,
            day: next.day,
            title: day(next.day).title,
            pillar: day(next.day).pillar,
            summary: day(next.day).summary,
            minutes: day(next.day).minutes,
            plan: next.kind === "late-start" ? { joinedDay: next.joinedDay, behind: next.behind, levelByDay: next.levelByDay } : null,
          }
        : next.kind === "up-to-date"
          ? { kind: next.kind, nextDay: next.nextDay, opens: formatShortDate(localDateOf(next.unlocksAt, own.cohort.timeZone)) }
          : next.kind === "not-started"
            ? { kind: next.kind, opens: formatShortDate(localDateOf(next.startsAt, own.cohort.timeZone)) }
            : { kind: next.kind },
  };
}

/** Whether a certificate was issued for this enrollment (one indexed lookup), for the home's card. */
function certificateStatus(db: ReturnType<typeof getDb>, enrollmentId: number): { revoked: boolean } | null {
  const certificate = certificateOf(db, enrollmentId);
  return certificate ? { revoked: certificate.revokedAt !== null } : null;
}

/** "Mark as read" on an announcement's card: only the owner of this enrollment, only their own notification. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const own = ownEnrollment(db, Number(params.enrollmentId), user.id);
  if (!own) throw new Response("Not found", { status: 404 });
  return readAnnouncementAction(db, user.id, await request.formData(), now());
}

/** A late joiner's realistic way to catch up, in words. */
function LatePlan({ day, plan }: { day: number; plan: { joinedDay: number; behind: number; levelByDay: number | null } }) {
  return (
    <p className="notice">
      You joined when the cohort was on day {plan.joinedDay}. {day === 1 ? "Day 1 holds the baseline self-assessment your report needs, so start there. " : ""}
      {plan.behind} open {plan.behind === 1 ? "day is" : "days are"} yours to do, in order, at your own pace:{" "}
      {plan.levelByDay
        ? `doing two a day, you are level with the cohort by day ${plan.levelByDay}.`
        : "doing two a day, you finish a few days after day 30, and every day stays open after the course ends."}
    </p>
  );
}

function NextStepCard({ data }: { data: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const next = data.next;
  if (next.kind === "today" || next.kind === "catch-up" || next.kind === "late-start") {
    return (
      <section className={`card cta pillar-${next.pillar}`} aria-labelledby="next-title">
        <p className="eyebrow">{next.kind === "today" ? "Today" : next.kind === "late-start" ? "Where to start" : "Next to catch up"}</p>
        <h2 id="next-title" className="h3">
          Day {next.day}: {next.title}
        </h2>
        <p>
          <PillarBadge pillar={next.pillar} /> <span className="muted small">{next.minutes} min</span>
        </p>
        <p>{next.summary}</p>
        {next.plan ? <LatePlan day={next.day} plan={next.plan} /> : null}
        <Link to={`/learn/${data.enrollmentId}/days/${next.day}`} className="button">
          {next.kind === "today" ? `Start day ${next.day}` : next.kind === "late-start" ? `Start with day ${next.day}` : `Catch up on day ${next.day}`}
        </Link>
      </section>
    );
  }
  const text =
    next.kind === "up-to-date"
      ? `You are up to date. Day ${next.nextDay} opens on ${next.opens}.`
      : next.kind === "not-started"
        ? `Day 1 opens on ${next.opens}. We will email you that morning.`
        : "You finished all thirty days. Your balance report is ready.";
  return (
    <section className="card cta" aria-label="Next step">
      <p className="eyebrow">Next</p>
      <p className="h3">{text}</p>
    </section>
  );
}

export default function LearnHome() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <p className="eyebrow">{data.cohort.title}</p>
          <h1>{data.greeting}</h1>
        </div>
        {data.others.length > 0 ? (
          <nav aria-label="Your other cohorts" className="small">
            Also in:{" "}
            {data.others.map((o, i) => (
              <span key={o.id}>
                {i > 0 ? ", " : ""}
                <Link to={`/learn/${o.id}`}>{o.title}</Link>
              </span>
            ))}
          </nav>
        ) : null}
      </div>
      <AnnouncementCards items={data.announcements} zone={data.zone} />
      <NewFeedback enrollmentId={data.enrollmentId} items={data.newFeedback} />
      <NextStepCard data={data} />
      {data.certificate ? (
        <section className="card certificate-card" aria-labelledby="certificate-title">
          <p className="eyebrow">{data.certificate.revoked ? "Certificate revoked" : "Certificate of completion"}</p>
          <h2 id="certificate-title" className="h3">
            {data.certificate.revoked ? "Your certificate was revoked" : "You earned your certificate"}
          </h2>
          <p>
            <Link to={`/learn/${data.enrollmentId}/certificate`} className={data.certificate.revoked ? undefined : "button"}>
              {data.certificate.revoked ? "See why" : "See your certificate"}
            </Link>
          </p>
        </section>
      ) : null}
      {data.live ? <LiveSessionsCard panel={data.live} /> : null}
      <div className="grid grid-2">
        {data.next.kind === "not-started" ? (
          <BeforeStartCard opens={data.next.opens} />
        ) : (
          <section className="card" aria-labelledby="progress-title">
            <h2 id="progress-title" className="h3">
              Progress
            </h2>
            <p>
              <span className="stat">{data.completed}</span> of 30 days done ·{" "}
              {data.lateJoiner && data.completed === 0 ? (
                "your streak starts with your first day"
              ) : (
                <>
                  streak <strong>{data.streak}</strong> {data.streak === 1 ? "day" : "days"}
                </>
              )}
            </p>
            <div className="pillar-bars">
              {data.pillars.map((p) => (
                <div key={p.pillar} className={`pillar-bar pillar-${p.pillar}`}>
                  <span>{PILLAR_INFO[p.pillar].name}</span>
                  <span className="bar" role="img" aria-label={`${PILLAR_INFO[p.pillar].name}: ${p.done} of ${p.unlocked} open days done, ${p.total} in the course`}>
                    <span style={{ width: `${p.unlocked ? Math.round((100 * p.done) / p.unlocked) : 0}%` }} />
                  </span>
                  <span className="muted">
                    {p.done}/{p.unlocked}
                  </span>
                </div>
              ))}
            </div>
            <p className="small muted">Done of the days open so far. Integration days count toward all three.</p>
            {data.standing ? (
              <p>
                Where you stand: <StandingPill word={data.standing.word} tone={data.standing.tone} /> <span className="small muted">{data.standing.note}</span>
              </p>
            ) : null}
            <p>
              <Link to={`/learn/${data.enrollmentId}/report`}>Your balance report</Link>
            </p>
          </section>
        )}
        <section className="card" aria-labelledby="catch-title">
          <h2 id="catch-title" className="h3">
            Catch up
          </h2>
          {data.catchUp.length === 0 ? (
            <p className="muted">Nothing to catch up on.</p>
          ) : (
            <ul className="catch-up">
              {data.catchUp.map((c) => (
                <li key={c.day}>
                  <Link to={`/learn/${data.enrollmentId}/days/${c.day}`}>
                    Day {c.day}: {c.title}
                  </Link>{" "}
                  {c.started ? <span className="muted small">(draft saved)</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="days-title">
        <h2 id="days-title" className="h3">
          Your thirty days
        </h2>
        <DayStrip enrollmentId={data.enrollmentId} days={data.strip} />
        <DayLegend states={["done", "in-progress", "today", "to-catch-up", ...(data.lateJoiner ? (["own-pace"] as const) : []), "not-open"]}>
          <li>
            <PillarBadge pillar="product" /> <PillarBadge pillar="process" /> <PillarBadge pillar="people" /> <PillarBadge pillar="all" />
          </li>
        </DayLegend>
      </section>
    </div>
  );
}
