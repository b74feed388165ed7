import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Account deleted · Tripod" }];

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
      <p>Copies in the database's backups age out with them. You are welcome back any time: enrolling again starts a new account.</p>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </div>
  );
}
