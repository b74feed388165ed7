import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

describe("leaving a cohort from /account", () => {
  // Each run signs in a different demo participant, so each has a cohort to leave.
  const people = ["marcus.chen@example.com", "participant@example.com", "hannah.becker@example.com", "grace.liu@example.com"];
  const runs = [1280, 390].flatMap((width) => [true, false].map((javaScriptEnabled) => ({ width, javaScriptEnabled })));
  runs.forEach(({ width, javaScriptEnabled }, i) => {
    it(`asks before leaving, at ${width} px, ${javaScriptEnabled ? "with" : "without"} JavaScript`, async () => {
      const page = await newPage(env.browser(), { javaScriptEnabled });
      await page.setViewportSize({ width, height: 844 });
      await signInThroughMailbox(page, env.app().url, people[i]!);
      await page.goto(`${env.app().url}/account`);
      const title = (await page.locator(".card li a").first().innerText()).trim();
      const leave = page.getByRole("button", { name: `Leave ${title}`, exact: true });
      expect(await leave.getAttribute("class")).toContain("button-danger");

      // The first tap only asks; "Stay" keeps the seat.
      await leave.click();
      await page.getByRole("heading", { name: `Leave ${title}?` }).waitFor();
      expect(await page.getByRole("status").count()).toBe(0);
      if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.getByRole("link", { name: "Stay" }).click();
      await page.getByRole("button", { name: `Leave ${title}`, exact: true }).waitFor();

      // Confirming leaves and says what happened.
      await page.getByRole("button", { name: `Leave ${title}`, exact: true }).click();
      await page.getByRole("button", { name: `Yes, leave ${title}` }).click();
      await page.getByRole("status").getByText(`You have left ${title}.`).waitFor();
      await expect.poll(() => page.getByRole("button", { name: `Leave ${title}`, exact: true }).count()).toBe(0);
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.close();
    });
  });
});
