import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { cohortCertificate, cohortCertificates, reinstateCertificate, revokeCertificate } from "~/certificates/certificates.server";
import { formatCertificateDate, MIN_DAYS, stillNeeded } from "~/certificates/rules";
import { requireManagedCohort } from "~/cohorts/access.server";
import { FormError } from "~/components/Field";
import { getCourse } from "~/course/content.server";
import { getDb } from "~/db.server";
import { parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Certificates · ${data?.title ?? "Cohort"} · Tripod` }];

const idSchema = z.coerce.number().int().positive().max(2 ** 31);
const DONE = { revoked: "The certificate was revoked. Its verify page now says so.", reinstated: "The certificate was reinstated: it is valid again, with the same link." } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const db = getDb();
  const url = new URL(request.url);
  const { certificates, close } = cohortCertificates(db, cohort.id, cohort.timeZone);
  const statements = getCourse(cohort.edition).assessment.statements.length;
  const revokeId = idSchema.safeParse(url.searchParams.get("revoke"));
  const target = revokeId.success ? certificates.find((c) => c.id === revokeId.data && !c.revokedAt) : undefined;
  const done = url.searchParams.get("done");
  return {
    slug: cohort.slug,
    title: cohort.title,
    earned: certificates.map((c) => ({
      id: c.id,
      name: c.recipientName,
      days: c.daysCompleted,
      issuedOn: formatCertificateDate(c.issuedOn),
      code: c.code,
      revoked: c.revokedOn ? { on: formatCertificateDate(c.revokedOn), reason: c.revokeReason ?? "", by: c.revokedByName } : null,
    })),
    close: close.map((p) => ({ enrollmentId: p.enrollmentId, name: p.name, needed: stillNeeded({ completedDays: p.completedDays, finalComplete: p.finalAnswers >= statements }) ?? "nothing: it is issued with their next save" })),
    confirm: target ? { id: target.id, name: target.recipientName } : null,
    done: done === "revoked" || done === "reinstated" ? DONE[done] : null,
  };
}

const revokeSchema = z.object({
  certificateId: idSchema,
  reason: z
    .string({ error: "Say why the certificate is revoked: the participant sees it." })
    .trim()
    .min(3, "Say why the certificate is revoked: the participant sees it.")
    .max(500, "Keep the reason under 500 characters."),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug);
  const db = getDb();
  const form = await request.formData();
  const intent = form.get("intent");
  const back = (done: keyof typeof DONE) => redirect(`/facilitate/cohorts/${cohort.slug}/certificates?done=${done}`);
  if (intent === "revoke") {
    const parsed = parseForm(form, revokeSchema);
    if (!parsed.ok) return Response.json({ errors: parsed.errors, reason: (parsed.values.reason ?? "").slice(0, 500), certificateId: Number(parsed.values.certificateId) || null }, { status: 400 });
    const certificate = cohortCertificate(db, cohort.id, parsed.data.certificateId);
    if (!certificate) throw new Response("Not found", { status: 404 });
    revokeCertificate(db, certificate.id, user.id, parsed.data.reason, now());
    return back("revoked");
  }
  if (intent === "reinstate") {
    const id = idSchema.safeParse(form.get("certificateId"));
    if (!id.success) return Response.json({ errors: { form: "Choose a certificate to reinstate." } }, { status: 400 });
    const certificate = cohortCertificate(db, cohort.id, id.data);
    if (!certificate) throw new Response("Not found", { status: 404 });
    reinstateCertificate(db, certificate.id);
    return back("reinstated");
  }
  return Response.json({ errors: { form: "This page does not do that." } }, { status: 400 });
}

type ActionData = { errors?: Record<string, string>; reason?: string; certificateId?: number | null };
type Data = ReturnType<typeof useLoaderData<typeof loader>>;

/** The confirm step of revoking: a plain form with the required reason, so it works without JavaScript. */
function ConfirmRevoke({ data, action }: { data: Data; action?: ActionData }) {
  const target = data.confirm ?? (action?.certificateId ? data.earned.find((c) => c.id === action.certificateId && !c.revoked) : null);
  if (!target) return null;
  const error = action?.errors?.reason ?? action?.errors?.certificateId;
  return (
    <section className="card notice-warn" aria-labelledby="revoke-title" id="revoke">
      <h2 id="revoke-title" className="h3">
        Revoke {target.name}'s certificate?
      </h2>
      <p>
        Its public verify page will say it was revoked and on which date (not why). {target.name} sees your reason on their certificate page and
        can no longer download it. No email is sent. You can reinstate it later.
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="revoke" />
        <input type="hidden" name="certificateId" value={target.id} />
        <div className="field">
          <label htmlFor="reason">Reason</label>
          <span id="reason-hint" className="hint">
            Shown to {target.name} only.
          </span>
          <textarea id="reason" name="reason" rows={3} maxLength={500} required defaultValue={action?.reason ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? "reason-hint reason-error" : "reason-hint"} />
          {error ? (
            <span id="reason-error" className="field-error">
              {error}
            </span>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-danger">
            Revoke the certificate
          </button>
          <Link to={`/facilitate/cohorts/${data.slug}/certificates`}>No, keep it</Link>
        </div>
      </Form>
    </section>
  );
}

export default function CohortCertificates() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const valid = data.earned.filter((c) => !c.revoked).length;
  return (
    <div className="stack">
      <div>
        <BackToCohort slug={data.slug} title={data.title} />
        <h1>Certificates</h1>
        <p className="muted">
          A certificate goes to each participant who completes at least {MIN_DAYS} of the 30 days and the final assessment, the moment both are
          done, with an email. {valid} earned{data.earned.length > valid ? `, ${data.earned.length - valid} revoked` : ""}, {data.close.length} close.
        </p>
      </div>
      {data.done ? (
        <p className="notice notice-ok" role="status">
          {data.done}
        </p>
      ) : null}
      <FormError message={action?.errors?.form} />
      <ConfirmRevoke data={data} action={action} />
      <section aria-labelledby="earned-title">
        <h2 id="earned-title" className="h3">
          Earned ({data.earned.length})
        </h2>
        {data.earned.length === 0 ? (
          <p className="muted">Nobody yet.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Days</th>
                  <th scope="col">Issued</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.earned.map((c) => (
                  <tr key={c.id}>
                    <td>{c.name}</td>
                    <td>{c.days} of 30</td>
                    <td>{c.issuedOn}</td>
                    <td>
                      {c.revoked ? (
                        <>
                          <span className="status status-revoked">Revoked {c.revoked.on}</span>
                          <span className="small muted certificate-reason">
                            {c.revoked.by ? `${c.revoked.by}: ` : ""}
                            {c.revoked.reason}
                          </span>
                        </>
                      ) : (
                        <span className="status status-active">Valid</span>
                      )}
                    </td>
                    <td className="certificate-actions">
                      <a href={`/certificates/${c.code}`}>Verify page</a>
                      {c.revoked ? (
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="intent" value="reinstate" />
                          <input type="hidden" name="certificateId" value={c.id} />
                          <button type="submit" className="link-button" aria-label={`Reinstate ${c.name}'s certificate`}>
                            Reinstate
                          </button>
                        </Form>
                      ) : (
                        <Link to={`?revoke=${c.id}#revoke`} aria-label={`Revoke ${c.name}'s certificate…`}>
                          Revoke…
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="close-title">
        <h2 id="close-title" className="h3">
          Close ({data.close.length})
        </h2>
        <p className="small muted">Participants with {MIN_DAYS} days done or the final assessment started, and no certificate yet.</p>
        {data.close.length === 0 ? (
          <p className="muted">Nobody.</p>
        ) : (
          <ul className="plain-list">
            {data.close.map((p) => (
              <li key={p.enrollmentId}>
                <Link to={`/facilitate/cohorts/${data.slug}/people/${p.enrollmentId}`}>{p.name}</Link>
                <span className="small muted">still to do: {p.needed}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
