import { choicesFor, emailState } from "~/nudges/email-state";

describe("email preferences", () => {
  it("reads the state from the user's settings; unsubscribing wins over the daily switch", () => {
    expect(emailState({ dailyEmails: true, unsubscribedAt: null })).toBe("on");
    expect(emailState({ dailyEmails: false, unsubscribedAt: null })).toBe("daily-off");
    expect(emailState({ dailyEmails: true, unsubscribedAt: new Date("2026-11-21T07:00:00Z") })).toBe("all-off");
  });

  it("offers only the choices that change the state, the sensible one first", () => {
    expect(choicesFor("on")).toEqual(["daily-off", "all-off"]);
    expect(choicesFor("daily-off")).toEqual(["resume", "all-off"]);
    expect(choicesFor("all-off")).toEqual(["resume"]);
  });
});
