import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { exportZip } from "~/account/my-data/export.server";
import { exportFileName } from "~/account/my-data/export";
import { requireUser } from "~/auth/guards.server";
import { getDb } from "~/db.server";
import { now } from "~/time/clock.server";
import { RateLimiter } from "~/util/rate-limit";

/** A few downloads a person an hour is plenty; more is someone hammering the database. */
const downloads = new RateLimiter({ limit: 6, windowMs: 60 * 60_000 });

/** GET /account/data.zip: everything Tripod holds about the signed-in person, as a zip, streamed. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const at = now();
  const decision = downloads.hit(String(user.id), at);
  if (!decision.allowed) {
    const minutes = Math.max(1, Math.ceil(decision.retryAfterMs / 60_000));
    return new Response(`You have downloaded your data several times this hour. Try again in ${minutes} minutes.`, {
      status: 429,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(Math.ceil(decision.retryAfterMs / 1000)), "Cache-Control": "no-store" },
    });
  }
  const zip = exportZip(getDb(), user.id, at);
  return new Response(createReadableStreamFromReadable(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${exportFileName(at)}"`,
      "Cache-Control": "no-store",
    },
  });
}
