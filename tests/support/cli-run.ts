/** Runs one of the app's command-line scripts (`app/cli/<name>.ts`) the way npm runs it, against a database. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export type CliResult = { status: number | null; stdout: string; stderr: string };

/** Runs a TypeScript entry point (`path` from the project root) with tsx, in local mode, without this process's PORT. */
export function runScript(path: string, args: string[], env: Record<string, string>): CliResult {
  const { PORT: _port, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ["--import", "tsx", path, ...args], {
    env: { ...inherited, NODE_ENV: "development", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function runCli(script: string, args: string[], env: Record<string, string>): CliResult {
  return runScript(`app/cli/${script}.ts`, args, { LOG_LEVEL: "silent", ...env });
}

/** Another process writing to `file` (tests/support/db-writer.ts), started once its first write committed. */
export async function startWriter(file: string, pauseMs = 2): Promise<{ child: ChildProcess; stop: () => Promise<{ written: number; p99Ms: number; maxMs: number }> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/db-writer.ts", file, String(pauseMs)], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", () => out.includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`the writer exited with ${code}`)));
  });
  return {
    child,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      return JSON.parse(out.trim().split("\n").at(-1)!) as { written: number; p99Ms: number; maxMs: number };
    },
  };
}
