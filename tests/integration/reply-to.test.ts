/** A facilitator's feedback and nudge say "reply to me": replies reach that facilitator. */
import { deliverDue } from "~/email/deliver.server";
import { resendTransport } from "~/email/transport.server";
import { addFeedback, participantInCohort, sendNudge } from "~/facilitation/participant.server";
import type { TestDatabase } from "../support/db";
import type { FakeResend } from "../support/fake-resend";
import { useDatabaseAndFakeResend } from "../support/mail-env";
import { createCohort, createUser, enrollUser } from "../support/fixtures";

let t: TestDatabase;
let fake: FakeResend;
const NOW = new Date("2026-11-21T20:00:00Z"); // day 12 of the fixture cohort
useDatabaseAndFakeResend((db, f) => ([t, fake] = [db, f]));

describe("Reply-To", () => {
  it("is the facilitator who wrote the feedback or the nudge, through the real SDK", async () => {
    const facilitator = createUser(t.db, "morgan@example.org", "facilitator", "Morgan Ellis");
    const cohort = createCohort(t.db, "spring", facilitator.id);
    const dana = createUser(t.db, "dana@example.org", "participant", "Dana Whitfield");
    const enrollment = enrollUser(t.db, cohort.id, dana.id);
    const participant = participantInCohort(t.db, cohort.id, enrollment.id)!;
    await addFeedback(t.db, participant, facilitator, 3, "Which wait will you attack first?", NOW, "http://localhost:3000");
    await sendNudge(t.db, participant, facilitator, [4, 5], NOW, "http://localhost:3000");
    await deliverDue(t.db, resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url }), () => NOW);
    expect(fake.accepted).toHaveLength(2);
    for (const email of fake.accepted) {
      expect(email.replyTo).toEqual(expect.stringContaining("morgan@example.org"));
      expect(email.headers?.["Reply-To"]).toBeUndefined();
      expect(email.headers?.["List-Unsubscribe"]).toMatch(/unsubscribe/);
    }
  });
});
