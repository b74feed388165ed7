/** The footer the course emails share: why this email came, and the way out. */
import { Link } from "@react-email/link";

export function UnsubscribeFooter({ url, digest = false }: { url: string; digest?: boolean }) {
  return digest ? (
    <>
      You get this digest because you facilitate this cohort. <Link href={url}>Turn off the weekly digest</Link>.
    </>
  ) : (
    <>
      You get this email because you are enrolled in a Tripod cohort. <Link href={url}>Pause daily emails or unsubscribe</Link>.
    </>
  );
}
