import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { codeSchema, emailField } from "~/auth/forms";
import { getUser } from "~/auth/guards.server";
import { createSession, sessionCookie } from "~/auth/session.server";
import { allowCodeGuess, landingAfterSignIn, verifyCode } from "~/auth/sign-in.server";
import { safeRedirect } from "~/auth/tokens";
import { Field, FormError } from "~/components/Field";
import { getDb } from "~/db.server";
import { parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Enter your code · Tripod" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = url.searchParams.get("redirectTo");
  if (getUser(request)) throw redirect(safeRedirect(redirectTo));
  const email = emailField.safeParse(url.searchParams.get("email") ?? "");
  if (!email.success) throw redirect("/login");
  return { email: email.data, redirectTo: redirectTo ? safeRedirect(redirectTo) : null };
}

/** A refused guess's Retry-After reaches the browser on a full page load too. */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => (actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders);

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await request.formData(), codeSchema);
  if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 });
  const db = getDb();
  const at = now();
  const guess = allowCodeGuess(context.clientIp, at);
  if (!guess.ok) {
    const minutes = Math.ceil(guess.retryAfterSeconds / 60);
    return Response.json(
      { errors: { code: `Too many codes tried from here. To keep accounts safe, wait ${minutes === 1 ? "a minute" : `${minutes} minutes`} and try again.` } },
      { status: 429, headers: { "Retry-After": String(guess.retryAfterSeconds) } },
    );
  }
  const result = verifyCode(db, parsed.data.email, parsed.data.code, at);
  if (!result.ok) {
    const message =
      result.reason === "wrong"
        ? `That code is not right. ${result.attemptsLeft} ${result.attemptsLeft === 1 ? "try" : "tries"} left.`
        : result.reason === "locked"
          ? "Too many wrong codes. Request a new sign-in email to get a fresh code."
          : "This code has expired or was already used. Request a new sign-in email.";
    return Response.json({ errors: { code: message }, expired: result.reason !== "wrong" }, { status: 400 });
  }
  const session = createSession(db, result.userId, at);
  throw redirect(safeRedirect(parsed.data.redirectTo ?? landingAfterSignIn(result)), {
    headers: { "Set-Cookie": sessionCookie(session.token, session.expiresAt, at) },
  });
}

type ActionData = { errors: Record<string, string>; expired?: boolean };

export default function CodePage() {
  const { email, redirectTo } = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const busy = useNavigation().state === "submitting";
  const again = `/login?${new URLSearchParams({ email, ...(redirectTo ? { redirectTo } : {}) })}`;
  return (
    <div className="narrow">
      <p className="eyebrow">Check your email</p>
      <h1>We sent you a sign-in email</h1>
      <p>
        If <strong>{email}</strong> has a Tripod account, an email is on its way with a link and a 6-digit code. Open the
        link on this device, or type the code here. Both work once, until the time the email gives (15 minutes for a sign-in, 48 hours for a new seat).
      </p>
      <FormError message={action?.errors.form} />
      <Form method="post" noValidate>
        <input type="hidden" name="email" value={email} />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field
          name="code"
          label="6-digit code"
          className="code-input"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          autoFocus
          error={action?.errors.code}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Checking…" : "Sign in"}
          </button>
          <Link to={again} className={action?.expired ? "button button-secondary" : undefined}>
            Send a new email
          </Link>
        </div>
      </Form>
      <p className="small muted" style={{ marginTop: "var(--space-5)" }}>
        Nothing after a few minutes? Check your spam folder, and that the address above is the one you enrolled with.
      </p>
    </div>
  );
}
