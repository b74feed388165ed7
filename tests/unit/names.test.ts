import { addressed, firstName, shownName } from "~/account/names";

describe("naming people", () => {
  it("greets by the given name, also for 'Last, First', and without a name when there is none", () => {
    expect(firstName("Edsger Dijkstra")).toBe("Edsger");
    expect(firstName("Dijkstra, Edsger")).toBe("Edsger");
    expect(firstName("  José  Fernández ")).toBe("José");
    expect(addressed("Welcome", "Edsger Dijkstra")).toBe("Welcome, Edsger");
    expect(addressed("Welcome", "")).toBe("Welcome");
    expect(addressed("Welcome", "   ")).toBe("Welcome");
  });

  it("shows the address in lists when there is no name", () => {
    expect(shownName({ name: "Ada Lovelace", email: "ada@example.org" })).toBe("Ada Lovelace");
    expect(shownName({ name: "", email: "ada@example.org" })).toBe("ada@example.org");
  });
});
