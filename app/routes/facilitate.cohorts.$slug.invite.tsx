import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireManagedCohort } from "~/cohorts/access.server";
import { activeCount } from "~/cohorts/cohorts.server";
import { MAX_TEXT, MAX_UPLOAD_BYTES } from "~/cohorts/invite-limits";
import type { InvitePlan } from "~/cohorts/invite-plan";
import { invitationsSchema, previewInvitations, readInviteText, sendInvitations, withUpload } from "~/cohorts/invitations.server";
import { FormError } from "~/components/Field";
import { InvitePreview } from "~/components/facilitate/InvitePreview";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Invite people · ${data?.title ?? "Cohort"} · Tripod` }];

const sentSchema = z.object({ sent: z.coerce.number().int().min(0).max(100_000).catch(-1), already: z.coerce.number().int().min(0).max(100_000).catch(0) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const query = new URL(request.url).searchParams;
  const sent = query.has("sent") ? sentSchema.parse(Object.fromEntries(query)) : null;
  const taken = activeCount(getDb(), cohort.id, now());
  return {
    slug: cohort.slug,
    title: cohort.title,
    capacity: cohort.capacity,
    seatsLeft: Math.max(0, cohort.capacity - taken),
    sent: sent && sent.sent >= 0 ? sent : null,
  };
}

type ActionData = { stage: "edit"; text: string; error?: string } | { stage: "preview"; text: string; plan: InvitePlan; error?: string };

const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
const edit = (text: string, error: string) => Response.json({ stage: "edit", text, error } satisfies ActionData, { status: 400 });

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug);
  const form = await request.formData();
  const db = getDb();
  const at = now();
  const intent = form.get("intent");

  if (intent === "edit") return { stage: "edit", text: textOf(form.get("text")).slice(0, MAX_TEXT) } satisfies ActionData;

  if (intent === "send") {
    const text = textOf(form.get("text")).slice(0, MAX_TEXT);
    const people = invitationsSchema.safeParse(form.get("people"));
    if (!people.success) return edit(text, "The list did not arrive whole, so nobody was invited. Preview it again.");
    const result = await sendInvitations(db, cohort, people.data, at, getEnv().APP_URL);
    if (!result.ok) {
      const plan = previewInvitations(db, cohort, readInviteText(text), at);
      return Response.json({ stage: "preview", text, plan, error: result.reason } satisfies ActionData, { status: 400 });
    }
    throw redirect(`/facilitate/cohorts/${cohort.slug}/invite?sent=${result.enrolled}${result.alreadyIn ? `&already=${result.alreadyIn}` : ""}`);
  }

  let text = textOf(form.get("invitees"));
  const file = form.get("file");
  if (file instanceof Blob && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES) return edit(text, `That file is larger than ${MAX_UPLOAD_BYTES / 1024} KB; split it into smaller files.`);
    const upload = withUpload(text, new Uint8Array(await file.arrayBuffer()));
    if (!upload.ok) return edit(text, `That file could not be read: ${upload.reason}.`);
    text = upload.text;
  }
  if (text.length > MAX_TEXT) return edit("", "That list is too long: paste at most a few thousand lines at once.");
  const list = readInviteText(text);
  if (list.people.length === 0 && list.rejected.length === 0) return edit(text, "Paste at least one address, or choose a CSV file.");
  return { stage: "preview", text, plan: previewInvitations(db, cohort, list, at) } satisfies ActionData;
}

export default function InvitePeople() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const busy = useNavigation().state !== "idle";
  const cohortUrl = `/facilitate/cohorts/${data.slug}`;
  return (
    <div className="stack narrow-wide invite-page">
      <div>
        <p>
          <Link to={cohortUrl}>← {data.title}</Link>
        </p>
        <h1>Invite people</h1>
        <p className="muted">
          {data.seatsLeft} of {data.capacity} seats free. Invited people are enrolled at once, without the 48-hour hold, and each gets one welcome email.
        </p>
      </div>
      {data.sent && !action ? (
        <div className="notice notice-ok" role="status">
          <p>
            {data.sent.sent} {data.sent.sent === 1 ? "person" : "people"} enrolled and emailed.
            {data.sent.already ? ` ${data.sent.already} already had a place.` : ""}
          </p>
          <p>
            <Link to={cohortUrl}>Back to {data.title}</Link>
          </p>
        </div>
      ) : null}
      <FormError message={action?.error} />
      {action?.stage === "preview" ? (
        <InvitePreview plan={action.plan} text={action.text} busy={busy} settingsUrl={`${cohortUrl}/settings`} />
      ) : (
        <Form method="post" encType="multipart/form-data" className="card">
          <input type="hidden" name="intent" value="preview" />
          <div className="field">
            <label htmlFor="invitees">Addresses</label>
            <span id="invitees-hint" className="hint">
              Paste them as your mail program copies them (<code>Ada Lovelace &lt;ada@example.org&gt;, grace@example.org</code>), one person per line, or two columns
              (name and email) copied from a spreadsheet. You see who will be invited before anything is sent.
            </span>
            <textarea id="invitees" name="invitees" className="invite-list" aria-describedby="invitees-hint" defaultValue={action?.text ?? ""} key={action?.text ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="file">Or upload a CSV file</label>
            <span id="file-hint" className="hint">
              With a header row: a column called Email, and one called Name (or First name and Last name). At most {MAX_UPLOAD_BYTES / 1024} KB.
            </span>
            <input id="file" name="file" type="file" accept=".csv,.txt,text/csv,text/plain" aria-describedby="file-hint" />
          </div>
          <button type="submit" className="button" disabled={busy}>
            Preview
          </button>
        </Form>
      )}
    </div>
  );
}
