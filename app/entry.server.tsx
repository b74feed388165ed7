import { PassThrough } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { isRouteErrorResponse } from "@remix-run/router";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "~/components/nonce";
import { getEditions } from "~/course/content.server";
import { log } from "~/log.server";

// Read, validate and render the curriculum as the server starts, not on the first
// request: invalid content stops start-up with the file and field of each problem.
getEditions();

const ABORT_DELAY = 5_000;
/**
 * How long Remix waits for promises in loader data. Ours return none, so the stream is done
 * at once; the short timeout matters because Remix's timer (never cleared by the Express
 * adapter once a response finishes) keeps each response's data reachable until it fires.
 */
export const streamTimeout = 1_000;

/**
 * Errors on the server, logged as structured lines. Remix's own refusals (no route matches, a
 * method not allowed) are the access log's 4xx lines already, and their messages repeat the
 * URL, which may carry a token: they are not logged again.
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs): void {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  const cause = isRouteErrorResponse(error) ? ((error as { error?: unknown }).error ?? error) : error;
  log.error({ err: cause }, "request failed");
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.nonce;
  // Bots and no-JS clients get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Abort a render that hangs; cleared as soon as it finishes, so a finished render is not
    // kept alive (with everything it references) until the timer would have fired.
    const timer = setTimeout(() => abort(), ABORT_DELAY + 1_000);
    const ready = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onAllReady() {
          clearTimeout(timer);
          if (waitForAll) ready();
        },
        onShellReady() {
          if (!waitForAll) ready();
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) log.error({ err: error }, "render failed");
        },
      },
    );
  });
}
