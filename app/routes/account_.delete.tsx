import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { confirmationMatches, deletionSummary } from "~/account/my-data/deletion";
import { deleteAccount, previewDeletion } from "~/account/my-data/deletion.server";
import { requireUser } from "~/auth/guards.server";
import { clearSessionCookie } from "~/auth/session.server";
import { sendWelcomes } from "~/cohorts/welcome.server";
import { Field, FormError } from "~/components/Field";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Delete your account · Tripod" }];

/** GET: the confirmation, naming what goes with real counts (a page, so it works without JavaScript). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const preview = previewDeletion(getDb(), user.id, now());
  return { email: preview.email, goes: deletionSummary(preview.counts), blockers: preview.blockers };
}

const schema = z.object({ intent: z.literal("delete"), confirmEmail: z.string().max(320) });

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success || !confirmationMatches(parsed.data.confirmEmail, user.email)) {
    return Response.json({ error: "Type your email address exactly as it is shown above to delete your account. Nothing was deleted." }, { status: 400 });
  }
  const db = getDb();
  const at = now();
  const result = await deleteAccount(db, user.id, at);
  if (!result.ok) return Response.json({ error: result.blockers.join(" ") }, { status: 409 });
  await sendWelcomes(db, result.promotedIds, at, getEnv().APP_URL);
  throw redirect("/goodbye", { headers: { "Set-Cookie": clearSessionCookie() } });
}

export default function DeleteAccountPage() {
  const { email, goes, blockers } = useLoaderData<typeof loader>();
  const action = useActionData<{ error?: string }>();
  return (
    <div className="narrow stack">
      <div>
        <p className="eyebrow">Your account</p>
        <h1>Delete your account?</h1>
      </div>
      <p>
        This cannot be undone. If you want a copy first, <a href="/account/data.zip">download your data</a> (a zip of everything below).
      </p>
      <section className="card stack" aria-labelledby="what-goes">
        <h2 className="h3" id="what-goes">
          What is deleted
        </h2>
        <ul className="deletion-list">
          {goes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2 className="h3">What stays</h2>
        <p>Nothing that names you. Cohorts keep their own counts and pages without you; emails already delivered stay in the inboxes they went to.</p>
      </section>
      {blockers.length > 0 ? (
        <div className="notice notice-warn" role="status">
          {blockers.map((b) => (
            <p key={b}>{b}</p>
          ))}
        </div>
      ) : (
        <Form method="post" className="card stack" aria-labelledby="confirm-delete">
          <h2 className="h3" id="confirm-delete">
            Confirm
          </h2>
          <FormError message={action?.error} />
          <Field
            name="confirmEmail"
            label="Type your email address to confirm"
            hint={<>Your address is {email}.</>}
            type="text"
            inputMode="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={action?.error ? "This is not your address." : undefined}
          />
          <input type="hidden" name="intent" value="delete" />
          <div className="button-row">
            <button type="submit" className="button button-danger">
              Delete my account
            </button>
            <Link to="/account" className="button button-secondary">
              Keep my account
            </Link>
          </div>
        </Form>
      )}
    </div>
  );
}
