// Preloaded (NODE_OPTIONS=--import) into a server the benchmark measures: samples its heap and
// resident memory every 100 ms and keeps the peaks in the file named by BENCH_PEAK_FILE.
import fs from "node:fs";

const file = process.env.BENCH_PEAK_FILE;
if (file) {
  const peak = { heapUsedMb: 0, rssMb: 0 };
  let changed = false;
  setInterval(() => {
    const { heapUsed, rss } = process.memoryUsage();
    const heapUsedMb = Math.round(heapUsed / 1048576);
    const rssMb = Math.round(rss / 1048576);
    if (heapUsedMb > peak.heapUsedMb || rssMb > peak.rssMb) {
      peak.heapUsedMb = Math.max(peak.heapUsedMb, heapUsedMb);
      peak.rssMb = Math.max(peak.rssMb, rssMb);
      changed = true;
    }
  }, 100).unref();
  setInterval(() => {
    if (changed) fs.writeFileSync(file, JSON.stringify(peak));
    changed = false;
  }, 500).unref();
}
