import { useEffect, useState } from "react";

/** "Print or save as PDF": shown only once JavaScript runs (without it, the browser's own print works). */
export function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <p className="no-print">
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </p>
  );
}
