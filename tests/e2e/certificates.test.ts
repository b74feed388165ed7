/**
 * Issue 18, item 1, in Chromium: the demo graduate opens their certificate (390 and 1280 px,
 * printed on one landscape page), downloads the PDF and reads their name in it, and the verify
 * link works signed out; the facilitator revokes it with a reason without JavaScript, and the
 * verify page then says so. Neither the verify page nor the PDF holds the email or any answer.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";
import { readPdf } from "../support/pdf";

const env = useAppAndBrowser();
const GRADUATE = "graduate@example.com";
const SHOTS = process.env.SCREENSHOT_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** The graduate's answers (text that must never be public), from the database. */
const answers = () =>
  sqlOn(env.app().databaseFile, (db) =>
    (db.prepare("SELECT exercise_answer AS a, reflection AS r FROM day_progress JOIN enrollments e ON e.id = enrollment_id JOIN users u ON u.id = e.user_id WHERE u.email = ?").all(GRADUATE) as { a: string; r: string }[]).flatMap((x) => [x.a, x.r]),
  );

async function expectNothingPrivate(text: string) {
  expect(text).not.toContain(GRADUATE);
  for (const answer of answers()) expect(text).not.toContain(answer.slice(0, 40));
}

let verifyUrl = "";

describe("a certificate", () => {
  it("is on the graduate's home, looks like a certificate at 1280 and 390 px, and prints on one landscape page", async () => {
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, env.app().url, GRADUATE);
    await page.getByRole("link", { name: "See your certificate" }).click();
    await page.getByRole("heading", { level: 1, name: "Your certificate" }).waitFor();
    const sheet = page.getByRole("region", { name: "Certificate" });
    expect(await sheet.innerText()).toContain("Ruth Abebe");
    expect(await sheet.innerText()).toContain("Winter leadership cohort");
    expect(await page.getByRole("link", { name: /Add to LinkedIn/ }).getAttribute("href")).toMatch(/^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME&name=Engineering%20Leadership/);
    verifyUrl = (await page.locator("a.copy-text").getAttribute("href"))!;
    expect(verifyUrl).toMatch(/\/certificates\/[0-9a-f]{40}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "certificate-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toEqual([]);
    await shot(page, "certificate-390");

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Download PDF" }).isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await shot(page, "certificate-print");
    for (const format of ["A4", "Letter"] as const) {
      const printed = await readPdf(await page.pdf({ format, landscape: true, printBackground: true }));
      expect(printed.pages, `${format} landscape`).toBe(1);
      expect(printed.width).toBeGreaterThan(printed.height);
      expect(printed.text).toContain("Ruth Abebe");
    }
    await page.context().close();
  });

  it("downloads as a PDF that names the graduate, and nothing private", async () => {
    const page = await newPage(env.browser());
    await signInThroughMailbox(page, env.app().url, GRADUATE);
    await page.getByRole("link", { name: "See your certificate" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    expect(download.suggestedFilename()).toBe("tripod-certificate-ruth-abebe.pdf");
    const pdf = await readPdf(fs.readFileSync((await download.path())!));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("Ruth Abebe");
    expect(pdf.text).toContain("Winter leadership cohort");
    expect(pdf.info).toMatchObject({ Title: "Certificate of Completion: Ruth Abebe", Author: "Tripod" });
    await expectNothingPrivate(pdf.text);
    await page.context().close();
  });

  it("is confirmed genuine at its verify link, signed out, with no email, answer or link into the person's data", async () => {
    const page = await newPage(env.browser());
    const response = await page.goto(verifyUrl);
    expect(response!.status()).toBe(200);
    expect(response!.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, nofollow");
    await page.getByRole("heading", { level: 1, name: "This certificate is genuine" }).waitFor();
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBe(1); // signed out
    const main = page.locator("main");
    expect(await main.innerText()).toContain("Ruth Abebe");
    await expectNothingPrivate(await page.content());
    expect(await main.locator('a[href*="/learn"], a[href*="/facilitate"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "verify-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toEqual([]);
    await shot(page, "verify-390");
    expect((await page.goto(`${env.app().url}/certificates/${"0".repeat(40)}`))!.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "No certificate has this address" }).waitFor();
    await page.context().close();
  });

  it("is revoked by the facilitator with a reason, without JavaScript; then the verify page says revoked, and the graduate sees why", async () => {
    // With JavaScript first, for axe (which runs in the page) and the picture.
    const look = await newPage(env.browser());
    await signInThroughMailbox(look, env.app().url, "facilitator@example.com");
    await look.goto(`${env.app().url}/facilitate/cohorts/winter-leaders/certificates?revoke=0`);
    expect(await look.locator("tbody tr").count()).toBe(6);
    expect(await look.getByRole("heading", { name: "Close (1)" }).count()).toBe(1);
    expect(await seriousViolations(look)).toEqual([]);
    await shot(look, "facilitator-certificates");
    await look.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(look)).toEqual([]);
    await look.context().close();

    const page = await newPage(env.browser(), { javaScriptEnabled: false });
    await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
    await page.goto(`${env.app().url}/facilitate/cohorts/winter-leaders`);
    await page.getByRole("link", { name: "Certificates" }).click();
    await page.getByRole("heading", { level: 1, name: "Certificates" }).waitFor();
    await page.getByRole("link", { name: "Revoke Ruth Abebe's certificate…" }).click();
    await page.getByRole("button", { name: "Revoke the certificate" }).click();
    await page.getByText("Say why the certificate is revoked").waitFor(); // the reason is required
    await page.getByLabel("Reason").fill("Issued in error: two days were completed by a colleague.");
    await page.getByRole("button", { name: "Revoke the certificate" }).click();
    await page.getByText("The certificate was revoked.").waitFor();
    expect(await page.locator("tr", { hasText: "Ruth Abebe" }).innerText()).toContain("Issued in error");
    await page.context().close();

    const visitor = await newPage(env.browser());
    await visitor.goto(verifyUrl);
    await visitor.getByRole("heading", { level: 1, name: "This certificate was revoked" }).waitFor();
    expect(await visitor.content()).not.toContain("Issued in error");
    await visitor.context().close();

    const graduate = await newPage(env.browser());
    await signInThroughMailbox(graduate, env.app().url, GRADUATE);
    await graduate.goto(`${env.app().url}${new URL(verifyUrl).pathname.replace(/.*/, "/learn")}`);
    await graduate.getByRole("link", { name: "See why" }).click();
    await graduate.getByText("Your facilitator's reason: Issued in error").waitFor();
    expect(await graduate.getByRole("link", { name: "Download PDF" }).count()).toBe(0);
    const pdf = await graduate.request.get(`${graduate.url()}.pdf`);
    expect(pdf.status()).toBe(410);
    await graduate.context().close();
  });
});
