/**
 * Debian's Chromium driven by playwright-core. The flags keep it from reaching for the
 * network this machine does not have; Playwright gives each launch a fresh profile.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  // E2E_SLOW_NETWORK=1 runs every page of the suite on a slow connection, to find tests
  // that read a page before it has all arrived (see slowNetwork).
  if (process.env.E2E_SLOW_NETWORK) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      context.on("page", (page) => void slowNetwork(page, { bytesPerSecond: 256 * 1024, latency: 40 }).catch(() => {}));
      return context;
    };
  }
  return browser;
}

/** A page in its own context (own cookies); `javaScriptEnabled: false` for no-JS runs. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  return context.newPage();
}

/**
 * A phone's slow connection (about 16 KB/s, 100 ms round trips): a streamed page then
 * arrives in pieces, as it does for a participant at 7 am, and a test that reads the
 * document before it has all arrived fails every time instead of now and then.
 */
export async function slowNetwork(page: Page, { bytesPerSecond = 16 * 1024, latency = 100 } = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
}

/**
 * Clicks a submit button and, without JavaScript, waits until the page the form posted to
 * has loaded whole: the old document answers queries until the new one commits, and the
 * new one answers them half-parsed until its load event.
 */
export async function clickAndLoad(page: Page, click: () => Promise<void>, javaScriptEnabled: boolean): Promise<void> {
  const loaded = javaScriptEnabled ? null : page.waitForEvent("load");
  await click();
  await loaded;
}
