import { defineConfig } from "vitest/config";
import { sharedConfig } from "./vitest.shared";

const config = sharedConfig("e2e", ["tests/e2e/**/*.test.ts"]);

// Browser journeys against the built app: one file at a time on a 2-core machine.
export default defineConfig({
  ...config,
  test: {
    ...config.test,
    globalSetup: ["tests/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
