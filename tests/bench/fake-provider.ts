/**
 * The fake Resend in a process of its own (tests/support/fake-resend-cli.ts), so its JSON
 * parsing is not timed as ours. `perSecond` limits it like a Resend account (0: no limit).
 */
import { spawn } from "node:child_process";
import readline from "node:readline";

export type FakeProvider = { url: string; apiKey: string; stop: () => Promise<{ accepted: number; tooMany: number }> };

export async function startFakeProvider(perSecond: number): Promise<FakeProvider> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/fake-resend-cli.ts", String(perSecond)], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout! });
  const iterator = lines[Symbol.asyncIterator]();
  const first = JSON.parse((await iterator.next()).value as string) as { url: string; apiKey: string };
  return {
    ...first,
    stop: async () => {
      child.kill("SIGTERM");
      const last = JSON.parse((await iterator.next()).value as string) as { accepted: number; tooMany: number };
      lines.close();
      return last;
    },
  };
}
