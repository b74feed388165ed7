/**
 * The built app behind a real nginx that rewrites Host: a person signs in through the proxy
 * and sends forms, and nothing answers 500. Before the request gate, Remix compared Origin
 * with the rewritten Host and refused every POST.
 */
import type { Browser } from "playwright-core";
import { launchBrowser, newPage } from "../support/browser";
import { signInThroughMailbox } from "../support/e2e";
import { reserveProxyPort, startNginx, type RunningProxy } from "../support/nginx";
import { startApp, type RunningApp } from "../support/server";

let app: RunningApp;
let proxy: RunningProxy;
let browser: Browser;

beforeAll(async () => {
  const port = await reserveProxyPort();
  // The public address is the proxy's: links in emails and the same-origin check use it.
  [app, browser] = await Promise.all([startApp({ env: { APP_URL: `http://127.0.0.1:${port}` } }), launchBrowser()]);
  proxy = await startNginx(port, app.url);
});
afterAll(async () => {
  await browser?.close();
  await proxy?.stop();
  await app?.stop();
});

describe("behind nginx", () => {
  it("signs in and saves a day's draft through the proxy", async () => {
    const page = await newPage(browser);
    const failures: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 500) failures.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    await signInThroughMailbox(page, proxy.url, "participant@example.com");
    expect(new URL(page.url()).origin).toBe(proxy.url);
    await page.goto(`${proxy.url}/learn`);
    await page.getByRole("link", { name: /^(Catch up on|Start|Continue) day \d+/ }).first().click();
    await page.getByLabel("What you did and wrote down").fill("Saved through the proxy.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("status").filter({ hasText: "Draft saved" }).first().waitFor();
    await page.reload();
    expect(await page.getByLabel("What you did and wrote down").inputValue()).toBe("Saved through the proxy.");
    expect(failures).toEqual([]);
    // The requests really went through nginx.
    expect(proxy.log()).toMatch(/POST \/learn\/\d+\/days\/\d+/);
  });

  it("still refuses a form sent from another site", async () => {
    const answer = await fetch(`${proxy.url}/login`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" }, body: "email=a%40example.com" });
    expect(answer.status).toBe(403);
  });
});
