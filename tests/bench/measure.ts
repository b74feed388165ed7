/**
 * How the benchmarks time a running server: one request at a time (the server's own time),
 * under load (autocannon), and its peak resident memory. Shared by `npm run bench` and
 * `npm run bench:scale`.
 */
import fs from "node:fs";
import autocannon from "autocannon";

/** One request at a time, so the latency is the server's own time (plus loopback). */
export async function serverTime(url: string, headers: Record<string, string>, amount = 40): Promise<number> {
  await autocannon({ url, connections: 1, amount: 5, headers });
  const result = await autocannon({ url, connections: 1, amount, headers });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`);
  return result.latency.p50;
}

/** 50 connections for `seconds` after a short warm-up: requests a second and latency. */
export async function load(url: string, headers: Record<string, string> = {}, seconds = 10) {
  await autocannon({ url, connections: 5, amount: 50, headers }); // warm-up
  const result = await autocannon({ url, connections: 50, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99 };
}

/** The process's peak resident memory so far (Linux: VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? "0");
  return Math.round(kb / 1024);
}
