import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { cohorts, enrollments, sessions } from "../../db/schema";
import { requireUser } from "~/auth/guards.server";
import { leave } from "~/cohorts/enrollment.server";
import { sendWelcomes } from "~/cohorts/welcome.server";
import { InlineAction } from "~/components/InlineAction";
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
  return { name: user.name, email: user.email, role: ROLE_NAMES[user.role], facilitates: user.role !== "participant", devices, memberships };
}

const leaveSchema = z.object({ intent: z.literal("leave"), enrollmentId: z.coerce.number().int().positive() });

/** A participant leaves one of their cohorts (their work is kept; a waitlisted person may take the seat). */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const parsed = leaveSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return Response.json({ error: "Choose a cohort to leave." }, { status: 400 });
  const db = getDb();
  const mine = db.select({ id: enrollments.id }).from(enrollments).where(and(eq(enrollments.id, parsed.data.enrollmentId), eq(enrollments.userId, user.id))).get();
  if (!mine) throw new Response("Not found", { status: 404 });
  const at = now();
  const result = leave(db, mine.id, "withdrawn", at);
  await sendWelcomes(db, [result.promotedId], at, getEnv().APP_URL);
  return Response.json({ done: "You have left the cohort. Your work is kept, and course emails for it have stopped." });
}

export default function AccountPage() {
  const { name, email, role, devices, memberships, facilitates } = useLoaderData<typeof loader>();
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
      {memberships.length > 0 ? (
        <div className="card">
          <h2 className="h3">Your cohorts</h2>
          <ul className="plain-list">
            {memberships.map((m) => (
              <li key={m.enrollmentId}>
                <Link to={`/cohorts/${m.slug}`}>{m.title}</Link> {m.status === "waitlisted" ? <span className="status status-waitlisted">Waitlist</span> : null}
                <InlineAction intent="leave" name="enrollmentId" value={m.enrollmentId} label="Leave" description={`Leave ${m.title}`} />
              </li>
            ))}
          </ul>
          <p className="small muted">Leaving keeps your work and stops the course emails for that cohort.</p>
        </div>
      ) : null}
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
