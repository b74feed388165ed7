import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { useAppAndBrowser } from "../support/e2e";
import { horizontalOverflow } from "../support/layout";

const env = useAppAndBrowser();

describe("a visitor", () => {
  for (const width of [1280, 390]) {
    it(`follows the footer's "Status" link to a page for people, at ${width} px`, async () => {
      const page = await newPage(env.browser());
      await page.setViewportSize({ width, height: 844 });
      await page.goto(env.app().url);
      await page.getByRole("contentinfo").getByRole("link", { name: "Status" }).click();
      await page.getByRole("heading", { level: 1, name: "Tripod is up" }).waitFor();
      await page.getByText("The course database answers.").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.close();
    });
  }
});
