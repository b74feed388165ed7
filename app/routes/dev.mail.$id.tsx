import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getMailboxEmail, linksIn, requireLocalMailbox } from "~/email/mailbox.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.subject ?? "Email"} · Local mailbox · Tripod` }];

export async function loader({ params, context }: LoaderFunctionArgs) {
  requireLocalMailbox(context.clientIp);
  const id = Number(params.id);
  const email = Number.isInteger(id) ? getMailboxEmail(id) : undefined;
  if (!email) throw new Response("Not found", { status: 404 });
  return {
    subject: email.subject,
    html: email.html,
    text: email.text,
    links: linksIn(email.html),
    headers: [
      ["From", email.fromAddress],
      ["To", email.toAddress],
      ["Subject", email.subject],
      ["Date", email.createdAt.toUTCString()],
      ["Idempotency key", email.idempotencyKey],
      ["Status", email.status],
      ...Object.entries(email.headers),
    ] as [string, string][],
  };
}

export default function MailboxEmail() {
  const { subject, html, text, links, headers } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <p>
        <Link to="/dev/mail">← Mailbox</Link>
      </p>
      <h1 className="h3">{subject}</h1>
      <div className="table-wrap">
        <table>
          <tbody>
            {headers.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {links.length > 0 ? (
        <section aria-labelledby="links-title">
          <h2 id="links-title" className="h3">
            Links in this email
          </h2>
          <ul>
            {links.map((href) => (
              <li key={href}>
                <a href={href}>{href}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {html === "" && text === "" ? (
        <p className="notice">This email was sent longer ago than EMAIL_BODY_DAYS: its words are no longer kept.</p>
      ) : (
        <>
          <section aria-labelledby="html-title">
            <h2 id="html-title" className="h3">
              HTML part
            </h2>
            <iframe title="The email's HTML part" className="mail-frame" sandbox="" srcDoc={html} />
          </section>
          <section aria-labelledby="text-title">
            <h2 id="text-title" className="h3">
              Text part
            </h2>
            <pre className="mail-text">{text}</pre>
          </section>
        </>
      )}
    </div>
  );
}
