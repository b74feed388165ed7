import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "~/db.server";
import { applyEmailChoice, findByUnsubscribeToken } from "~/nudges/unsubscribe.server";
import { activityChoice, choicesFor, digestChoice, emailList, emailState, type EmailChoice, type EmailList, type EmailState } from "~/nudges/email-state";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Email preferences · Tripod" }, { name: "robots", content: "noindex" }];

/** Public by design: the unguessable token in the address is the only key, no session needed. */
export async function loader({ params }: LoaderFunctionArgs) {
  const user = findByUnsubscribeToken(getDb(), params.token ?? "");
  if (!user) throw new Response("Not found", { status: 404 });
  // The digest goes to facilitators; anyone who has it turned off can turn it back on here.
  const digest = user.role !== "participant" || !user.digestEmails ? { on: user.digestEmails } : null;
  return { email: user.email, state: emailState(user), digest, activity: { on: user.activityEmails } };
}

const choiceSchema = z.object({ choice: z.enum(["daily-off", "all-off", "resume", "digest-off", "digest-on", "activity-off", "activity-on"]) });

/** What a one-click request turns off, and says it did, for each list a link can name. */
const ONE_CLICK: Record<EmailList, { choice: EmailChoice; said: string }> = {
  course: { choice: "all-off", said: "Unsubscribed from all Tripod course email." },
  digest: { choice: "digest-off", said: "The weekly Tripod digest is turned off." },
  activity: { choice: "activity-off", said: "Tripod activity emails (replies and reactions) are turned off." },
};

/**
 * POST. A mail provider's one-click request (RFC 8058) stops the list the link names: all
 * course email, or with `?list=digest` the facilitator's weekly digest alone. The token in
 * the address is its whole authentication, so it is accepted from any origin and with any
 * body (the RFC's `List-Unsubscribe=One-Click`, JSON, nothing at all); `?list=activity` stops
 * the daily email of replies and reactions alone. The page's buttons send a `choice`: pause
 * daily emails, stop all course email, resume, or turn the digest or the activity email off or on.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const db = getDb();
  const user = findByUnsubscribeToken(db, params.token ?? "");
  if (!user) throw new Response("Not found", { status: 404 });
  const form = await request.formData().catch(() => new FormData());
  if (form.get("List-Unsubscribe") === "One-Click" || !form.has("choice")) {
    const { choice, said } = ONE_CLICK[emailList(new URL(request.url).searchParams.get("list"))];
    applyEmailChoice(db, user.id, choice, now());
    return new Response(said, { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const parsed = choiceSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return Response.json({ error: "Choose one of the options." }, { status: 400 });
  applyEmailChoice(db, user.id, parsed.data.choice, now());
  return Response.json({ done: parsed.data.choice });
}

const DONE = {
  "daily-off": "Daily emails are paused. You will still get your final balance report, your facilitators' announcements and reminders before live sessions.",
  "all-off": "You are unsubscribed from all course email. Sign-in emails still come when you ask for them.",
  resume: "Daily emails are back on.",
  "digest-off": "The weekly digest is turned off. Your cohorts' pages show the same figures whenever you look.",
  "digest-on": "The weekly digest is back on: it comes on Mondays.",
  "activity-off": "Activity emails are turned off. New replies and reactions still show under Notifications when you sign in.",
  "activity-on": "Activity emails are back on: at most one a day, when someone replies to or reacts on your posts.",
} as const;

const STATE: Record<EmailState, string> = {
  on: "You get a short email each course morning, your facilitators' announcements, a reminder before each live session, and the final report.",
  "daily-off": "Daily emails are paused. You will still get your final balance report, your facilitators' announcements and reminders before live sessions.",
  "all-off": "You are unsubscribed from all course email.",
};

const LABEL: Record<EmailChoice, string> = {
  "daily-off": "Pause daily emails (keep the final report)",
  "all-off": "Unsubscribe from all course email",
  resume: "Send me daily emails again",
  "digest-off": "Stop the weekly digest",
  "digest-on": "Send me the weekly digest again",
  "activity-off": "Stop activity emails",
  "activity-on": "Send me activity emails again",
};

export default function Unsubscribe() {
  const { email, state, digest, activity } = useLoaderData<typeof loader>();
  const action = useActionData<{ done?: keyof typeof DONE; error?: string }>();
  return (
    <div className="narrow stack">
      <div>
        <p className="eyebrow">Email preferences</p>
        <h1>Your Tripod emails</h1>
        <p className="muted">For {email}</p>
      </div>
      {action?.done ? (
        <p className="notice notice-ok" role="status">
          {DONE[action.done]}
        </p>
      ) : (
        <p>{STATE[state]}</p>
      )}
      {action?.error ? <p className="notice notice-error">{action.error}</p> : null}
      <Form method="post" className="card stack">
        {choicesFor(state).map((choice, i) => (
          <button key={choice} type="submit" name="choice" value={choice} className={choice === "all-off" ? "button button-danger" : i === 0 ? "button" : "button button-secondary"}>
            {LABEL[choice]}
          </button>
        ))}
      </Form>
      {digest ? (
        <Form method="post" className="card stack" aria-labelledby="digest-title">
          <h2 id="digest-title" className="h3">
            Weekly digest
          </h2>
          {state === "all-off" ? (
            <p>It stops too while you are unsubscribed from all course email.</p>
          ) : (
            <>
              <p>{digest.on ? "On Mondays you get one email per cohort you facilitate: who is on track and who may need a word." : "The weekly digest is off."}</p>
              <button type="submit" name="choice" value={digestChoice(digest.on)} className="button button-secondary">
                {LABEL[digestChoice(digest.on)]}
              </button>
            </>
          )}
        </Form>
      ) : null}
      <Form method="post" className="card stack" aria-labelledby="activity-title">
        <h2 id="activity-title" className="h3">
          Replies and reactions
        </h2>
        {state === "all-off" ? (
          <p>Activity emails stop too while all course email is off.</p>
        ) : (
          <>
            <p>
              {activity.on
                ? "When people in your cohort reply to or react on your posts, you get at most one email a day about it, at your email hour."
                : "Activity emails are off. Replies and reactions still show under Notifications when you sign in."}
            </p>
            <button type="submit" name="choice" value={activityChoice(activity.on)} className="button button-secondary">
              {LABEL[activityChoice(activity.on)]}
            </button>
          </>
        )}
      </Form>
    </div>
  );
}
