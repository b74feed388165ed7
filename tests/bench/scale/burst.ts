/**
 * The morning burst: the morning's email planned, composed, queued and delivered to the fake
 * Resend (its own process, without a rate limit, so the figure is Tripod's own work; the
 * provider's limit is applied in the report). First in the server as production runs it (the
 * server starts at BURST with its scheduler on; its first tick does the work, read from the
 * tick's own log line); if the server does not survive that tick, the report says so and the
 * burst is measured with the `emails:tick` CLI instead (same tick, same heap limit, no pages).
 */
import { startApp } from "../../support/server";
import { startFakeProvider } from "../fake-provider";
import { parseTickSummary, runTickCli, type TickSummary } from "../tick-cli";
import { BURST } from "./layout";
import { peakEnv, peaksOf, type Peaks } from "./peaks";

export type BurstReport = { summary: TickSummary; by: "server" | "emails:tick CLI"; serverFailure: string | null; peaks: Peaks | null; cliPeakMb: number | null };

const APP_URL = "https://tripod.example.org";

async function inServer(databaseFile: string, dir: string, provider: { url: string; apiKey: string }): Promise<{ summary: TickSummary; peaks: Peaks }> {
  const peak = peakEnv(dir, "burst");
  const app = await startApp({
    databaseFile,
    env: { APP_NOW: BURST.toISOString(), SCHEDULER: "on", TICK_INTERVAL_SECONDS: "3600", LOG_LEVEL: "info", RESEND_API_KEY: provider.apiKey, RESEND_BASE_URL: provider.url, RESEND_REQUESTS_PER_SECOND: "1000", ...peak.env },
  });
  try {
    const until = Date.now() + 10 * 60_000;
    let summary: TickSummary | null;
    while (!(summary = parseTickSummary(app.output()))) {
      if (Date.now() > until) throw new Error(`no tick summary in 10 minutes:\n${app.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return { summary, peaks: peaksOf(app.pid, peak.file) };
  } finally {
    await app.stop();
  }
}

export async function morningBurst(databaseFile: string, dir: string): Promise<BurstReport> {
  const fake = await startFakeProvider(0);
  try {
    try {
      const { summary, peaks } = await inServer(databaseFile, dir, fake);
      return { summary, by: "server", serverFailure: null, peaks, cliPeakMb: null };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const failure = /heap out of memory/.test(text) ? "the server ran out of heap (128 MB) in its first tick and exited" : text.split("\n")[0]!;
      console.log(`morning burst in the server: ${failure}; measuring it with the emails:tick CLI`);
      const run = await runTickCli({ DATABASE_URL: databaseFile, APP_URL, RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, RESEND_REQUESTS_PER_SECOND: "1000" }, ["--now", BURST.toISOString()]);
      return { summary: run.summary, by: "emails:tick CLI", serverFailure: failure, peaks: null, cliPeakMb: run.peakMb };
    }
  } finally {
    const provider = await fake.stop();
    console.log(`the fake Resend accepted ${provider.accepted} emails`);
  }
}
