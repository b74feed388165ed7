import { seriousViolations } from "../support/axe";
import { newPage } from "../support/browser";
import { signInThroughMailbox, useAppAndBrowser, waitForHydration } from "../support/e2e";

const env = useAppAndBrowser();

describe("the facilitator's morning", () => {
  it("finds an at-risk participant, reads a shared answer, leaves feedback, and the participant sees it", async () => {
    const url = env.app().url;
    const facilitator = await newPage(env.browser());
    await signInThroughMailbox(facilitator, url, "facilitator@example.com");
    await facilitator.getByRole("link", { name: "Spring leadership cohort" }).click();
    await facilitator.getByRole("heading", { level: 1, name: "Spring leadership cohort" }).waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);

    await waitForHydration(facilitator, "select#filter"); // the filter applies as soon as it changes
    await facilitator.getByLabel("Show").selectOption("at-risk");
    await facilitator.waitForURL(/filter=at-risk/);
    const marcus = facilitator.getByRole("link", { name: "Marcus Chen" });
    await marcus.waitFor();
    expect(await facilitator.getByRole("link", { name: "Amara Okafor" }).count()).toBe(0); // on track: filtered out
    await marcus.click();
    await facilitator.getByRole("heading", { level: 1, name: "Marcus Chen" }).waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);

    const day2 = facilitator.locator("section", { has: facilitator.getByRole("heading", { name: /^Day 2:/ }) });
    expect((await day2.locator(".answers dd").first().innerText()).length).toBeGreaterThan(20);
    await day2.getByLabel("Feedback on day 2").fill("Clear outcome. Next: agree the measure with your PM this week.");
    await day2.getByRole("button", { name: "Send feedback" }).click();
    await facilitator.getByText("Feedback on day 2 saved and emailed to Marcus Chen.").waitFor();

    const participant = await newPage(env.browser());
    await signInThroughMailbox(participant, url, "marcus.chen@example.com");
    await participant.goto(`${participant.url().replace(/\/$/, "")}/days/2`);
    await participant.getByRole("heading", { name: "Feedback from your facilitator" }).waitFor();
    expect(await participant.locator(".feedback-item").last().innerText()).toContain("Clear outcome. Next: agree the measure with your PM this week.");
  });
});
