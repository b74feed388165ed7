/**
 * A local stand-in for Resend's email API, for tests: POST /emails and POST /emails/batch
 * (at most 100 emails, strict or permissive validation), Bearer auth, Idempotency-Key
 * replay for 24 hours (409 when a key comes back with a different payload), 422 for
 * malformed payloads. Faults on request: a share of 5xx answers, 429 bursts with
 * retry-after, and added latency. It records every email it accepted.
 */
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { seededRandom } from "~/util/seeded-random";

export type AcceptedEmail = { id: string; idempotencyKey: string | null; from: string; to: string[]; subject: string; html?: string; text?: string; headers?: Record<string, string>; replyTo?: string | string[] };

export type Faults = {
  /** Share (0-1) of requests answered 500 before anything is accepted. */
  serverErrorRate?: number;
  /** The next N requests are answered 429 with this retry-after (seconds). */
  rateLimitBurst?: { count: number; retryAfterSeconds: number };
  /** Every request waits this long before it is answered. */
  latencyMs?: number;
  /** Accept the emails, then answer 500 anyway (a crash after the provider acted). */
  acceptThenFailRate?: number;
  /** Like Resend's own limit: more requests than this in one second get 429, retry-after 1. */
  maxRequestsPerSecond?: number;
};

export type FakeResend = {
  url: string;
  apiKey: string;
  accepted: AcceptedEmail[];
  requests: { path: string; status: number; idempotencyKey: string | null; count: number }[];
  /** Requests that have arrived (counted before any latency or answer). */
  received: () => number;
  faults: Faults;
  close: () => Promise<void>;
};

const DAY_MS = 86_400_000;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function address(value: string): string {
  const angle = /<([^>]+)>\s*$/.exec(value);
  return (angle ? angle[1]! : value).trim();
}

/** Resend-like validation of one email; a message, or null when it is fine. */
function invalid(email: unknown): string | null {
  if (!email || typeof email !== "object") return "Each email must be an object.";
  const e = email as Record<string, unknown>;
  if (typeof e.from !== "string" || !EMAIL.test(address(e.from))) return "Invalid `from` field.";
  const to = typeof e.to === "string" ? [e.to] : e.to;
  if (!Array.isArray(to) || to.length === 0 || to.length > 50) return "Invalid `to` field.";
  if (!to.every((t) => typeof t === "string" && EMAIL.test(address(t)))) return "Invalid `to` field.";
  if (typeof e.subject !== "string" || e.subject.length === 0) return "Missing `subject` field.";
  if (typeof e.html !== "string" && typeof e.text !== "string") return "Missing `html` or `text` field.";
  return null;
}

export async function startFakeResend(options: { apiKey?: string; seed?: number; now?: () => number } = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? "re_test_fake";
  const random = seededRandom(options.seed ?? 42);
  const clock = options.now ?? Date.now;
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown; at: number }>();
  const accepted: AcceptedEmail[] = [];
  const requests: FakeResend["requests"] = [];
  const faults: Faults = {};
  let received = 0;
  const recent: number[] = [];

  const server = http.createServer((req, res) => {
    received++;
    // Like a provider's edge, the rate limit counts a request when it arrives, not when its body is read.
    const arrivedAt = clock();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      const path = (req.url ?? "").split("?")[0]!;
      let count = 0;
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        requests.push({ path, status, idempotencyKey: key, count });
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      const error = (status: number, name: string, message: string, headers?: Record<string, string>) => send(status, { statusCode: status, name, message }, headers);

      if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
      if (req.method !== "POST" || (path !== "/emails" && path !== "/emails/batch")) return error(404, "not_found", "The requested endpoint does not exist.");
      const auth = req.headers.authorization;
      if (!auth?.startsWith("Bearer ")) return error(401, "missing_api_key", "Missing API key in the authorization header.");
      if (auth.slice(7) !== apiKey) return error(403, "invalid_api_key", "API key is invalid.");
      if (faults.rateLimitBurst && faults.rateLimitBurst.count > 0) {
        faults.rateLimitBurst.count--;
        return error(429, "rate_limit_exceeded", "Too many requests.", { "retry-after": String(faults.rateLimitBurst.retryAfterSeconds) });
      }
      if (faults.maxRequestsPerSecond) {
        while (recent.length > 0 && recent[0]! <= clock() - 2000) recent.shift();
        const inWindow = recent.filter((t) => t > arrivedAt - 1000 && t <= arrivedAt).length;
        if (inWindow >= faults.maxRequestsPerSecond) return error(429, "rate_limit_exceeded", "Too many requests: 5 per second.", { "retry-after": "1" });
        recent.push(arrivedAt);
        recent.sort((a, b) => a - b);
      }
      if (faults.serverErrorRate && random() < faults.serverErrorRate) return error(500, "internal_server_error", "An unexpected error occurred.");

      let payload: unknown;
      try {
        payload = JSON.parse(raw);
      } catch {
        return error(422, "validation_error", "Invalid JSON body.");
      }
      if (key !== null && (key.length === 0 || key.length > 256)) return error(422, "validation_error", "Idempotency key must be 1-256 characters.");

      const fingerprint = createHash("sha256").update(`${path}\u0000${raw}`).digest("hex");
      if (key !== null) {
        const seen = idempotent.get(key);
        if (seen && clock() - seen.at < DAY_MS) {
          if (seen.fingerprint !== fingerprint) return error(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
          return send(seen.status, seen.body);
        }
      }

      const batch = path === "/emails/batch";
      const emails = batch ? payload : [payload];
      if (!Array.isArray(emails)) return error(422, "validation_error", "The batch must be an array of emails.");
      if (batch && (emails.length === 0 || emails.length > 100)) return error(422, "validation_error", "A batch holds 1 to 100 emails.");
      count = emails.length;
      const permissive = batch && req.headers["x-batch-validation"] === "permissive";
      const problems = emails.map(invalid);
      if (!permissive && problems.some(Boolean)) return error(422, "validation_error", problems.find(Boolean)!);

      const data: { id: string }[] = [];
      const errors: { index: number; message: string }[] = [];
      emails.forEach((email, index) => {
        if (problems[index]) return errors.push({ index, message: problems[index]! });
        const e = email as Record<string, unknown>;
        const id = randomUUID();
        accepted.push({ id, idempotencyKey: key, from: e.from as string, to: ([] as string[]).concat(e.to as string), subject: e.subject as string, html: e.html as string | undefined, text: e.text as string | undefined, headers: e.headers as Record<string, string> | undefined, replyTo: (e.reply_to ?? e.replyTo) as string | string[] | undefined });
        data.push({ id });
      });
      const body = batch ? (permissive ? { data, errors } : { data }) : data[0];
      if (key !== null) idempotent.set(key, { fingerprint, status: 200, body, at: clock() });
      if (faults.acceptThenFailRate && random() < faults.acceptThenFailRate) return error(500, "internal_server_error", "An unexpected error occurred.");
      send(200, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    accepted,
    requests,
    received: () => received,
    faults,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
