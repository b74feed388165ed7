// Preloaded into a process the benchmark measures: reports its peak resident memory at exit.
process.on("exit", () => {
  const m = process.memoryUsage();
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
  if (process.env.REPORT_MEMORY) process.stderr.write(`end rss ${m.rss >> 20} heapTotal ${m.heapTotal >> 20} heapUsed ${m.heapUsed >> 20} external ${m.external >> 20} arrayBuffers ${m.arrayBuffers >> 20} MB\n`);
});
