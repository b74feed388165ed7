/**
 * `npm start` (and `npm run build`): builds what is stale, then runs the compiled server.
 *
 * Plain JavaScript on purpose: the server process then runs compiled code only (no
 * TypeScript loader in memory). Two outputs, both under build/:
 * - build/server/index.js, build/client/: the Remix app (`remix build`, classic compiler);
 * - build/server/start.mjs: the process entry (app/server/start.ts), bundled by esbuild
 *   with node_modules left external.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUTPUTS = ["build/server/index.js", "build/server/start.mjs"].map((p) => path.join(root, p));
const SOURCES = ["app", "db", "remix.config.js", "package-lock.json", "tsconfig.json"].map((p) => path.join(root, p));

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

function isStale() {
  if (!OUTPUTS.every((file) => fs.existsSync(file))) return true;
  const built = Math.min(...OUTPUTS.map((file) => fs.statSync(file).mtimeMs));
  return SOURCES.some((source) => newestMtime(source) > built);
}

async function build() {
  const started = Date.now();
  process.stdout.write("Building the app...\n");
  const remix = spawnSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (remix.status !== 0) return false;
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [path.join(root, "app/server/start.ts")],
    outfile: path.join(root, "build/server/start.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    alias: { "~": path.join(root, "app") },
    logLevel: "error",
  });
  process.stdout.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  return true;
}

if (isStale() && !(await build())) {
  process.stderr.write("The build failed; see the compiler output above.\n");
  process.exit(1);
}
if (!process.argv.includes("--build-only")) await import(pathToFileURL(path.join(root, "build/server/start.mjs")).href);
