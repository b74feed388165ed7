import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { participantReport } from "~/balance/report.server";
import { growthLine, isEmptyReport, scoreMakeup, confidenceSource } from "~/balance/wording";
import { unlockInstant } from "~/cohorts/schedule";
import { finalAssessmentLastDate } from "~/progress/assessment-window";
import { formatLocalDate } from "~/time/format";
import { localDateOf } from "~/time/local-date";
import { BalanceChart } from "~/components/BalanceChart";
import { Panel } from "~/components/Panel";
import { PrintButton } from "~/components/PrintButton";
import { getCourse } from "~/course/content.server";
import { PILLAR_INFO } from "~/course/pillars";
import { getDb } from "~/db.server";
import { ownEnrollment } from "~/progress/progress.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Your balance report · Tripod" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const own = ownEnrollment(db, Number(params.enrollmentId), user.id);
  if (!own) throw new Response("Not found", { status: 404 });
  const report = participantReport(db, own.enrollment.id, own.cohort, now());
  const course = getCourse(own.cohort.edition);
  const finalBy = formatLocalDate(finalAssessmentLastDate(own.cohort));
  return {
    enrollmentId: own.enrollment.id,
    cohortTitle: own.cohort.title,
    name: user.name,
    ...report,
    opensOn: formatLocalDate(localDateOf(unlockInstant(own.cohort, 1), own.cohort.timeZone)),
    finalBy,
    empty: isEmptyReport(report),
    makeup: scoreMakeup(confidenceSource(report.hasBaseline, report.hasFinal)),
    growth: report.pillars.map((p) => growthLine(p, report.hasBaseline, report.finalStatus, finalBy)),
    revisit: report.diagnosis.kind === "weak" ? report.diagnosis.revisit.map((d) => ({ day: d, title: course.byDay(d)!.title })) : [],
  };
}

const RISK_TEXT = {
  disconnected: "A team with no product direction becomes disconnected: people ship well but cannot say why it matters, and drift toward work that feels more meaningful.",
  chaotic: "A product with no process becomes chaotic: plans slip for reasons nobody can name, the same incidents repeat, and heroics replace a pipeline.",
  mechanical: "A process with no care for people becomes mechanical: work moves, but people stop raising problems, stop growing, and leave without warning.",
} as const;

type ReportData = ReturnType<typeof useLoaderData<typeof loader>>;

/** Before day 1 opens there is nothing to score: say when it fills in, show no figures. */
function NotStarted({ r }: { r: ReportData }) {
  return (
    <article className="stack report">
      <header>
        <p>
          <Link to={`/learn/${r.enrollmentId}`}>← {r.cohortTitle}</Link>
        </p>
        <p className="eyebrow">Not started yet</p>
        <h1>Your balance report</h1>
        <p className="lede">
          This report fills in as days open and you complete them. Day 1 opens on {r.opensOn}, with the self-assessment that your confidence scores
          start from.
        </p>
      </header>
    </article>
  );
}

/** The final assessment's state, when it is not taken yet but still possible: where and by when. */
function FinalPrompt({ r }: { r: ReportData }) {
  if (r.finalStatus.kind !== "open") return null;
  return (
    <p className="notice notice-warn">
      You have not taken the final assessment yet. <Link to={`/learn/${r.enrollmentId}/days/30`}>Take it on day 30</Link> by {r.finalBy}: this report updates as soon as you do.
    </p>
  );
}

export default function ReportPage() {
  const r = useLoaderData<typeof loader>();
  if (r.before) return <NotStarted r={r} />;
  const weak = r.diagnosis.kind === "weak" ? r.diagnosis : null;
  return (
    <article className="stack report">
      <header>
        <p className="no-print">
          <Link to={`/learn/${r.enrollmentId}`}>← {r.cohortTitle}</Link>
        </p>
        <p className="eyebrow">{r.final ? "Final report" : `So far: day ${r.unlocked} of 30`}</p>
        <h1>{r.final ? "Your balance report" : "Your balance so far"}</h1>
        <p className="lede">
          {r.name ? `${r.name}, ` : ""}{r.cohortTitle}. You completed {r.completed} of {r.final ? 30 : r.unlocked} {r.final ? "days" : "days open so far"}.
        </p>
        <p>{r.makeup}</p>
        {r.finalStatus.kind === "closed" ? <p className="muted">The final assessment was not taken before {r.finalBy}, so there is no growth to show.</p> : null}
        <FinalPrompt r={r} />
        {r.final || r.completed >= 24 ? (
          <p className="no-print">
            <Link to={`/learn/${r.enrollmentId}/certificate`}>Your certificate of completion</Link>
          </p>
        ) : null}
      </header>

      <div className="grid grid-2">
        <Panel id="chart-title" title="Your three pillars">
          {r.empty ? (
            <p className="muted">The triangle appears once there is something to score.</p>
          ) : (
            <BalanceChart id="balance" scores={r.pillars.map((p) => ({ pillar: p.pillar, score: p.score }))} balance={r.balance} />
          )}
        </Panel>
        <Panel id="balance-title" title="Balance index" className="balance-figure">
          {r.empty ? (
            <p>Not yet: every score is 0 until you complete a day or take the day 1 assessment.</p>
          ) : (
            <>
              <p className="stat">{r.balance}</p>
              <p className="muted">out of 100: your lowest pillar score as a share of your highest. 100 means all three are level.</p>
            </>
          )}
        </Panel>
      </div>

      <section aria-labelledby="scores-title">
        <h2 id="scores-title" className="h3">
          Scores
        </h2>
        <div className="score-cards">
          {r.pillars.map((p, i) => (
            <div key={p.pillar} className={`card score-card pillar-${p.pillar}`}>
              <p className="eyebrow">{PILLAR_INFO[p.pillar].name}</p>
              <p className="stat">{p.score}</p>
              <p className="small">
                {p.completed} of {p.unlocked} days done
                <br />
                {p.confidence === null ? "No self-assessment yet" : `Self-assessment ${((p.finalMean ?? p.baselineMean)!).toFixed(2)} of 5`}
                <br />
                {r.growth[i]}
              </p>
            </div>
          ))}
        </div>
      </section>

      <Panel id="diagnosis-title" title="What it means">
        {r.empty ? (
          <p>
            Nothing to read yet: complete a day or take the day 1 assessment, and this shows which pillar is weakest and which days to revisit.{" "}
            <Link to={`/learn/${r.enrollmentId}/days/1`}>Go to day 1</Link>
          </p>
        ) : weak ? (
          <>
            <p>
              Your weakest pillar {r.final ? "was" : "is"} <strong>{PILLAR_INFO[weak.pillar].name}</strong>. {RISK_TEXT[weak.risk]}
            </p>
            <p>Days to revisit:</p>
            <ul className="revisit">
              {r.revisit.map((d) => (
                <li key={d.day}>
                  <Link to={`/learn/${r.enrollmentId}/days/${d.day}`}>
                    Day {d.day}: {d.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Your three pillars are level. Keep the habits that got you here, and watch for the pillar that slips first when you are busy.</p>
        )}
      </Panel>

      <Panel id="method-title" title="How this is computed">
        <p>Each pillar's score, 0 to 100, is half engagement and half confidence:</p>
        <ul>
          <li>
            <strong>Engagement</strong> is the share of that pillar's days you completed, of those open so far. The six integration days count
            for all three pillars.
          </li>
          <li>
            <strong>Confidence</strong> comes from the self-assessment: your latest answers to that pillar's four statements (the final one on
            day 30, else the baseline on day 1), where "never" counts 0 and "consistently" counts in full.
          </li>
          <li>
            The <strong>balance index</strong> is your lowest score divided by your highest, out of 100.
          </li>
          <li>
            <strong>Growth</strong> is how far each pillar's average answer moved from day 1 to day 30, on the 1 to 5 scale.
          </li>
        </ul>
        <PrintButton />
      </Panel>
    </article>
  );
}
