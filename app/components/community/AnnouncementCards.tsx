import { useFetcher } from "@remix-run/react";
import { LocalTime } from "~/components/LocalTime";
import { Paragraphs } from "./Paragraphs";

export type AnnouncementCardData = { id: number; title: string; paragraphs: string[][]; author: string | null; createdAt: string };

const WHEN: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };

/**
 * One unread announcement on the participant's home, until they mark it read. The button is a
 * plain form post; with JavaScript it goes without a reload and the card leaves at once.
 */
function AnnouncementCard({ item, zone }: { item: AnnouncementCardData; zone: string }) {
  const fetcher = useFetcher();
  if (fetcher.state !== "idle" || fetcher.data) return null;
  const titleId = `announcement-${item.id}-title`;
  return (
    <section className="card announcement-card" aria-labelledby={titleId}>
      <p className="eyebrow">Announcement</p>
      <h2 id={titleId} className="h3">
        {item.title}
      </h2>
      <p className="small muted">
        From {item.author?.trim() || "your facilitator"} · <LocalTime iso={item.createdAt} fallbackZone={zone} options={WHEN} />
      </p>
      <div className="announcement-body">
        <Paragraphs paragraphs={item.paragraphs} />
      </div>
      <fetcher.Form method="post">
        <input type="hidden" name="intent" value="read-announcement" />
        <input type="hidden" name="announcementId" value={item.id} />
        <button type="submit" className="button button-secondary" aria-describedby={titleId}>
          Mark as read
        </button>
      </fetcher.Form>
    </section>
  );
}

export function AnnouncementCards({ items, zone }: { items: AnnouncementCardData[]; zone: string }) {
  if (items.length === 0) return null;
  return (
    <>
      {items.map((item) => (
        <AnnouncementCard key={item.id} item={item} zone={zone} />
      ))}
    </>
  );
}
