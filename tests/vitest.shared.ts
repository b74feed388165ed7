import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ViteUserConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Settings both runs share. With TEST_REPORT_DIR set (CI does), each run also writes a
 * JSON report there so .ci/run can print one "N passed, N failed" line for all runs
 * (TEST_REPORT_NAME names a second run of the same suite, such as the shifted-clock one).
 */
export function sharedConfig(name: string, include: string[]): ViteUserConfig {
  const reportDir = process.env.TEST_REPORT_DIR;
  return {
    root,
    resolve: { alias: { "~": path.join(root, "app") } },
    test: {
      name,
      include,
      globals: true,
      pool: "forks",
      reporters: reportDir ? ["default", ["json", { outputFile: path.join(reportDir, `${process.env.TEST_REPORT_NAME ?? name}.json`) }]] : ["default"],
      // Delivery paces to the provider's rate limit; the fake provider has none unless a test sets one.
      env: { NODE_ENV: "test", LOG_LEVEL: "silent", SCHEDULER: "off", RESEND_REQUESTS_PER_SECOND: "1000" },
    },
  };
}
