import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { startApp, type RunningApp, type StartOptions } from "./server";

/**
 * For a describe block: the app (own database, free port) and Chromium, started before
 * its tests and stopped after. Read them through the getters inside tests.
 */
export function useAppAndBrowser(options?: StartOptions): { app: () => RunningApp; browser: () => Browser } {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(options), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return { app: () => app!, browser: () => browser! };
}
