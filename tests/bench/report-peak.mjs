// Preloaded into a process the benchmark measures: reports its peak resident memory at exit.
process.on("exit", () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
