/** What a certificate states, laid out like the printed one (the PDF draws the same). */
export type SheetData = {
  recipientName: string;
  courseTitle: string;
  cohortTitle: string;
  dates: string;
  days: string;
  facilitatorNames: string;
  facilitatorLabel: string;
  issuedOn: string;
  verifyUrl: string;
};

export function CertificateSheet({ sheet, revoked = false }: { sheet: SheetData; revoked?: boolean }) {
  return (
    <section className={`certificate-sheet${revoked ? " certificate-revoked" : ""}`} aria-label="Certificate">
      <div className="certificate-band" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <p className="certificate-issuer">Tripod</p>
      <p className="certificate-title">Certificate of Completion</p>
      <p className="certificate-small">This certifies that</p>
      <p className="certificate-name">{sheet.recipientName}</p>
      <p className="certificate-small">has completed</p>
      <p className="certificate-course">{sheet.courseTitle}</p>
      <p>
        with {sheet.cohortTitle}, {sheet.dates}
      </p>
      <p className="certificate-small">{sheet.days}.</p>
      <div className="certificate-signatures">
        <p>
          <strong>{sheet.facilitatorNames}</strong>
          <span>{sheet.facilitatorLabel}</span>
        </p>
        <p>
          <strong>{sheet.issuedOn}</strong>
          <span>Issued</span>
        </p>
      </div>
      <p className="certificate-verify">Check that this certificate is genuine: {sheet.verifyUrl}</p>
    </section>
  );
}
