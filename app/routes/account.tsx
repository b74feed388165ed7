import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { cohorts, enrollments, sessions } from "../../db/schema";
import { requireUser } from "~/auth/guards.server";
import { leave } from "~/cohorts/enrollment.server";
import { sendWelcomes } from "~/cohorts/welcome.server";
import { SignOutEverywhereForm, SignOutForm } from "~/components/SignOutForms";
import { getDb } from "~/db.server";
import { getEnv } from "~/env.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Your account · Tripod" }];

const ROLE_NAMES = { participant: "Participant", facilitator: "Facilitator", admin: "Administrator" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const devices = db.select({ n: count() }).from(sessions).where(eq(sessions.userId, user.id)).get()!.n;
  const memberships = db
    .select({ enrollmentId: enrollments.id, status: enrollments.status, title: cohorts.title, slug: cohorts.slug })
    .from(enrollments)
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(and(eq(enrollments.userId, user.id), inArray(enrollments.status, ["active", "waitlisted"])))
    .orderBy(asc(cohorts.startsOn))
    .all();
  // "Leave" first asks (a GET, so it works without JavaScript): ?leave=<enrollment> names the one to confirm.
  const leaving = memberships.find((m) => String(m.enrollmentId) === new URL(request.url).searchParams.get("leave")) ?? null;
  return { name: user.name, email: user.email, role: ROLE_NAMES[user.role], facilitates: user.role !== "participant", devices, memberships, leaving };
}

const leaveSchema = z.object({ intent: z.literal("leave"), enrollmentId: z.coerce.number().int().positive() });

/** A participant leaves one of their cohorts (their work is kept; a waitlisted person may take the seat). */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const parsed = leaveSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return Response.json({ error: "Choose a cohort to leave." }, { status: 400 });
  const db = getDb();
  const mine = db
    .select({ id: enrollments.id, title: cohorts.title })
    .from(enrollments)
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .where(and(eq(enrollments.id, parsed.data.enrollmentId), eq(enrollments.userId, user.id))).get();
  if (!mine) throw new Response("Not found", { status: 404 });
  const at = now();
  const result = leave(db, mine.id, "withdrawn", at);
  await sendWelcomes(db, [result.promotedId], at, getEnv().APP_URL);
  return Response.json({ done: `You have left ${mine.title}. Your work is kept, and course emails for it have stopped.` });
}

export default function AccountPage() {
  const { name, email, role, devices, memberships, facilitates, leaving } = useLoaderData<typeof loader>();
  const action = useActionData<{ done?: string; error?: string }>();
  return (
    <div className="narrow stack">
      <div>
        <p className="eyebrow">Your account</p>
        <h1>{name}</h1>
      </div>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{email}</dd>
        <dt>Role</dt>
        <dd>{role}</dd>
        <dt>Signed in on</dt>
        <dd>
          {devices} {devices === 1 ? "device" : "devices"}
        </dd>
      </dl>
      {action?.done ? (
        <p className="notice notice-ok" role="status">
          {action.done}
        </p>
      ) : null}
      {facilitates ? (
        <p>
          <Link to="/facilitate" className="button">
            Your cohorts
          </Link>
        </p>
      ) : null}
      {leaving && !action?.done ? <LeaveConfirm enrollmentId={leaving.enrollmentId} title={leaving.title} /> : null}
      {memberships.length > 0 ? (
        <div className="card">
          <h2 className="h3">Your cohorts</h2>
          <ul className="plain-list">
            {memberships.map((m) => (
              <li key={m.enrollmentId}>
                <Link to={`/cohorts/${m.slug}`}>{m.title}</Link> {m.status === "waitlisted" ? <span className="status status-waitlisted">Waitlist</span> : null}
                <Form method="get" className="inline-form">
                  <button type="submit" name="leave" value={m.enrollmentId} className="button button-danger button-compact" aria-label={`Leave ${m.title}`}>
                    Leave
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          <p className="small muted">Leaving keeps your work and stops the course emails for that cohort.</p>
        </div>
      ) : null}
      <YourData />
      <div className="card">
        <h2 className="h3">Signing out</h2>
        <p>Lost a phone, or used a shared computer? Signing out everywhere ends every session, this one included.</p>
        <div className="button-row">
          <SignOutForm />
          <SignOutEverywhereForm />
        </div>
      </div>
    </div>
  );
}

/** Issue 18: download everything held about you, or delete the account (after a confirmation page). */
function YourData() {
  return (
    <section className="card stack" aria-labelledby="your-data">
      <h2 className="h3" id="your-data">
        Your data
      </h2>
      <p>Download everything Tripod holds about you: a zip with one JSON file and your answers as readable Markdown.</p>
      <p>
        <a href="/account/data.zip" className="button button-secondary" download>
          Download my data
        </a>
      </p>
      <p>Deleting your account removes your profile, your work, your posts and your emails. The next page says exactly what goes and asks you to confirm.</p>
      <p>
        <Link to="/account/delete" className="button button-danger">
          Delete my account
        </Link>
      </p>
    </section>
  );
}

/** The confirm step before leaving: names the cohort and what leaving does; "Stay" goes back. */
function LeaveConfirm({ enrollmentId, title }: { enrollmentId: number; title: string }) {
  return (
    <section className="card stack" aria-labelledby="leave-confirm">
      <h2 className="h3" id="leave-confirm">
        Leave {title}?
      </h2>
      <p>Your work is kept and you can read it again, but the course emails for this cohort stop and your seat goes to someone else.</p>
      <Form method="post" className="button-row">
        <input type="hidden" name="intent" value="leave" />
        <input type="hidden" name="enrollmentId" value={enrollmentId} />
        <button type="submit" className="button button-danger">
          Yes, leave {title}
        </button>
        <Link to="/account" className="button button-secondary">
          Stay
        </Link>
      </Form>
    </section>
  );
}
