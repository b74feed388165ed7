import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { getDb } from "~/db.server";
import { enrollmentsOf } from "~/progress/progress.server";
import { positionAt } from "~/cohorts/schedule";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Your course · Tripod" }];

/** Where signed-in people start: their running cohort (else the newest), or the facilitator pages. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const mine = enrollmentsOf(getDb(), user.id);
  if (mine.length === 0) {
    if (user.role !== "participant") throw redirect("/facilitate");
    return null;
  }
  const at = now();
  const running = mine.find((e) => positionAt(e, at).phase === "running");
  throw redirect(`/learn/${(running ?? mine[0]!).id}`);
}

export default function NoEnrollment() {
  return (
    <div className="narrow">
      <p className="eyebrow">Your course</p>
      <h1>You are not in a cohort yet</h1>
      <p>Tripod runs in cohorts that start together. Enroll through the link your facilitator shared, or ask them for an invitation.</p>
      <p>
        <Link to="/course" className="button button-secondary">
          See what the course covers
        </Link>
      </p>
    </div>
  );
}
