import { Fragment } from "react";

/** Plain text as paragraphs of lines (see paragraphsOf in ~/community/announcements): text nodes only, never HTML. */
export function Paragraphs({ paragraphs }: { paragraphs: string[][] }) {
  return (
    <>
      {paragraphs.map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
