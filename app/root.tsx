import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunction,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getSession } from "~/auth/guards.server";
import { readSessionToken, sessionCookie } from "~/auth/session.server";
import { useNonce } from "~/components/nonce";
import { getDb } from "~/db.server";
import { headerViewing, unreadNotificationCount } from "~/community/notifications.server";
import { now } from "~/time/clock.server";
import { SiteLayout, type NavItem } from "~/components/SiteLayout";
import styles from "~/styles/app.css";

const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><g stroke-width="4" stroke-linecap="round"><line x1="16" y1="6" x2="5" y2="28" stroke="#3151c6"/><line x1="16" y1="6" x2="16" y2="28" stroke="#0d7a5f"/><line x1="16" y1="6" x2="27" y2="28" stroke="#c4471b"/></g><circle cx="16" cy="6" r="4" fill="#1c2026"/></svg>',
  );

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: FAVICON, type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "Tripod: engineering leadership in 30 days" },
  { name: "description", content: "A 30-day cohort course in engineering leadership across Product, Process and People." },
];

/**
 * Who is signed in (for the header), and how many notifications they have not read: one
 * indexed query. A signed-in response also re-sends the session cookie with the session's
 * current expiry, so the sliding 30-day window holds in the browser too.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = getSession(request);
  const token = readSessionToken(request);
  if (!session || !token) return { user: null };
  return data(
    {
      user: {
        name: session.user.name,
        role: session.user.role,
        unreadNotifications: unreadNotificationCount(getDb(), session.user.id, headerViewing(new URL(request.url))),
      },
    },
    { headers: { "Set-Cookie": sessionCookie(token, session.expiresAt, now()) } },
  );
}

/**
 * The header's notifications count is fresh on the pages that mark notifications read (day
 * pages, the notifications page) and on a participant's home, not only after a form is sent.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || /^\/(learn(\/\d+(\/days\/\d+)?)?|notifications)\/?$/.test(nextUrl.pathname);

const NAV: NavItem[] = [
  { to: "/", label: "Home" },
  { to: "/course", label: "The course" },
];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <SiteLayout nav={NAV} user={user}>
      <Outlet />
    </SiteLayout>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const user = useRouteLoaderData<typeof loader>("root")?.user ?? null;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A 409 carries its own explanation (a cohort whose dates need fixing, say).
  const explained = isRouteErrorResponse(error) && status === 409 && typeof error.data === "string" ? error.data : null;
  const title = status === 404 ? "We could not find that page" : status === 403 ? "That page is not yours to see" : explained ? "This cannot be shown right now" : "Something went wrong";
  const detail =
    status === 404
      ? "The address may be mistyped, or the page may have moved."
      : status === 403
        ? "If you think you should have access, ask your cohort's facilitator."
        : (explained ?? "We have logged it. Try again in a moment; your saved work is safe.");
  return (
    <SiteLayout nav={NAV} user={user}>
      <div className="prose">
        <p className="eyebrow">Error {status}</p>
        <h1>{title}</h1>
        <p>{detail}</p>
        <p>
          <Link to="/" className="button">
            Back to the start
          </Link>
        </p>
      </div>
    </SiteLayout>
  );
}
