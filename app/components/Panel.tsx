import type { ReactNode } from "react";

/** A card section whose heading labels it for assistive technology. */
export function Panel({ id, title, className = "", children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section className={`card ${className}`.trim()} aria-labelledby={id}>
      <h2 id={id} className="h3">
        {title}
      </h2>
      {children}
    </section>
  );
}
