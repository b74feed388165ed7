import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getSession } from "~/auth/guards.server";
import { clearSessionCookie, invalidateSession, invalidateUserSessions } from "~/auth/session.server";
import { getDb } from "~/db.server";

/** POST: sign out of this device, or (intent=everywhere) of every device. */
export async function action({ request }: ActionFunctionArgs) {
  const session = getSession(request);
  const form = await request.formData();
  if (session) {
    if (form.get("intent") === "everywhere") invalidateUserSessions(getDb(), session.user.id);
    else invalidateSession(getDb(), session.sessionId);
  }
  throw redirect("/", { headers: { "Set-Cookie": clearSessionCookie() } });
}

export async function loader() {
  throw redirect("/");
}
