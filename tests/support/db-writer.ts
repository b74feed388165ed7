/**
 * Another process writing to a database through the app's own connection settings, for
 * the backup tests and measurements: one user row per transaction, as fast as asked.
 * Usage: node --import tsx tests/support/db-writer.ts <file> [pause ms]
 * Prints "ready" once its first write committed; on SIGTERM prints
 * {"written":N,"p99Ms":x,"maxMs":y} (write latencies) and exits.
 */
import { openDatabase } from "../../db/client";

const [file, pause = "2"] = process.argv.slice(2);
const db = openDatabase(file!);
const insert = db.$client.prepare("insert into users (email, name, role) values (?, ?, 'participant')");
const latencies: number[] = [];
let written = 0;
const write = () => {
  const started = performance.now();
  insert.run(`writer-${process.pid}-${written}@example.org`, `Writer ${written}`);
  latencies.push(performance.now() - started);
  written++;
};
write();
process.stdout.write("ready\n");
const timer = setInterval(write, Number(pause));
process.once("SIGTERM", () => {
  clearInterval(timer);
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
  process.stdout.write(`${JSON.stringify({ written, p99Ms: Number(p99.toFixed(2)), maxMs: Number((sorted.at(-1) ?? 0).toFixed(2)) })}\n`);
  db.$client.close();
  process.exit(0);
});
