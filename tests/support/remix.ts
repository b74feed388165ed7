/** Calling route loaders and actions directly, the way Remix would. */
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";

export const BASE = "http://localhost:3000";

export function formRequest(path: string, fields: Record<string, string>, options: { cookie?: string } = {}): Request {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (options.cookie) headers.Cookie = options.cookie;
  return new Request(`${BASE}${path}`, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}

export function getRequest(path: string, options: { cookie?: string } = {}): Request {
  return new Request(`${BASE}${path}`, { headers: options.cookie ? { Cookie: options.cookie } : {} });
}

export function context(clientIp = "203.0.113.7"): AppLoadContext {
  return { clientIp, nonce: "test-nonce" };
}

type Handler = (args: ActionFunctionArgs | LoaderFunctionArgs) => unknown;

/** Runs a loader or action; a thrown Response (redirect, 404) is returned like any other. */
export async function run(handler: Handler, request: Request, params: Record<string, string> = {}, ctx = context()): Promise<unknown> {
  try {
    return await handler({ request, params, context: ctx });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

export async function runResponse(handler: Handler, request: Request, params: Record<string, string> = {}, ctx = context()): Promise<Response> {
  const result = await run(handler, request, params, ctx);
  if (!(result instanceof Response)) throw new Error(`expected a Response, got ${JSON.stringify(result)}`);
  return result;
}

/** "name=value" of the Set-Cookie header, ready to send back as a Cookie header. */
export function cookieFrom(response: Response): string {
  const header = response.headers.get("Set-Cookie");
  if (!header) throw new Error("no Set-Cookie header");
  return header.split(";")[0]!;
}
