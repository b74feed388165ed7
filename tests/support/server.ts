/**
 * Starts the real app (the `npm start` command) on a free port with its own temporary
 * database, and stops it. `npm run test:e2e` builds first, so nothing is rebuilt here.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type RunningApp = {
  url: string;
  pid: number;
  databaseFile: string;
  output: () => string;
  stop: () => Promise<void>;
};

export type StartOptions = {
  env?: Record<string, string>;
  /** Use this database file and keep it after stop (default: a temporary one, removed). */
  databaseFile?: string;
};

/** The node arguments of package.json's `start` script, so tests run exactly what `npm start` runs. */
export function startCommandArgs(): string[] {
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.split(/\s+/);
  if (command !== "node") throw new Error(`expected the start script to run node, got: ${pkg.scripts.start}`);
  return args;
}

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startApp({ env = {}, databaseFile: given }: StartOptions = {}): Promise<RunningApp> {
  const dir = given ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "tripod-e2e-"));
  const databaseFile = given ?? path.join(dir!, "app.db");
  let output = "";
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, startCommandArgs(), {
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: databaseFile,
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${port}`,
      SCHEDULER: "off",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start in 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /Tripod is running at (http:\/\/\S+)/.exec(output);
      // Wait for the whole banner, not just its first line.
      if (match && output.includes("Press Ctrl+C to stop.")) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited with ${code} before it was ready:\n${output}`));
    });
  });

  return {
    url,
    pid: child.pid!,
    databaseFile,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
