/**
 * "Build if needed": the Remix build is stale when any source it is made from is newer
 * than the server bundle. Runs `remix build` (classic compiler) when so.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const SERVER_BUILD = path.resolve("build/server/index.js");
const SOURCES = ["app", "db/schema.ts", "db/client.ts", "remix.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function buildIsStale(): boolean {
  if (!fs.existsSync(SERVER_BUILD)) return true;
  const built = fs.statSync(SERVER_BUILD).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.resolve(source)) > built);
}

/** Builds when stale; returns false (having printed the compiler's output) if the build fails. */
export function buildIfNeeded(say: (line: string) => void): boolean {
  if (!buildIsStale()) return true;
  say("Building the app (remix build)...");
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) return false;
  say(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
