/**
 * The fake Resend in a process of its own, for the benchmark: its JSON parsing must not
 * share an event loop with the requests being timed. Prints `{"url","apiKey"}` on the first
 * line; on SIGTERM prints `{"accepted","tooMany"}` and exits.
 * Usage: node --import tsx tests/support/fake-resend-cli.ts [requests per second]
 */
import { startFakeResend } from "./fake-resend";

const fake = await startFakeResend();
const perSecond = Number(process.argv[2] ?? "0");
if (perSecond > 0) fake.faults.maxRequestsPerSecond = perSecond;
// Keep counts, not bodies: a morning's email would fill this process's heap.
const keep = fake.accepted.push.bind(fake.accepted);
let accepted = 0;
fake.accepted.push = (...items) => {
  accepted += items.length;
  return keep();
};
process.stdout.write(`${JSON.stringify({ url: fake.url, apiKey: fake.apiKey })}\n`);
process.once("SIGTERM", () => {
  process.stdout.write(`${JSON.stringify({ accepted, tooMany: fake.requests.filter((r) => r.status === 429).length })}\n`);
  void fake.close().then(() => process.exit(0));
});
