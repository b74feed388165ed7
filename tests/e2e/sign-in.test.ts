import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { confirmSignIn, useAppAndBrowser } from "../support/e2e";
import { startFakeResend } from "../support/fake-resend";
import { startApp } from "../support/server";

/** Every page that needs a signed-in user; an anonymous visitor must land on /login. */
const PROTECTED = ["/account"];

const env = useAppAndBrowser();

async function requestLink(page: Page, email: string) {
  await page.goto(`${env.app().url}/login`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForURL(/\/login\/code\?/);
  await page.getByRole("heading", { level: 1, name: "We sent you a sign-in email" }).waitFor();
}

async function openNewestEmail(page: Page, to: string) {
  await page.goto(`${env.app().url}/dev/mail`);
  await page.locator("tr", { hasText: to }).first().getByRole("link").click();
  await page.waitForURL(/\/dev\/mail\/\d+/);
  await page.getByRole("heading", { name: "HTML part" }).waitFor();
}

describe("signing in, in Chromium", () => {
  it("signs in through the link in /dev/mail, with no serious accessibility problems on the way", async () => {
    const page = await newPage(env.browser());
    const cspErrors: string[] = [];
    page.on("console", (m) => m.text().includes("Content Security Policy") && cspErrors.push(m.text()));
    await page.goto(`${env.app().url}/login`);
    expect(await seriousViolations(page)).toEqual([]);
    await requestLink(page, "participant@example.com");
    expect(await page.locator("h1").innerText()).toBe("We sent you a sign-in email");
    await openNewestEmail(page, "participant@example.com");
    expect(await page.locator("h1").innerText()).toMatch(/Your Tripod sign-in code is \d{6}/);
    await page.locator("a", { hasText: "/login/verify?token=" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in to Tripod" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirmSignIn(page);
    await page.waitForURL(/\/learn\/\d+$/);
    await page.getByRole("heading", { level: 1, name: "Good to see you, Dana" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(cspErrors).toEqual([]);
  });

  it("signs in by code with JavaScript disabled", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await requestLink(page, "facilitator@example.com");
    const codePage = page.url();
    await openNewestEmail(page, "facilitator@example.com");
    const code = /\d{6}/.exec(await page.locator("h1").innerText())![0];
    await page.goto(codePage);
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${env.app().url}/facilitate`);
    await page.goto(`${env.app().url}/account`);
    expect(await page.locator("dd").first().innerText()).toBe("facilitator@example.com");
    await page.locator("header").getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(`${env.app().url}/`);
    await page.goto(`${env.app().url}/account`);
    expect(page.url()).toBe(`${env.app().url}/login?redirectTo=%2Faccount`);
  });

  it("shows a clear message for a wrong code", async () => {
    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await requestLink(page, "amara.okafor@example.com");
    await page.getByLabel("6-digit code").fill("12345");
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(await page.locator(".field-error").innerText()).toBe("The code is 6 digits, like 123456.");
  });

  it.each(PROTECTED)("sends an anonymous visitor from %s to sign in", async (path) => {
    const response = await fetch(`${env.app().url}${path}`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
  });

  it("sends security headers, with a fresh nonce on Remix's scripts", async () => {
    const response = await fetch(`${env.app().url}/login`);
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const again = await fetch(`${env.app().url}/login`);
    expect(again.headers.get("content-security-policy")).not.toContain(nonce);
  });

  it("refuses a form posted from another site", async () => {
    const response = await fetch(`${env.app().url}/login`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=participant%40example.com",
      redirect: "manual",
    });
    expect(response.status).toBe(403);
  });
});

describe("production mode", () => {
  it("hides /dev/mail, sends HSTS, and signs in through Resend with a Secure cookie", async () => {
    const fake = await startFakeResend();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-prod-"));
    const databaseFile = path.join(dir, "prod.db");
    const env: Record<string, string> = {
      NODE_ENV: "production",
      APP_URL: "https://tripod.example.org",
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      EMAIL_FROM: "Tripod <course@tripod.example.org>",
    };
    const created = spawnSync(process.execPath, ["--import", "tsx", "app/cli/user-create.ts", "--email", "ops@example.org", "--name", "Olu Operator", "--role", "admin"], {
      env: { ...process.env, ...env, DATABASE_URL: databaseFile },
      encoding: "utf8",
    });
    expect(created.status).toBe(0);
    const prod = await startApp({ env, databaseFile });
    try {
      expect(prod.output()).toContain("sent through Resend");
      expect(prod.output()).not.toContain("demo data seeded");
      expect((await fetch(`${prod.url}/dev/mail`)).status).toBe(404);
      const login = await fetch(`${prod.url}/login`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "email=ops%40example.org",
        redirect: "manual",
      });
      expect(login.status).toBe(302);
      expect(login.headers.get("strict-transport-security")).toContain("max-age=31536000");
      await expect.poll(() => fake.accepted.length, { timeout: 10_000 }).toBe(1);
      const email = fake.accepted[0]!;
      expect(email).toMatchObject({ from: "Tripod <course@tripod.example.org>", to: ["ops@example.org"] });
      const link = new URL(/https:\/\/tripod\.example\.org\/login\/verify\?token=[a-z2-7]+/.exec(email.text!)![0]);
      // Opening the link shows the button; pressing it (the POST) signs in.
      expect((await fetch(`${prod.url}${link.pathname}${link.search}`, { redirect: "manual" })).status).toBe(200);
      const verified = await fetch(`${prod.url}/login/verify`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token: link.searchParams.get("token")! }).toString(),
        redirect: "manual",
      });
      expect(verified.status).toBe(302);
      expect(verified.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax; Max-Age=2592000; Secure$/);
    } finally {
      await prod.stop();
      await fake.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
