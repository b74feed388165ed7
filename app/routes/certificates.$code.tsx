import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { certificateByCode } from "~/certificates/certificates.server";
import { formatCertificateDate, sheetWords, verifyUrl } from "~/certificates/rules";
import { CertificateSheet } from "~/components/certificates/CertificateSheet";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";

const NOINDEX = { "X-Robots-Tag": "noindex, nofollow", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

export const meta: MetaFunction = () => [{ title: "Certificate check · Tripod" }, { name: "robots", content: "noindex, nofollow" }];
export const headers: HeadersFunction = () => NOINDEX;

/**
 * Public, signed out: the certificate whose unguessable code is in the address, with what it
 * states and whether it still stands. Nothing else: no email, no link to the person's work, no
 * other participant, and a revocation's date without its reason. A malformed code is a 404
 * without a database query; a well-formed one is looked up on the unique index.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const certificate = certificateByCode(getDb(), params.code);
  if (!certificate) throw new Response("No certificate has this address", { status: 404, headers: NOINDEX });
  const verify = verifyUrl(getEnv().APP_URL, certificate.code);
  const { recipientName, courseTitle, cohortTitle, startsOn, endsOn, facilitatorNames, daysCompleted, issuedOn } = certificate;
  return Response.json(
    {
      sheet: sheetWords({ recipientName, courseTitle, cohortTitle, startsOn, endsOn, facilitatorNames, daysCompleted, issuedOn }, verify),
      revokedOn: certificate.revokedOn ? formatCertificateDate(certificate.revokedOn) : null,
    },
    { headers: NOINDEX },
  );
}

type Data = { sheet: Parameters<typeof CertificateSheet>[0]["sheet"]; revokedOn: string | null };

export default function VerifyCertificate() {
  const data = useLoaderData<typeof loader>() as unknown as Data;
  const s = data.sheet;
  return (
    <div className="stack certificate-page">
      {data.revokedOn ? (
        <div className="notice notice-error verify-verdict" role="status">
          <h1 className="h3">This certificate was revoked</h1>
          <p>
            Tripod issued this certificate to {s.recipientName} on {s.issuedOn}, and revoked it on {data.revokedOn}. It no longer stands as a record of
            completing the course.
          </p>
        </div>
      ) : (
        <div className="notice notice-ok verify-verdict" role="status">
          <h1 className="h3">This certificate is genuine</h1>
          <p>
            Tripod issued it to {s.recipientName} on {s.issuedOn}, and it has not been revoked. Below is what it states.
          </p>
        </div>
      )}
      <CertificateSheet sheet={s} revoked={Boolean(data.revokedOn)} />
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="prose">
      <p className="eyebrow">{missing ? "Certificate check" : "Error"}</p>
      <h1>{missing ? "No certificate has this address" : "This check could not be made"}</h1>
      <p>
        {missing
          ? "Tripod found no certificate at this address. Check that the link was copied whole: it ends in forty letters and digits. A certificate that was revoked still has its page, saying so."
          : "Something went wrong on our side. Try again in a moment."}
      </p>
      <p>
        <Link to="/">What Tripod is</Link>
      </p>
    </div>
  );
}
