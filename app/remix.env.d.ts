/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

export {};

// Single fetch is on (remix.config.js): loaders return plain objects and
// useLoaderData<typeof loader>() infers their types.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// What the Express server hands every loader and action (app/server/http.ts).
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address, for per-client rate limits. */
    clientIp: string;
    /** This response's CSP nonce. */
    nonce: string;
  }
}
