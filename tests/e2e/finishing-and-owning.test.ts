/**
 * Issue 18's acceptance, in Chromium on a phone: the demo graduate downloads their certificate
 * (the PDF, read back, names them), opens its verify link signed out, downloads their data
 * (the zip holds their day 2 answer), then deletes their account and can no longer sign in;
 * the facilitator's grid and CSV no longer list them, and the verify link is gone with them.
 */
import fs from "node:fs";
import { newPage } from "../support/browser";
import { signInThroughMailbox, sqlOn, useAppAndBrowser } from "../support/e2e";
import { readPdf } from "../support/pdf";
import { unzip } from "../support/zip";

const env = useAppAndBrowser({ env: { APP_NOW: "2026-11-22T15:00:00Z" } });
const PHONE = { width: 390, height: 844 };
const GRADUATE = { email: "graduate@example.com", name: "Ruth Abebe" };
const COHORT = "winter-leaders";

describe("finishing and owning it", () => {
  it("the graduate keeps a certificate and their data, then leaves for good", async () => {
    const url = env.app().url;
    const day2 = sqlOn(env.app().databaseFile, (db) =>
      (db.prepare("SELECT d.exercise_answer AS a FROM day_progress d JOIN enrollments e ON e.id = d.enrollment_id JOIN users u ON u.id = e.user_id WHERE u.email = ? AND d.day = 2").get(GRADUATE.email) as { a: string }).a,
    );
    expect(day2.length).toBeGreaterThan(40);

    const page = await newPage(env.browser(), { viewport: PHONE, acceptDownloads: true });
    await signInThroughMailbox(page, url, GRADUATE.email);

    // The certificate, from home: the PDF names them.
    await page.getByRole("link", { name: "See your certificate" }).click();
    await page.getByRole("heading", { level: 1, name: "Your certificate" }).waitFor();
    const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    const pdf = await readPdf(fs.readFileSync((await pdfDownload.path())!));
    expect(pdf.text).toContain(GRADUATE.name);
    const verifyUrl = (await page.locator("a.copy-text").getAttribute("href"))!;

    // Its verify link, signed out, in a browser that has never signed in.
    const visitor = await newPage(env.browser(), { viewport: PHONE });
    await visitor.goto(verifyUrl);
    await visitor.getByRole("heading", { level: 1, name: "This certificate is genuine" }).waitFor();
    expect(await visitor.locator("main").innerText()).toContain(GRADUATE.name);
    expect(await visitor.getByRole("link", { name: "Sign in" }).count()).toBe(1);

    // Their data: the zip holds the day 2 answer, in the JSON and in the Markdown.
    await page.goto(`${url}/account`);
    const [zipDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
    const files = await unzip((await zipDownload.path())!);
    const data = JSON.parse(files.get("tripod-data.json")!) as { enrollments: { cohort: { slug: string }; days: { day: number; exerciseAnswer: string }[]; certificate: { code: string } | null }[] };
    const winter = data.enrollments.find((e) => e.cohort.slug === COHORT)!;
    expect(winter.days.find((d) => d.day === 2)!.exerciseAnswer).toBe(day2);
    expect(winter.certificate?.code).toBe(verifyUrl.split("/").at(-1));
    expect(files.get(`answers/${COHORT}.md`)).toContain(day2.split("\n")[0]);

    // Leaving for good.
    await page.getByRole("link", { name: "Delete my account" }).click();
    await page.getByRole("heading", { level: 1, name: "Delete your account?" }).waitFor();
    expect(await page.locator(".deletion-list").innerText()).toMatch(/certificate/i);
    await page.getByLabel("Type your email address to confirm").fill(GRADUATE.email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account is deleted" }).waitFor();

    // No way back in: the sign-in page answers as for any address, and no email comes.
    await page.goto(`${url}/login`);
    await page.getByLabel("Email address").fill(GRADUATE.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForURL(/\/login\/code\?/);
    await page.goto(`${url}/dev/mail`);
    expect(await page.locator("tr", { hasText: GRADUATE.email }).count()).toBe(0);
    expect((await page.goto(`${url}/account`), new URL(page.url()).pathname)).toBe("/login");

    // The certificate went with the account.
    expect((await visitor.goto(verifyUrl))!.status()).toBe(404);

    // The facilitator's grid and CSV no longer list them; the rest of the cohort is still there.
    const facilitator = await newPage(env.browser());
    await signInThroughMailbox(facilitator, url, "facilitator@example.com");
    await facilitator.goto(`${url}/facilitate/cohorts/${COHORT}`);
    const grid = await facilitator.locator("main").innerText();
    const csv = await (await facilitator.request.get(`${url}/facilitate/cohorts/${COHORT}/export.csv`)).text();
    expect(csv.trim().split("\n").length).toBeGreaterThan(5);
    for (const text of [grid, csv]) {
      expect(text).not.toContain(GRADUATE.name);
      expect(text).not.toContain(GRADUATE.email);
    }
    await facilitator.goto(`${url}/facilitate/cohorts/${COHORT}/certificates`);
    expect(await facilitator.locator("main").innerText()).not.toContain(GRADUATE.name);
  });
});
