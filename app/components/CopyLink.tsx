import { useEffect, useRef, useState } from "react";

/**
 * A link to share, with a "Copy link" button once JavaScript runs (without it, the link is
 * plain text to select and copy by hand), like the enrollment link's.
 */
export function CopyLink({ link }: { link: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    setReady(typeof navigator !== "undefined" && !!navigator.clipboard);
    return () => clearTimeout(timer.current);
  }, []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), 4000);
  }
  return (
    <>
      <div className="copy-row">
        <a href={link} className="copy-text">
          {link}
        </a>
        {ready ? (
          <button type="button" className="button button-secondary button-compact" onClick={copy} aria-live="polite">
            {copied === "yes" ? "Copied" : "Copy link"}
          </button>
        ) : null}
      </div>
      {copied === "failed" ? <p className="small field-error">The browser did not allow copying; select the link and copy it by hand.</p> : null}
    </>
  );
}
