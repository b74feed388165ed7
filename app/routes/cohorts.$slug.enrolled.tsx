import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireWorkingCalendar } from "~/cohorts/access.server";
import { findCohortAt } from "~/cohorts/addresses.server";
import { getDb } from "~/db.server";

export const meta: MetaFunction = () => [{ title: "Check your email · Tripod" }];

const query = z.object({ email: z.string().max(254).catch("") });

/**
 * Public: the one answer to the enrollment form. It is the same for a new address, one
 * already in the cohort or on its waitlist, and a closed cohort; the email says which.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const cohort = findCohortAt(getDb(), params.slug ?? "", request);
  if (!cohort) throw new Response("Not found", { status: 404 });
  requireWorkingCalendar(cohort);
  const { email } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { title: cohort.title, slug: cohort.slug, email };
}

export default function Enrolled() {
  const { title, slug, email } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <p className="eyebrow">Check your email</p>
      <h1>One email is on its way</h1>
      <p>
        <strong>{title}</strong>
      </p>
      <p>
        We sent an email to <strong>{email || "your address"}</strong>. Press its button to confirm your seat and sign in; on
        another device, enter its 6-digit code instead. A seat that is not confirmed is released after 48 hours.
      </p>
      <p className="button-row">
        <Link className="button" to={`/login/code?${new URLSearchParams({ email })}`}>
          Enter the code
        </Link>
        <Link to={`/cohorts/${slug}`}>Back to the cohort</Link>
      </p>
      <p className="small muted">Nothing after a few minutes? Check your spam folder, and that the address above is right.</p>
    </div>
  );
}
