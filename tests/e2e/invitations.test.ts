/**
 * Issue 15: a facilitator pastes a copied "To" field (or uploads a CSV), sees who will be
 * invited, and only "Send N invitations" enrolls and emails them.
 */
import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();
const TO_FIELD = "Barbara Liskov <barbara@example.org>, Edsger Dijkstra <edsger@example.org>";

async function facilitatorOnInvitePage(options: { js?: boolean; width?: number } = {}): Promise<Page> {
  const width = options.width ?? 1280;
  const page = await newPage(env.browser(), { javaScriptEnabled: options.js ?? true, viewport: { width, height: width === 390 ? 844 : 900 } });
  page.setDefaultTimeout(15_000);
  await signInThroughMailbox(page, env.app().url, "facilitator@example.com");
  await page.goto(`${env.app().url}/facilitate/cohorts/demo`);
  await page.getByRole("link", { name: "Invite people" }).click();
  await page.getByRole("heading", { level: 1, name: /Invite people/ }).waitFor();
  return page;
}

/** The mailbox rows (to + subject) for an address, read in a page of its own. */
async function mailTo(email: string): Promise<string[]> {
  const page = await newPage(env.browser());
  try {
    await page.goto(`${env.app().url}/dev/mail`);
    return await page.locator("tbody tr", { hasText: email }).allInnerTexts();
  } finally {
    await page.context().close();
  }
}

/** The text part of the one email to an address. */
async function onlyEmailTo(email: string): Promise<string> {
  const page = await newPage(env.browser());
  try {
    await page.goto(`${env.app().url}/dev/mail`);
    const rows = page.locator("tbody tr", { hasText: email });
    expect(await rows.count()).toBe(1);
    await rows.first().getByRole("link").click();
    await page.getByRole("heading", { name: "Text part" }).waitFor();
    return await page.locator(".mail-text").innerText();
  } finally {
    await page.context().close();
  }
}

async function rowsOf(page: Page, heading: RegExp): Promise<string[]> {
  const section = page.locator("section", { has: page.getByRole("heading", { name: heading }) });
  return (await section.locator("tbody tr").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

describe("inviting a pasted list", () => {
  it("previews both people of a copied To field by name, sends nothing until confirmed, then enrolls and welcomes each by name", async () => {
    const page = await facilitatorOnInvitePage();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Addresses").fill(TO_FIELD);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { name: /Will be invited/ }).waitFor();
    expect(await rowsOf(page, /Will be invited/)).toEqual(["Barbara Liskov barbara@example.org", "Edsger Dijkstra edsger@example.org"]);
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing is sent before confirming, and going back keeps the pasted text.
    expect(await mailTo("barbara@example.org")).toEqual([]);
    expect(await mailTo("edsger@example.org")).toEqual([]);
    await page.getByRole("button", { name: "Edit the list" }).click();
    expect(await page.getByLabel("Addresses").inputValue()).toBe(TO_FIELD);
    await page.getByRole("button", { name: "Preview" }).click();

    await page.getByRole("button", { name: "Send 2 invitations" }).click();
    await page.getByText("2 people enrolled and emailed.").waitFor();
    expect(await onlyEmailTo("edsger@example.org")).toMatch(/^Welcome, Edsger$/im);
    expect(await onlyEmailTo("barbara@example.org")).toMatch(/^Welcome, Barbara$/im);

    await page.goto(`${env.app().url}/facilitate/cohorts/demo`);
    await page.getByRole("link", { name: "Barbara Liskov" }).waitFor();
    await page.getByRole("link", { name: "Edsger Dijkstra" }).waitFor();
  });

  it("shows who is already in, duplicates and entries that are not addresses, verbatim", async () => {
    const page = await facilitatorOnInvitePage({ width: 390 });
    await page.getByLabel("Addresses").fill('amara.okafor@example.com\n"Hopper, Grace" <grace@example.org>; grace@example.org\nbarbara@\nName <not-an-address>');
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { name: /Will be invited/ }).waitFor();
    expect(await rowsOf(page, /Will be invited/)).toEqual(["Hopper, Grace grace@example.org"]);
    expect((await rowsOf(page, /Already in this cohort/))[0]).toMatch(/Amara Okafor amara\.okafor@example\.com Enrolled/);
    expect(await rowsOf(page, /more than once/)).toEqual(["grace@example.org 2 times, on line 2"]);
    const bad = await rowsOf(page, /Not addresses/);
    expect(bad).toHaveLength(2);
    expect(bad[0]).toContain("barbara@");
    expect(bad[1]).toContain("Name <not-an-address>");
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await page.getByRole("button", { name: "Send 1 invitation" }).count()).toBe(1);
  });
});

describe("inviting from a CSV file", () => {
  it("without JavaScript: reads the header, previews, and enrolls with accented names", async () => {
    const page = await facilitatorOnInvitePage({ js: false });
    await page.getByLabel("Or upload a CSV file").setInputFiles({
      name: "people.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("\uFEFFE-mail;Full name\r\njose@example.org;José Fernández\r\nkatherine@example.org;Katherine Johnson\r\n", "utf8"),
    });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { name: /Will be invited/ }).waitFor();
    expect(await rowsOf(page, /Will be invited/)).toEqual(["José Fernández jose@example.org", "Katherine Johnson katherine@example.org"]);
    expect(await mailTo("jose@example.org")).toEqual([]);
    await page.getByRole("button", { name: "Send 2 invitations" }).click();
    await page.getByText("2 people enrolled and emailed.").waitFor();
    expect(await onlyEmailTo("jose@example.org")).toMatch(/^Welcome, José$/im);
  });
});
