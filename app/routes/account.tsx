import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { count, eq } from "drizzle-orm";
import { sessions } from "../../db/schema";
import { requireUser } from "~/auth/guards.server";
import { getDb } from "~/db.server";

export const meta: MetaFunction = () => [{ title: "Your account · Tripod" }];

const ROLE_NAMES = { participant: "Participant", facilitator: "Facilitator", admin: "Administrator" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const devices = getDb().select({ n: count() }).from(sessions).where(eq(sessions.userId, user.id)).get()!.n;
  return { name: user.name, email: user.email, role: ROLE_NAMES[user.role], devices };
}

export default function AccountPage() {
  const { name, email, role, devices } = useLoaderData<typeof loader>();
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
      <div className="card">
        <h2 className="h3">Signing out</h2>
        <p>Lost a phone, or used a shared computer? Signing out everywhere ends every session, this one included.</p>
        <div className="button-row">
          <Form method="post" action="/logout">
            <button type="submit" className="button button-secondary">
              Sign out
            </button>
          </Form>
          <Form method="post" action="/logout">
            <input type="hidden" name="intent" value="everywhere" />
            <button type="submit" className="button button-danger">
              Sign out of every device
            </button>
          </Form>
        </div>
      </div>
    </div>
  );
}
