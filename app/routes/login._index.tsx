import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { loginSchema } from "~/auth/forms";
import { getUser } from "~/auth/guards.server";
import { requestSignIn } from "~/auth/sign-in.server";
import { safeRedirect } from "~/auth/tokens";
import { Field, FormError, Honeypot } from "~/components/Field";
import { getDb } from "~/db.server";
import { deliverSoon } from "~/email/send.server";
import { getEnv } from "~/env.server";
import { isBot, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Sign in · Tripod" }];

/** A refused request's Retry-After reaches the browser on a full page load too. */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => (actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders);

function codePage(email: string, redirectTo: string | null): string {
  const params = new URLSearchParams({ email });
  if (redirectTo) params.set("redirectTo", redirectTo);
  return `/login/code?${params}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = url.searchParams.get("redirectTo");
  if (getUser(request)) throw redirect(safeRedirect(redirectTo));
  return { redirectTo: redirectTo ? safeRedirect(redirectTo) : null, email: url.searchParams.get("email") ?? "" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = parseForm(form, loginSchema);
  if (!parsed.ok) return Response.json({ errors: parsed.errors, email: parsed.values.email ?? "" }, { status: 400 });
  const redirectTo = parsed.data.redirectTo ? safeRedirect(parsed.data.redirectTo) : null;
  // A bot that filled the honeypot sees the usual next page; nothing is recorded or sent.
  if (isBot(form)) throw redirect(codePage(parsed.data.email, redirectTo));

  const result = await requestSignIn(getDb(), { email: parsed.data.email, clientIp: context.clientIp, redirectTo }, now(), getEnv().APP_URL);
  if (!result.ok) {
    const minutes = result.retryInMinutes === 1 ? "a minute" : `${result.retryInMinutes} minutes`;
    return Response.json(
      { errors: { form: `Too many sign-in requests. To keep accounts safe, please wait ${minutes} and try again.` }, email: parsed.data.email },
      { status: 429, headers: { "Retry-After": String(result.retryInMinutes * 60) } },
    );
  }
  if (result.emailId !== null) deliverSoon([result.emailId]);
  throw redirect(codePage(parsed.data.email, redirectTo));
}

type ActionData = { errors: Record<string, string>; email: string };

export default function LoginPage() {
  const { redirectTo, email } = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="narrow">
      <p className="eyebrow">Sign in</p>
      <h1>Sign in with your email</h1>
      <p className="muted">
        No password: we email you a link that signs you in, and a 6-digit code for when the email is on another device.
      </p>
      <FormError message={action?.errors.form} />
      <Form method="post" noValidate>
        <Field
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          autoFocus
          defaultValue={action?.email ?? email}
          error={action?.errors.email}
        />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Honeypot />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Sending…" : "Email me a sign-in link"}
        </button>
      </Form>
      <p className="small muted" style={{ marginTop: "var(--space-5)" }}>
        New here? Participants join through their cohort's page. <Link to="/course">See what the course covers.</Link>
      </p>
    </div>
  );
}
