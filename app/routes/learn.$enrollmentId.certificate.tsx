import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { certificateOf } from "~/certificates/certificates.server";
import { completionFacts } from "~/certificates/issue.server";
import { finalAssessmentComplete, formatCertificateDate, linkedInAddUrl, MIN_DAYS, sheetWords, stillNeeded, verifyUrl } from "~/certificates/rules";
import { CertificateSheet } from "~/components/certificates/CertificateSheet";
import { CopyLink } from "~/components/CopyLink";
import { PrintButton } from "~/components/PrintButton";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { ownEnrollment } from "~/progress/progress.server";

export const meta: MetaFunction = () => [{ title: "Your certificate · Tripod" }];

/** The owner of the enrollment only: their certificate, its links, or what is still needed for it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const own = ownEnrollment(db, Number(params.enrollmentId), user.id);
  if (!own) throw new Response("Not found", { status: 404 });
  const base = { enrollmentId: own.enrollment.id, cohortTitle: own.cohort.title };
  const certificate = certificateOf(db, own.enrollment.id);
  if (!certificate) {
    const facts = completionFacts(db, own.enrollment.id);
    const finalComplete = finalAssessmentComplete(
      getCourse(own.cohort.edition).assessment.statements.map((s) => s.id),
      facts.finalRated,
    );
    return { ...base, earned: null, completedDays: facts.completedDays, needed: stillNeeded({ completedDays: facts.completedDays, finalComplete }) };
  }
  const verify = verifyUrl(getEnv().APP_URL, certificate.code);
  return {
    ...base,
    earned: {
      sheet: sheetWords(certificate, verify),
      verifyUrl: verify,
      pdfUrl: `/learn/${own.enrollment.id}/certificate.pdf`,
      linkedInUrl: linkedInAddUrl({ courseTitle: certificate.courseTitle, issuedOn: certificate.issuedOn, verifyUrl: verify, code: certificate.code }),
      revoked: certificate.revokedOn ? { on: formatCertificateDate(certificate.revokedOn), reason: certificate.revokeReason ?? "" } : null,
    },
    completedDays: certificate.daysCompleted,
    needed: null,
  };
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function NotYet({ data }: { data: Data }) {
  return (
    <div className="stack narrow-wide">
      <header>
        <p>
          <Link to={`/learn/${data.enrollmentId}`}>← {data.cohortTitle}</Link>
        </p>
        <h1>Your certificate</h1>
        <p className="lede">
          A certificate of completion goes to everyone who completes at least {MIN_DAYS} of the 30 days and the final assessment on day 30. It
          appears here, and by email, the moment both are done.
        </p>
      </header>
      <p className="notice">
        You have completed {data.completedDays} of 30 days. Still to do: {data.needed}.
      </p>
    </div>
  );
}

export default function CertificatePage() {
  const data = useLoaderData<typeof loader>();
  const earned = data.earned;
  if (!earned) return <NotYet data={data} />;
  return (
    <div className="stack certificate-page">
      <header className="no-print">
        <p>
          <Link to={`/learn/${data.enrollmentId}`}>← {data.cohortTitle}</Link>
        </p>
        <h1>Your certificate</h1>
      </header>
      {earned.revoked ? (
        <div className="notice notice-error no-print" role="status">
          <p>
            <strong>This certificate was revoked on {earned.revoked.on}.</strong> Its verify page now says so, and it can no longer be downloaded or
            added to LinkedIn.
          </p>
          <p>Your facilitator's reason: {earned.revoked.reason}</p>
          <p className="small">If you think this is a mistake, reply to any email from your facilitator.</p>
        </div>
      ) : null}
      <CertificateSheet sheet={earned.sheet} revoked={Boolean(earned.revoked)} />
      {earned.revoked ? null : (
        <section className="card no-print" aria-labelledby="share-title">
          <h2 id="share-title" className="h3">
            Keep it and share it
          </h2>
          <div className="button-row">
            <a href={earned.pdfUrl} className="button" download>
              Download PDF
            </a>
            <a href={earned.linkedInUrl} className="button button-secondary" target="_blank" rel="noopener noreferrer">
              Add to LinkedIn<span className="visually-hidden"> (opens LinkedIn in a new tab)</span>
            </a>
          </div>
          <h3>Verify link</h3>
          <p className="small muted">
            Anyone with this link can check that the certificate is genuine. It shows what the certificate says and nothing else: not your email, not
            your work.
          </p>
          <CopyLink link={earned.verifyUrl} />
          <PrintButton />
        </section>
      )}
    </div>
  );
}
