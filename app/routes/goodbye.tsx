import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { getUser } from "~/auth/guards.server";

export const meta: MetaFunction = () => [{ title: "Account deleted · Tripod" }];

/** Someone signed in has an account: this page is not about them. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (getUser(request)) throw redirect("/account");
  return null;
}

/** Where deleting an account lands (signed out): says it is done. The same words for anyone who opens it. */
export default function GoodbyePage() {
  return (
    <div className="narrow stack">
      <div>
        <p className="eyebrow">Your account</p>
        <h1>Your account is deleted</h1>
      </div>
      <p className="notice notice-ok" role="status">
        Your profile, your work and your posts are gone from Tripod, and you are signed out on every device. No more course emails will come.
      </p>
      <p>Copies kept in the service's database backups disappear as those backups are replaced. You are welcome back any time: enrolling again starts a new account.</p>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </div>
  );
}
