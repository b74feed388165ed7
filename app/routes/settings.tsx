import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { activitySchema, readSettings, saveSettings, setActivityEmails, settingsSchema } from "~/account/settings.server";
import { requireUser } from "~/auth/guards.server";
import { Field, FormError } from "~/components/Field";
import { SignOutEverywhereForm } from "~/components/SignOutForms";
import { getDb } from "~/db.server";
import { formValues, parseForm } from "~/forms/parse";
import { allTimeZones } from "~/time/zones";

export const meta: MetaFunction = () => [{ title: "Settings · Tripod" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return { settings: readSettings(getDb(), user.id), zones: allTimeZones() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const form = await request.formData();
  if (form.get("intent") === "activity") {
    const choice = activitySchema.safeParse(Object.fromEntries(form));
    if (!choice.success) return Response.json({ activityError: "Choose to turn activity emails on or off." }, { status: 400 });
    setActivityEmails(getDb(), user.id, choice.data.activityEmails === "on");
    return Response.json({ activity: choice.data.activityEmails });
  }
  const parsed = parseForm(form, settingsSchema);
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values: formValues(form) }, { status: 400 });
  saveSettings(getDb(), user.id, parsed.data);
  return Response.json({ saved: true });
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, string>; saved?: boolean; activity?: "on" | "off"; activityError?: string };
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Replies and reactions by email: at most one a day, with its own switch. */
function ActivityCard({ on, allOff, changed, error }: { on: boolean; allOff: boolean; changed?: "on" | "off"; error?: string }) {
  return (
    <Form method="post" className="card" aria-labelledby="activity-title">
      <h2 id="activity-title" className="h3">
        Replies and reactions
      </h2>
      <FormError message={error} />
      {changed ? (
        <p className="notice notice-ok" role="status">
          {changed === "on" ? "Activity emails are on." : "Activity emails are off."}
        </p>
      ) : null}
      <p>
        {on
          ? "When people in your cohort reply to or react on your posts, you get at most one email a day about it, at your email hour. Notifications in the header show them either way."
          : "Activity emails are off. Replies and reactions still show under Notifications in the header."}
        {allOff ? " You are unsubscribed from all course email, so none comes for now." : ""}
      </p>
      <input type="hidden" name="intent" value="activity" />
      <button type="submit" name="activityEmails" value={on ? "off" : "on"} className="button button-secondary">
        {on ? "Turn off activity emails" : "Turn on activity emails"}
      </button>
    </Form>
  );
}

export default function SettingsPage() {
  const { settings, zones } = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const busy = useNavigation().state === "submitting";
  const v = action?.values;
  return (
    <div className="narrow stack">
      <div>
        <p className="eyebrow">Settings</p>
        <h1>Your settings</h1>
      </div>
      {action?.saved ? (
        <p className="notice notice-ok" role="status">
          Saved.
        </p>
      ) : null}
      <Form method="post" className="card" noValidate>
        <FormError message={action?.errors ? "Nothing was saved: see the notes below." : undefined} />
        <Field name="name" label="Name" autoComplete="name" defaultValue={v?.name ?? settings.name} error={action?.errors?.name} />
        <p className="small muted">Email: {settings.email}</p>
        <div className="field">
          <label htmlFor="timeZone">Time zone</label>
          <span id="timeZone-hint" className="hint">
            Your daily email is timed to this zone.
          </span>
          <select id="timeZone" name="timeZone" defaultValue={v?.timeZone ?? settings.timeZone ?? ""} aria-describedby="timeZone-hint">
            <option value="">Same as my cohort</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          {action?.errors?.timeZone ? <span className="field-error">{action.errors.timeZone}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="sendHour">Email hour</label>
          <select id="sendHour" name="sendHour" defaultValue={v?.sendHour ?? (settings.sendHour === null ? "" : String(settings.sendHour))}>
            <option value="">The cohort's hour</option>
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
          {action?.errors?.sendHour ? <span className="field-error">{action.errors.sendHour}</span> : null}
        </div>
        <label className="choice">
          <input type="checkbox" name="dailyEmails" defaultChecked={v ? v.dailyEmails === "on" : settings.dailyEmails} /> Send me the daily lesson email
        </label>
        {settings.facilitates ? (
          <label className="choice">
            <input type="checkbox" name="digestEmails" defaultChecked={v ? v.digestEmails === "on" : settings.digestEmails} /> Send me the weekly digest of
            my cohorts (Mondays)
          </label>
        ) : null}
        <p>
          <button type="submit" className="button" disabled={busy}>
            Save settings
          </button>
        </p>
      </Form>
      <ActivityCard on={settings.activityEmails} allOff={settings.unsubscribedAt !== null} changed={action?.activity} error={action?.activityError} />
      <p>
        <Link to="/account">Your account and cohorts</Link>: see which cohorts you are in, or leave one.
      </p>
      <section className="card" aria-labelledby="devices">
        <h2 id="devices" className="h3">
          Devices
        </h2>
        <p>Signed in somewhere you should not be? This ends every session, this one included.</p>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
