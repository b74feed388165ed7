import { useEffect, useState } from "react";

type Props = {
  /** ISO instant */
  iso: string;
  /** The zone the server renders in (the cohort's), shown until the browser's is known. */
  fallbackZone: string;
  options?: Intl.DateTimeFormatOptions;
};

const DEFAULT: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" };

/**
 * An instant in the visitor's own time zone. The server (and a browser without JavaScript)
 * shows it in the cohort's zone, named; once the page runs, it switches to the visitor's.
 */
export function LocalTime({ iso, fallbackZone, options = DEFAULT }: Props) {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const shownZone = zone ?? fallbackZone;
  const text = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: shownZone }).format(new Date(iso));
  return (
    <time dateTime={iso}>
      {text}
      <span className="muted small"> ({zone ? "your time" : `${fallbackZone.replaceAll("_", " ")} time`})</span>
    </time>
  );
}
