/** The footer the course emails share: why this email came, and the way out. */
import { Link } from "@react-email/link";
import { FOOTER_WORDS, type FooterList } from "./text";

export function UnsubscribeFooter({ url, digest = false, list = digest ? "digest" : "course" }: { url: string; digest?: boolean; list?: FooterList }) {
  const words = FOOTER_WORDS[list];
  return (
    <>
      {words.why} <Link href={url}>{words.link}</Link>.
    </>
  );
}
