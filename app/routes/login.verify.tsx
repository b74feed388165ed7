import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { createSession, sessionCookie } from "~/auth/session.server";
import { verifyMagicLink } from "~/auth/sign-in.server";
import { safeRedirect } from "~/auth/tokens";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Signing in · Tripod" }];

/** The magic link: signs in directly, once. */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const db = getDb();
  const at = now();
  const result = /^[a-z2-7]{32}$/.test(token) ? verifyMagicLink(db, token, at) : ({ ok: false, reason: "invalid" } as const);
  if (!result.ok) return Response.json({ reason: result.reason }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const session = createSession(db, result.userId, at);
  throw redirect(safeRedirect(result.redirectTo), {
    headers: { "Set-Cookie": sessionCookie(session.token, session.expiresAt, at), "Cache-Control": "no-store" },
  });
}

const MESSAGES = {
  used: "This sign-in link was already used. Each link works once.",
  expired: "This sign-in link has expired. Links work for 15 minutes.",
  invalid: "This sign-in link is not valid. It may have been copied only in part.",
} as const;

export default function VerifyFailed() {
  const { reason } = useLoaderData<{ reason: keyof typeof MESSAGES }>();
  return (
    <div className="narrow">
      <p className="eyebrow">Sign in</p>
      <h1>That link did not work</h1>
      <p>{MESSAGES[reason]}</p>
      <p>
        <Link to="/login" className="button">
          Send me a new link
        </Link>
      </p>
    </div>
  );
}
