/** A measured server's peak memory: resident (the kernel's high-water mark) and heap (sampled, ../peak-sampler.mjs). */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { peakRssMb } from "../measure";

export type Peaks = { rssMb: number; heapUsedMb: number };

const SAMPLER = pathToFileURL(path.resolve("tests/bench/peak-sampler.mjs")).href;

/** The environment that preloads the sampler into the server, and where it writes. */
export function peakEnv(dir: string, name: string): { env: Record<string, string>; file: string } {
  const file = path.join(dir, `${name}-peak.json`);
  return { file, env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${SAMPLER}`.trim(), BENCH_PEAK_FILE: file } };
}

/** Read while the server still runs (its /proc entry goes with it). */
export function peaksOf(pid: number, file: string): Peaks {
  const sampled = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { heapUsedMb: number }) : { heapUsedMb: NaN };
  return { rssMb: peakRssMb(pid), heapUsedMb: sampled.heapUsedMb };
}
