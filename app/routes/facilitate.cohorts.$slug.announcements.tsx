import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireManagedCohort } from "~/cohorts/access.server";
import { announcementSchema, BODY_MAX, paragraphsOf, readLine, TITLE_MAX } from "~/community/announcements";
import { announcementsOf, participantCount, sendAnnouncement } from "~/community/announcements.server";
import { Paragraphs } from "~/components/community/Paragraphs";
import { FormError } from "~/components/Field";
import { LocalTime } from "~/components/LocalTime";
import { getDb } from "~/db.server";
import { deliverSoon } from "~/email/send.server";
import { getEnv } from "~/env.server";
import { formValues, parseForm } from "~/forms/parse";
import { now } from "~/time/clock.server";
import { BackToCohort } from "~/components/facilitate/BackToCohort";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Announcements · ${data?.title ?? "Cohort"} · Tripod` }];

const doneSchema = z.object({ sent: z.coerce.number().int().positive().optional().catch(undefined), repeat: z.coerce.number().int().positive().optional().catch(undefined) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = requireManagedCohort(request, params.slug, { calendar: false });
  const db = getDb();
  const done = doneSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = announcementsOf(db, cohort.id).map((a) => ({
    id: a.id,
    title: a.title,
    paragraphs: paragraphsOf(a.body),
    author: a.author,
    createdAt: a.createdAt.toISOString(),
    read: readLine(a.read, a.recipients),
    recipients: a.recipients,
  }));
  const sent = done.sent ? list.find((a) => a.id === done.sent) : undefined;
  return {
    slug: cohort.slug,
    title: cohort.title,
    timeZone: cohort.timeZone,
    participants: participantCount(db, cohort.id),
    list,
    notice: sent
      ? `Sent to ${sent.recipients} ${sent.recipients === 1 ? "participant" : "participants"}: on their home until they read it, and by email to those who take course email.`
      : done.repeat
        ? "That announcement was already sent a moment ago; it was not sent twice."
        : null,
  };
}

type ActionData = { errors?: Record<string, string>; values?: Record<string, string>; preview?: { title: string; paragraphs: string[][] } };

/** `preview` shows the announcement as participants will read it; `send` sends it (once, whatever the number of clicks). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { cohort, user } = requireManagedCohort(request, params.slug, { calendar: false });
  const form = await request.formData();
  const parsed = parseForm(form, announcementSchema);
  if (!parsed.ok) return Response.json({ errors: parsed.errors, values: parsed.values } satisfies ActionData, { status: 400 });
  if (form.get("intent") === "preview") {
    return Response.json({ values: formValues(form), preview: { title: parsed.data.title, paragraphs: paragraphsOf(parsed.data.body) } } satisfies ActionData);
  }
  const result = await sendAnnouncement(getDb(), cohort, user, parsed.data, now(), getEnv().APP_URL);
  if (result.status === "repeat") throw redirect(`/facilitate/cohorts/${cohort.slug}/announcements?repeat=${result.id}`);
  deliverSoon(result.emailIds);
  throw redirect(`/facilitate/cohorts/${cohort.slug}/announcements?sent=${result.id}`);
}

const WHEN: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" };

export default function Announcements() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<ActionData>();
  const busy = useNavigation().state !== "idle";
  const v = action?.values;
  const errors = action?.errors;
  const people = `${data.participants} ${data.participants === 1 ? "participant" : "participants"}`;
  return (
    <div className="stack narrow-wide">
      <div>
        <BackToCohort slug={data.slug} title={data.title} />
        <h1>Announcements</h1>
        <p className="muted">
          Write to everyone in the cohort. It shows on each participant's home until they mark it read, and goes by email to the {people} enrolled now (except those who
          unsubscribed from course email). Replies to the email reach you.
        </p>
      </div>
      {data.notice && !action ? (
        <p className="notice notice-ok" role="status">
          {data.notice}
        </p>
      ) : null}
      <Form method="post" className="card" noValidate aria-labelledby="new-title">
        <h2 id="new-title" className="h3">
          New announcement
        </h2>
        <FormError message={errors ? "Nothing was sent: see the notes below." : undefined} />
        <div className="field">
          <label htmlFor="title">Title</label>
          <span id="title-hint" className="hint">
            Up to {TITLE_MAX} characters; it is the email's subject too.
          </span>
          <input
            id="title"
            name="title"
            type="text"
            maxLength={TITLE_MAX * 2}
            defaultValue={v?.title ?? ""}
            key={`title-${v?.title ?? ""}`}
            aria-invalid={errors?.title ? true : undefined}
            aria-describedby={errors?.title ? "title-hint title-error" : "title-hint"}
          />
          {errors?.title ? (
            <span id="title-error" className="field-error">
              {errors.title}
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="body">Message</label>
          <span id="body-hint" className="hint">
            Plain text, up to {BODY_MAX.toLocaleString("en-GB")} characters. A blank line starts a new paragraph.
          </span>
          <textarea
            id="body"
            name="body"
            className="announcement-text"
            defaultValue={v?.body ?? ""}
            key={`body-${v?.body ?? ""}`}
            aria-invalid={errors?.body ? true : undefined}
            aria-describedby={errors?.body ? "body-hint body-error" : "body-hint"}
          />
          {errors?.body ? (
            <span id="body-error" className="field-error">
              {errors.body}
            </span>
          ) : null}
        </div>
        {action?.preview ? (
          <section className="announcement-preview" aria-labelledby="preview-title">
            <p className="eyebrow">Preview: as participants will read it</p>
            <h3 id="preview-title" className="h3">
              {action.preview.title}
            </h3>
            <Paragraphs paragraphs={action.preview.paragraphs} />
          </section>
        ) : null}
        <div className="button-row">
          <button type="submit" name="intent" value="send" className="button" disabled={busy}>
            Send to {people}
          </button>
          <button type="submit" name="intent" value="preview" className="button button-secondary" disabled={busy}>
            Preview
          </button>
        </div>
      </Form>
      <section aria-labelledby="past-title" className="stack">
        <h2 id="past-title" className="h3">
          Sent
        </h2>
        {data.list.length === 0 ? <p className="muted">No announcements yet.</p> : null}
        {data.list.map((a) => (
          <article key={a.id} className="card announcement-sent" aria-labelledby={`sent-${a.id}`}>
            <h3 id={`sent-${a.id}`} className="h3">
              {a.title}
            </h3>
            <p className="small muted">
              <LocalTime iso={a.createdAt} fallbackZone={data.timeZone} options={WHEN} />
              {a.author ? ` · ${a.author}` : ""} · <strong>{a.read}</strong>
            </p>
            <Paragraphs paragraphs={a.paragraphs} />
          </article>
        ))}
      </section>
    </div>
  );
}
