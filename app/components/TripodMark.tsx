/** The Tripod mark: three legs in the pillar colours meeting at one point. Decorative. */
export function TripodMark({ title }: { title?: string }) {
  return (
    <svg viewBox="0 0 32 32" role={title ? "img" : undefined} aria-hidden={title ? undefined : true} focusable="false">
      {title ? <title>{title}</title> : null}
      <line x1="16" y1="6" x2="5" y2="28" stroke="var(--product)" strokeWidth="4" strokeLinecap="round" />
      <line x1="16" y1="6" x2="16" y2="28" stroke="var(--process)" strokeWidth="4" strokeLinecap="round" />
      <line x1="16" y1="6" x2="27" y2="28" stroke="var(--people)" strokeWidth="4" strokeLinecap="round" />
      <circle cx="16" cy="6" r="4" fill="var(--ink)" />
    </svg>
  );
}
