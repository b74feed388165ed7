import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { createSession, sessionCookie } from "~/auth/session.server";
import { checkMagicLink, landingAfterSignIn, verifyMagicLink } from "~/auth/sign-in.server";
import { safeRedirect } from "~/auth/tokens";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Sign in · Tripod" }, { name: "robots", content: "noindex" }];

const TOKEN = /^[a-z2-7]{32}$/;
const noStore = { "Cache-Control": "no-store" };
type Failure = { reason: "invalid" | "expired" | "used" };

/**
 * The magic link, opened: a page with one button. Nothing is used up on GET, so a mail
 * scanner that follows the link cannot spend it; the button's POST signs in.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const check = TOKEN.test(token) ? checkMagicLink(getDb(), token, now()) : ({ ok: false, reason: "invalid" } as const);
  if (!check.ok) return Response.json({ reason: check.reason, token: null }, { status: 400, headers: noStore });
  return Response.json({ reason: null, token }, { headers: noStore });
}

export async function action({ request }: ActionFunctionArgs) {
  const token = String((await request.formData()).get("token") ?? "");
  const db = getDb();
  const at = now();
  const result = TOKEN.test(token) ? verifyMagicLink(db, token, at) : ({ ok: false, reason: "invalid" } as const);
  if (!result.ok) return Response.json({ reason: result.reason } satisfies Failure, { status: 400, headers: noStore });
  const session = createSession(db, result.userId, at);
  throw redirect(safeRedirect(landingAfterSignIn(result)), {
    headers: { "Set-Cookie": sessionCookie(session.token, session.expiresAt, at), ...noStore },
  });
}

const MESSAGES = {
  used: "This sign-in link was already used. Each link works once.",
  expired:
    "This sign-in link has expired: sign-in links work for 15 minutes, and an enrollment email's link for the 48 hours its seat is held. Request a new sign-in link, or enroll again on the cohort's page.",
  invalid: "This sign-in link is not valid. It may have been copied only in part.",
} as const;

export default function VerifyPage() {
  const loaded = useLoaderData<{ reason: Failure["reason"] | null; token: string | null }>();
  const failed = useActionData<Failure>();
  const busy = useNavigation().state === "submitting";
  const reason = failed?.reason ?? loaded.reason;
  if (reason || !loaded.token) {
    return (
      <div className="narrow">
        <p className="eyebrow">Sign in</p>
        <h1>That link did not work</h1>
        <p>{MESSAGES[reason ?? "invalid"]}</p>
        <p>
          <Link to="/login" className="button">
            Send me a new link
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <p className="eyebrow">Sign in</p>
      <h1>Sign in to Tripod</h1>
      <p>Press the button to sign in on this device. If you enrolled in a cohort, this also confirms your seat.</p>
      <Form method="post">
        <input type="hidden" name="token" value={loaded.token} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </Form>
    </div>
  );
}
