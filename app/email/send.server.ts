/**
 * The app's handle on delivery: which transport is in use, and "send these rows now"
 * without making the request wait for the provider.
 */
import { getDb } from "~/db.server";
import { log } from "~/log.server";
import { now } from "~/time/clock.server";
import { deliverDue, type DeliveryReport } from "./deliver.server";
import { transportFromEnv, type EmailTransport } from "./transport.server";

let transport: EmailTransport | undefined;
const inFlight = new Set<Promise<DeliveryReport | void>>();

export function getTransport(): EmailTransport {
  transport ??= transportFromEnv();
  return transport;
}

/** Tests point delivery at their own transport (for example, Resend against the fake). */
export function useTransport(next: EmailTransport | undefined): void {
  transport = next;
}

/**
 * Starts delivering these outbox rows in the background. A failure leaves them in the
 * outbox, where the scheduler's next tick retries them.
 */
export function deliverSoon(ids: number[]): void {
  if (ids.length === 0) return;
  // Started after the current request's own work: its answer (and how long it takes) does
  // not depend on whether an email went.
  const job = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => deliverDue(getDb(), getTransport(), now, { onlyIds: ids, maxBatches: 1, maxWaitMs: 0 }))
    .catch((error: unknown) => log.error({ err: error, ids }, "immediate delivery failed; the scheduler will retry"))
    .finally(() => inFlight.delete(job));
  inFlight.add(job);
}

/** Waits for every background delivery started so far (tests, shutdown). */
export async function settleDeliveries(): Promise<void> {
  await Promise.all([...inFlight]);
}
