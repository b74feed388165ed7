import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "~/components/nonce";
import { getEditions } from "~/course/content.server";

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
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}
