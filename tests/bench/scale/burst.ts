/**
 * The morning burst, in the server as production runs it: the server starts at BURST with its
 * scheduler on, and its first tick plans, composes, queues and delivers the morning's email to
 * the fake Resend (its own process, without a rate limit, so the figure is Tripod's own work;
 * the provider's limit is applied in the report). Read from the tick's own log line.
 */
import { startApp } from "../../support/server";
import { startFakeProvider } from "../fake-provider";
import { parseTickSummary, type TickSummary } from "../tick-cli";
import { BURST } from "./layout";
import { peakEnv, peaksOf, type Peaks } from "./peaks";

export type BurstReport = { summary: TickSummary; accepted: number; peaks: Peaks };

export async function morningBurst(databaseFile: string, dir: string): Promise<BurstReport> {
  const fake = await startFakeProvider(0);
  const peak = peakEnv(dir, "burst");
  const app = await startApp({
    databaseFile,
    env: {
      APP_NOW: BURST.toISOString(),
      SCHEDULER: "on",
      TICK_INTERVAL_SECONDS: "3600",
      LOG_LEVEL: "info",
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      RESEND_REQUESTS_PER_SECOND: "1000",
      ...peak.env,
    },
  });
  let summary: TickSummary | null = null;
  let peaks: Peaks;
  try {
    const until = Date.now() + 10 * 60_000;
    while (!(summary = parseTickSummary(app.output()))) {
      if (Date.now() > until) throw new Error(`no tick summary in 10 minutes:\n${app.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    peaks = peaksOf(app.pid, peak.file);
  } finally {
    await app.stop();
  }
  const provider = await fake.stop();
  if (summary.delivered !== summary.queued || provider.accepted < summary.queued) throw new Error(`the burst did not deliver what it queued: ${JSON.stringify(summary)}; the provider accepted ${provider.accepted}`);
  return { summary, accepted: provider.accepted, peaks };
}
