import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { runTickCli, useAppAndBrowser } from "../support/e2e";

const env = useAppAndBrowser();

describe("unsubscribing from an email", () => {
  it("works from the link in a daily email in /dev/mail, and one-click POST works without a session", async () => {
    expect(await runTickCli(env.app())).toMatch(/^tick .*: planned [1-9]\d* /);
    const page = await newPage(env.browser());
    await page.goto(`${env.app().url}/dev/mail`);
    const row = page.locator("tr", { hasText: "marcus.chen@example.com" }).first();
    await row.getByRole("link").click();
    await page.getByRole("heading", { name: "HTML part" }).waitFor();
    const headers = await page.locator("table").first().innerText();
    expect(headers).toContain("List-Unsubscribe-Post\tList-Unsubscribe=One-Click");
    const link = page.locator("a", { hasText: "/unsubscribe/" });
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.getByRole("heading", { level: 1, name: "Your Tripod emails" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Pause daily emails (keep the final report)" }).click();
    await page.getByText("Daily emails are paused.").first().waitFor();

    // The mail provider's one-click request: a POST with no session and no Origin.
    const oneClick = await fetch(href, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(oneClick.status).toBe(200);
    await page.reload();
    await page.getByText("You are unsubscribed from all course email.").waitFor();
  });

  it("is a 404 for a made-up token", async () => {
    expect((await fetch(`${env.app().url}/unsubscribe/${"0".repeat(40)}`)).status).toBe(404);
  });
});
