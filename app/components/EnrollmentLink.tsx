import { CopyLink } from "./CopyLink";

/**
 * A cohort's enrollment link to share, with a "Copy link" button once JavaScript runs (without
 * it, or without clipboard access, the link is plain text to select and copy by hand). The
 * button says "Copied" in place for a few seconds.
 */
export function EnrollmentLink({ link, open }: { link: string; open: boolean }) {
  return (
    <section className="card" aria-labelledby="link-title">
      <h2 id="link-title" className="h3">
        Enrollment link
      </h2>
      <CopyLink link={link} />
      <p className="small muted">Anyone with this link can enroll {open ? "while enrollment is open" : "once you open enrollment in the settings"}.</p>
    </section>
  );
}
