import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { paragraphsOf } from "~/community/announcements";
import { openNotificationsPage, pageOf } from "~/community/notifications.server";
import { Paragraphs } from "~/components/community/Paragraphs";
import { LocalTime } from "~/components/LocalTime";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";

export const meta: MetaFunction = () => [{ title: "Notifications · Tripod" }];

/** Your own notifications, newest first, thirty a page. Opening a page marks what it shows read. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const page = pageOf(new URL(request.url).searchParams);
  const result = openNotificationsPage(getDb(), user.id, page, now());
  return {
    page: result.page,
    hasOlder: result.hasOlder,
    zone: user.timeZone,
    lines: result.lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      text: l.text,
      excerpt: l.excerpt,
      hidden: l.hidden,
      href: l.href,
      isNew: l.isNew,
      at: l.at.toISOString(),
      zone: l.zone,
      cohortTitle: l.cohortTitle,
      announcement: l.announcement ? { from: l.announcement.from, paragraphs: paragraphsOf(l.announcement.body) } : null,
    })),
  };
}

type Line = ReturnType<typeof useLoaderData<typeof loader>>["lines"][number];

const WHEN: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
const KIND: Record<Line["kind"], string> = { reply: "Reply", reaction: "Reaction", feedback: "Feedback", announcement: "Announcement" };

function NotificationItem({ line, zone }: { line: Line; zone: string | null }) {
  return (
    <li className={`notification${line.isNew ? " notification-new" : ""}`}>
      <p className="notification-meta small muted">
        {line.isNew ? <strong className="notification-flag">New</strong> : null} {KIND[line.kind]} · {line.cohortTitle} · <LocalTime iso={line.at} fallbackZone={zone ?? line.zone} options={WHEN} />
      </p>
      <p className="notification-text">
        {/* An announcement is read here, in place: it leaves the home page once this page has shown it. */}
        {line.announcement ? line.text : <Link to={line.href}>{line.text}</Link>}
        {line.hidden ? <span className="small muted"> (hidden from the cohort)</span> : null}
      </p>
      {line.excerpt ? <blockquote className="notification-excerpt">{line.excerpt}</blockquote> : null}
      {line.announcement ? (
        <details className="notification-announcement" open={line.isNew}>
          <summary>Read the announcement{line.announcement.from ? ` from ${line.announcement.from}` : ""}</summary>
          <Paragraphs paragraphs={line.announcement.paragraphs} />
        </details>
      ) : null}
    </li>
  );
}

export default function Notifications() {
  const data = useLoaderData<typeof loader>();
  const fresh = data.lines.filter((l) => l.isNew).length;
  return (
    <div className="stack narrow-wide">
      <div>
        <p className="eyebrow">What is new for you</p>
        <h1>Notifications</h1>
        <p className="muted">
          Replies to your posts, reactions, feedback from your facilitator and announcements. {fresh > 0 ? `${fresh} new since you last looked; they are marked read now.` : ""}
        </p>
      </div>
      {data.lines.length === 0 ? (
        <p className="notice">{data.page === 1 ? "Nothing yet. When someone replies to or reacts on your posts, or your facilitator writes to you, it shows here." : "Nothing on this page."}</p>
      ) : (
        <ol className="notification-list" aria-label={`Notifications, page ${data.page}`}>
          {data.lines.map((line) => (
            <NotificationItem key={line.id} line={line} zone={data.zone} />
          ))}
        </ol>
      )}
      {data.page > 1 || data.hasOlder ? (
        <nav aria-label="Pages of notifications" className="pager small">
          {data.page > 1 ? <Link to={data.page === 2 ? "/notifications" : `/notifications?page=${data.page - 1}`}>← Newer</Link> : null}
          {data.hasOlder ? <Link to={`/notifications?page=${data.page + 1}`}>Older →</Link> : null}
        </nav>
      ) : null}
      <p className="small muted">
        By email: at most one a day about replies and reactions, at your email hour. <Link to="/settings#activity-title">Change it in your settings</Link>.
      </p>
    </div>
  );
}
