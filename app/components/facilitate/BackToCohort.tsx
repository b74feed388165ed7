import { Link } from "@remix-run/react";

/** The way back from a cohort's inner page (report, analytics, threads, sessions...) to its workspace. */
export function BackToCohort({ slug, title, className }: { slug: string; title: string; className?: string }) {
  return (
    <p className={className}>
      <Link to={`/facilitate/cohorts/${slug}`}>← {title}</Link>
    </p>
  );
}
