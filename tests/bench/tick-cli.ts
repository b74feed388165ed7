/**
 * Runs the email tick exactly as `npm run emails:tick` does (the compiled CLI, same node
 * flags), with the peak-memory report preloaded, and reads its one-line summary. The same
 * summary line is what the server logs after a tick that did something.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";

export type TickSummary = { planned: number; daily: number; catchUp: number; queued: number; delivered: number; retrying: number; failed: number; ms: number; deliveryMs: number };

/** Reads `describeTick`'s line (app/nudges/tick.server.ts) out of a text. */
export function parseTickSummary(text: string): TickSummary | null {
  const m = /planned (\d+) \(daily (\d+), catch-up (\d+)[^)]*\), queued (\d+)[^;]*; delivered (\d+), retrying (\d+), failed (\d+) in (\d+) ms \(delivery (\d+) ms\)/.exec(text);
  if (!m) return null;
  const [planned, daily, catchUp, queued, delivered, retrying, failed, ms, deliveryMs] = m.slice(1).map(Number) as number[];
  return { planned: planned!, daily: daily!, catchUp: catchUp!, queued: queued!, delivered: delivered!, retrying: retrying!, failed: failed!, ms: ms!, deliveryMs: deliveryMs! };
}

export type TickRun = { summary: TickSummary; wallMs: number; peakMb: number; stdout: string };

/** `env` is added to this process's; `args` go to the CLI (e.g. `--now <instant>`). */
export async function runTickCli(env: Record<string, string>, args: string[] = []): Promise<TickRun> {
  let stderr = "";
  let stdout = "";
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const [command, ...nodeArgs] = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: { [name: string]: string } }).scripts["emails:tick"]!.split(/\s+/);
    if (command !== "node") throw new Error(`expected emails:tick to run node, got ${command}`);
    const child = spawn(process.execPath, ["--import", "./tests/bench/report-peak.mjs", ...nodeArgs, ...args], {
      env: { ...process.env, LOG_LEVEL: "warn", NODE_ENV: "development", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("exit", resolve);
  });
  const wallMs = performance.now() - started;
  const summary = parseTickSummary(stdout);
  if (code !== 0 || !summary) throw new Error(`emails:tick exited with ${code}:\n${stdout}\n${stderr}`);
  const peakKb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN);
  return { summary, wallMs, peakMb: Math.round(peakKb / 1024), stdout };
}
