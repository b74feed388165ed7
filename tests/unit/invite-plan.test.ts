import { planInvitations, type KnownPerson } from "~/cohorts/invite-plan";
import { readAddressList } from "~/cohorts/invitations";

const known = (entries: [string, KnownPerson][]) => new Map(entries);

describe("what sending a list would do", () => {
  it("sorts people into invited, already in, repeated and not addresses, and counts new seats", () => {
    const list = readAddressList(
      [
        "Ada Lovelace <ada@example.org>",
        "grace@example.org, Grace Hopper <grace@example.org>",
        "amara@example.com",
        "wait@example.com; held@example.com",
        "left@example.com",
        "barbara@",
      ].join("\n"),
    );
    const plan = planInvitations(
      list,
      known([
        ["amara@example.com", { name: "Amara Okafor", status: "active", holdsSeat: false }],
        ["wait@example.com", { name: "Wai Ting", status: "waitlisted", holdsSeat: false }],
        ["held@example.com", { name: "Hel Dee", status: "pending", holdsSeat: true }],
        ["left@example.com", { name: "Lef Tover", status: "withdrawn", holdsSeat: false }],
        ["ada@example.org", { name: "Ada King", status: null, holdsSeat: false }],
      ]),
      10,
    );
    expect(plan.invite.map((p) => [p.name, p.email, p.newSeat, p.note])).toEqual([
      ["Ada King", "ada@example.org", true, null],
      ["Grace Hopper", "grace@example.org", true, null],
      ["Hel Dee", "held@example.com", false, "Holds a seat and has not confirmed it; this confirms it"],
      ["Lef Tover", "left@example.com", true, "Left this cohort earlier; this brings them back"],
    ]);
    expect(plan.already.map((p) => [p.name, p.status])).toEqual([
      ["Amara Okafor", "Enrolled"],
      ["Wai Ting", "On the waitlist"],
    ]);
    expect(plan.duplicates).toEqual([{ email: "grace@example.org", lines: [2, 2] }]);
    expect(plan.rejected.map((r) => r.text)).toEqual(["barbara@"]);
    expect(plan).toMatchObject({ seatsNeeded: 3, seatsLeft: 10, canSend: true });
  });

  it("cannot be sent when the new seats do not fit, or when nobody is left to invite", () => {
    const list = readAddressList("a@x.org\nb@x.org\nc@x.org");
    expect(planInvitations(list, new Map(), 2)).toMatchObject({ seatsNeeded: 3, seatsLeft: 2, canSend: false });
    expect(planInvitations(list, new Map(), 3).canSend).toBe(true);
    const everyoneIn = known(["a@x.org", "b@x.org", "c@x.org"].map((e) => [e, { name: "", status: "active", holdsSeat: false }]));
    expect(planInvitations(list, everyoneIn, 5)).toMatchObject({ invite: [], canSend: false });
    expect(planInvitations(readAddressList("nope"), new Map(), 5).canSend).toBe(false);
  });
});
