import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
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

/** Signs in through the local mailbox's magic link, like a person would; returns on the landing page. */
export async function signInThroughMailbox(page: Page, appUrl: string, email: string): Promise<void> {
  await page.goto(`${appUrl}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForURL(/\/login\/code\?/);
  await page.goto(`${appUrl}/dev/mail`);
  await page.locator("tr", { hasText: email }).first().getByRole("link").click();
  await page.getByRole("heading", { name: "HTML part" }).waitFor();
  await page.locator("a", { hasText: "/login/verify?token=" }).click();
  await confirmSignIn(page);
}

/** On the page a sign-in link opens: press its one button, and wait to land. */
export async function confirmSignIn(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Sign in to Tripod" }).waitFor();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login") && !url.pathname.startsWith("/dev/mail"));
}

/** Runs `npm run emails:tick` against a running app's database, as an operator would. */
export function runTickCli(app: RunningApp, now?: Date): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", "app/cli/emails-tick.ts", ...(now ? ["--now", now.toISOString()] : [])];
    const child = spawn(process.execPath, args, { env: { ...process.env, NODE_ENV: "development", DATABASE_URL: app.databaseFile, APP_URL: app.url } });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
  });
}

/** Reads or writes a running app's database directly (fixtures a test sets up, figures it checks). */
export function sqlOn<T>(databaseFile: string, run: (db: Database.Database) => T): T {
  const db = new Database(databaseFile);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

/** Waits until React has hydrated the element `selector` matches (its event handlers are attached). */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps"));
  }, selector);
}
