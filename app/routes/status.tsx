import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { checkDatabase } from "~/health/health.server";

export const meta: MetaFunction = () => [{ title: "Status · Tripod" }];

/** The footer's "Status": whether the service is up, in words (machines use /healthz). */
export async function loader() {
  const up = checkDatabase().ok;
  return Response.json({ up }, { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

export default function StatusPage() {
  const { up } = useLoaderData<{ up: boolean }>();
  return (
    <div className="narrow stack">
      <div>
        <p className="eyebrow">Status</p>
        <h1>{up ? "Tripod is up" : "Tripod is having trouble"}</h1>
      </div>
      {up ? (
        <p className="notice notice-ok">The course database answers. Lessons, saving your work and sign-in emails work as usual.</p>
      ) : (
        <p className="notice notice-error">The course database does not answer right now, so lessons cannot load or save. Your saved work is kept; please try again in a few minutes.</p>
      )}
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </div>
  );
}
