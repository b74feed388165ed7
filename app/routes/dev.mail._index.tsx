import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listMailbox, requireLocalMailbox } from "~/email/mailbox.server";

export const meta: MetaFunction = () => [{ title: "Local mailbox · Tripod" }];

export async function loader({ context }: LoaderFunctionArgs) {
  requireLocalMailbox(context.clientIp);
  return { emails: listMailbox().map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })) };
}

export default function Mailbox() {
  const { emails } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="eyebrow">Local mode</p>
      <h1>Mailbox</h1>
      <p className="muted prose">
        Without <code>RESEND_API_KEY</code>, Tripod keeps every email here instead of sending it. Newest first.
      </p>
      {emails.length === 0 ? (
        <p className="notice">No emails yet. Sign in or enroll to see one arrive.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Kind</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.createdAt}>{e.createdAt.replace("T", " ").slice(0, 19)}</time>
                  </td>
                  <td>{e.to}</td>
                  <td>
                    <Link to={`/dev/mail/${e.id}`}>{e.subject}</Link>
                  </td>
                  <td>{e.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
