import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getCohortBySlug } from "~/cohorts/cohorts.server";
import { getDb } from "~/db.server";

export const meta: MetaFunction = () => [{ title: "Check your email · Tripod" }];

const query = z.object({
  status: z.enum(["enrolled", "waitlisted", "already-enrolled", "already-waitlisted"]).catch("enrolled"),
  email: z.string().max(254).catch(""),
});

/** Public: what happened after the enrollment form, in plain words. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const cohort = getCohortBySlug(getDb(), params.slug ?? "");
  if (!cohort) throw new Response("Not found", { status: 404 });
  const { status, email } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { title: cohort.title, slug: cohort.slug, status, email };
}

const COPY = {
  enrolled: { eyebrow: "Check your email", title: "You're in", body: "We sent a welcome email to {email} with the start date, how the days run and how to sign in." },
  waitlisted: { eyebrow: "Waitlist", title: "You're on the waitlist", body: "The cohort is full. If a seat frees up, it goes to the next person in line and we email {email} at once." },
  "already-enrolled": { eyebrow: "Nothing changed", title: "You're already enrolled", body: "{email} already has a place in this cohort, so nothing changed. Sign in to see your days." },
  "already-waitlisted": { eyebrow: "Nothing changed", title: "You're already on the waitlist", body: "{email} is already in line for a seat; your place is kept." },
} as const;

export default function Enrolled() {
  const { title, slug, status, email } = useLoaderData<typeof loader>();
  const copy = COPY[status];
  return (
    <div className="narrow">
      <p className="eyebrow">{copy.eyebrow}</p>
      <h1>{copy.title}</h1>
      <p>
        <strong>{title}</strong>
      </p>
      <p>{copy.body.replace("{email}", email || "your address")}</p>
      <p className="button-row">
        <Link className="button" to={`/login?${new URLSearchParams({ email })}`}>
          Sign in
        </Link>
        <Link to={`/cohorts/${slug}`}>Back to the cohort</Link>
      </p>
    </div>
  );
}
