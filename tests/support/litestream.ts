/**
 * Litestream for the tests: the binary that `npm ci` installs with @flydotio/litestream
 * (the platform package it pulls from the lockfile), run with the repo's litestream.yml.
 * The binary is run directly, not through node_modules/.bin/litestream: that wrapper runs it
 * with spawnSync, so it neither passes signals on (a SIGTERM leaves Litestream running) nor
 * its exit status (it always exits 0).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const CONFIG = path.resolve("litestream.yml");

/** The Litestream binary; throws, saying what to do, when it is not installed. */
export function litestreamBinary(): string {
  const pkg = `@flydotio/litestream-${process.platform}-${process.arch}`;
  let file: string;
  try {
    file = path.join(path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), "litestream");
  } catch {
    throw new Error(`Litestream is not installed: ${pkg} is missing from node_modules. Run npm ci (package-lock.json pins @flydotio/litestream and its ${process.platform}-${process.arch} binary).`);
  }
  if (!fs.existsSync(file)) throw new Error(`Litestream is not installed: ${file} is missing. Run npm ci.`);
  return file;
}

export type Replication = { databaseFile: string; replicaDir: string; env: Record<string, string> };

export function litestream(args: string[], replication: Replication): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(litestreamBinary(), args, { env: { ...process.env, ...replication.env }, encoding: "utf8", timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `litestream replicate -config litestream.yml`, started; resolves once it has taken its first snapshot. */
export async function startReplicating(replication: Replication): Promise<{ child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<number | null> }> {
  const child = spawn(litestreamBinary(), ["replicate", "-config", CONFIG], { env: { ...process.env, ...replication.env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const onData = (c: Buffer) => (output += c.toString());
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`litestream did not start replicating in 15 s:\n${output}`)), 15_000);
    const check = () => {
      if (output.includes("snapshot written")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`litestream exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill(signal);
      return exited;
    },
  };
}
