import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { certificateOf } from "~/certificates/certificates.server";
import { certificatePdf } from "~/certificates/pdf.server";
import { formatCertificateDate, pdfFilename, verifyUrl } from "~/certificates/rules";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { ownEnrollment } from "~/progress/progress.server";

/** The owner's certificate as a PDF download; 404 without one, 410 once it is revoked. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const own = ownEnrollment(db, Number(params.enrollmentId), user.id);
  const certificate = own ? certificateOf(db, own.enrollment.id) : undefined;
  if (!own || !certificate) throw new Response("Not found", { status: 404 });
  if (certificate.revokedOn) {
    const page = `This certificate was revoked on ${formatCertificateDate(certificate.revokedOn)}, so it can no longer be downloaded. Its reason is on your certificate page: /learn/${own.enrollment.id}/certificate`;
    return new Response(page, { status: 410, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  }
  return new Response(certificatePdf(certificate, verifyUrl(getEnv().APP_URL, certificate.code)), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdfFilename(certificate.recipientName)}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
