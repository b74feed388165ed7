/**
 * One interface for handing a batch of emails to whoever delivers them:
 * - `resend`: the Resend SDK's batch endpoint (RESEND_API_KEY set; RESEND_BASE_URL honoured);
 * - `outbox`: the local default; the email simply stays in the database, readable at /dev/mail.
 */
import { Resend } from "resend";
import { getEnv } from "~/env.server";

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

/** Per email: accepted (with the provider's id) or refused for good (a validation error). */
export type EmailOutcome = { ok: true; providerId: string } | { ok: false; error: string };

export type BatchResult =
  | { ok: true; outcomes: EmailOutcome[] }
  /** Nothing was accepted; try the same batch again later under the same key. */
  | { ok: false; retry: "transient"; error: string }
  | { ok: false; retry: "rate-limited"; retryAfterMs: number; error: string }
  /** The whole request was refused and would be refused again. */
  | { ok: false; retry: "never"; error: string }
  /**
   * The provider already processed a request under this key with other contents: an earlier
   * attempt of this batch went through (its answer was lost), before some of its emails were
   * cancelled. The batch counts as sent.
   */
  | { ok: false; retry: "already-processed"; error: string };

export interface EmailTransport {
  readonly name: "resend" | "outbox";
  sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<BatchResult>;
}

export const MAX_BATCH = 100;

export function localOutboxTransport(): EmailTransport {
  return {
    name: "outbox",
    async sendBatch(emails, idempotencyKey) {
      return { ok: true, outcomes: emails.map((_, i) => ({ ok: true, providerId: `local/${idempotencyKey}/${i}` })) };
    },
  };
}

type ResendError = { statusCode?: number | null; name?: string; message?: string };

export function resendTransport(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): EmailTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    name: "resend",
    async sendBatch(emails, idempotencyKey) {
      const payload = emails.map((e) => {
        // Reply-To travels in the outbox row's headers and goes to the provider as its own field.
        const { "Reply-To": replyTo, ...headers } = e.headers;
        return { from: e.from, to: [e.to], subject: e.subject, html: e.html, text: e.text, headers, ...(replyTo ? { replyTo } : {}) };
      });
      const response = await client.batch.send(payload, {
        idempotencyKey,
        batchValidation: "permissive",
        signal: AbortSignal.timeout(timeoutMs),
      } as Parameters<typeof client.batch.send>[1]);
      if (response.error) return classifyError(response.error as ResendError, response.headers);
      const data = (response.data as { data?: { id: string }[]; errors?: { index: number; message: string }[] } | null) ?? {};
      const refused = new Map((data.errors ?? []).map((e) => [e.index, e.message]));
      const ids = [...(data.data ?? [])];
      const outcomes: EmailOutcome[] = emails.map((_, index) => {
        const error = refused.get(index);
        if (error !== undefined) return { ok: false, error };
        const accepted = ids.shift();
        return accepted ? { ok: true, providerId: accepted.id } : { ok: false, error: "the provider returned no id for this email" };
      });
      return { ok: true, outcomes };
    },
  };
}

function classifyError(error: ResendError, headers: Record<string, string> | null): BatchResult {
  const status = error.statusCode ?? null;
  const message = `${status ?? "network"} ${error.name ?? "error"}: ${error.message ?? "no message"}`;
  if (status === 429) {
    const seconds = Number(headers?.["retry-after"] ?? "1");
    return { ok: false, retry: "rate-limited", retryAfterMs: Math.max(0, Number.isFinite(seconds) ? seconds * 1000 : 1000), error: message };
  }
  if (status === 409 && error.name === "invalid_idempotent_request") return { ok: false, retry: "already-processed", error: message };
  // No answer, a timeout, a server error, or the provider still working on this very key.
  if (status === null || status >= 500 || error.name === "concurrent_idempotent_requests") {
    return { ok: false, retry: "transient", error: message };
  }
  return { ok: false, retry: "never", error: message };
}

/** The transport the settings ask for: Resend when RESEND_API_KEY is set, else the local outbox. */
export function transportFromEnv(): EmailTransport {
  const env = getEnv();
  return env.RESEND_API_KEY
    ? resendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL })
    : localOutboxTransport();
}
