import { defineConfig } from "vitest/config";
import { sharedConfig } from "./vitest.shared";

const config = sharedConfig("unit-integration", ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"]);

export default defineConfig({
  ...config,
  test: { ...config.test, globalSetup: ["tests/support/global-setup.ts"], testTimeout: 20_000 },
});
