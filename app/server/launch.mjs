/**
 * `npm start` (and `npm run build`): builds what is stale, then runs the compiled server.
 * `--cli emails-tick` runs the compiled email tick instead (`npm run emails:tick`).
 *
 * Plain JavaScript on purpose: the processes then run compiled code only (no TypeScript
 * loader in memory: about 75 MB of it). Outputs, all under build/:
 * - build/server/index.js, build/client/: the Remix app (`remix build`, classic compiler);
 * - build/server/start.mjs: the server's entry (app/server/start.ts), and
 *   build/cli/emails-tick.mjs: the tick's (app/cli/emails-tick.ts), bundled by esbuild
 *   with node_modules left external.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRIES = { "build/server/start.mjs": "app/server/start.ts", "build/cli/emails-tick.mjs": "app/cli/emails-tick.ts" };
const OUTPUTS = ["build/server/index.js", ...Object.keys(ENTRIES)].map((p) => path.join(root, p));
const CLIS = { "emails-tick": "build/cli/emails-tick.mjs" };

// `--cli <name>` is the launcher's argument, not the CLI's: taken out before the CLI reads argv.
const cliAt = process.argv.indexOf("--cli");
const cli = cliAt === -1 ? null : process.argv.splice(cliAt, 2)[1];
if (cli !== null && !(cli in CLIS)) {
  process.stderr.write(`unknown --cli ${cli}; one of: ${Object.keys(CLIS).join(", ")}\n`);
  process.exit(1);
}
// A CLI's standard output is its answer: the build's progress goes to standard error.
const say = (line) => (cli ? process.stderr : process.stdout).write(line);
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
  say("Building the app...\n");
  const remix = spawnSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (remix.status !== 0) return false;
  const esbuild = await import("esbuild");
  for (const [outfile, entry] of Object.entries(ENTRIES)) {
    await esbuild.build({
      entryPoints: [path.join(root, entry)],
      outfile: path.join(root, outfile),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      jsx: "automatic",
      alias: { "~": path.join(root, "app") },
      logLevel: "error",
    });
  }
  say(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  return true;
}

if (isStale() && !(await build())) {
  process.stderr.write("The build failed; see the compiler output above.\n");
  process.exit(1);
}
if (!process.argv.includes("--build-only")) await import(pathToFileURL(path.join(root, cli ? CLIS[cli] : "build/server/start.mjs")).href);
