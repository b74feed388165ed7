import { addressLine, readAddressList, worthParsing } from "~/cohorts/invitations";

const people = (text: string) => readAddressList(text).people.map(({ name, email }) => ({ name, email }));

describe("reading a pasted address list (issue 15)", () => {
  it("reads a copied To field as two people with their own names", () => {
    expect(people("Barbara Liskov <barbara@example.org>, Edsger Dijkstra <edsger@example.org>")).toEqual([
      { name: "Barbara Liskov", email: "barbara@example.org" },
      { name: "Edsger Dijkstra", email: "edsger@example.org" },
    ]);
  });

  it("reads bare addresses separated by commas as two people without a name (never the address as a name)", () => {
    expect(people("a@x.org, b@x.org")).toEqual([
      { name: "", email: "a@x.org" },
      { name: "", email: "b@x.org" },
    ]);
  });

  it("reads addresses separated by semicolons", () => {
    expect(people("a@x.org; b@x.org")).toEqual([
      { name: "", email: "a@x.org" },
      { name: "", email: "b@x.org" },
    ]);
  });

  it("reads one person per line, skipping empty lines", () => {
    const list = readAddressList("Ada Lovelace <Ada@Example.org>\n\n   \r\ngrace@example.org\r\nKatherine Johnson <katherine@example.org>\n");
    expect(list.rejected).toEqual([]);
    expect(list.people).toEqual([
      { name: "Ada Lovelace", email: "ada@example.org", line: 1, text: "Ada Lovelace <Ada@Example.org>" },
      { name: "", email: "grace@example.org", line: 4, text: "grace@example.org" },
      { name: "Katherine Johnson", email: "katherine@example.org", line: 5, text: "Katherine Johnson <katherine@example.org>" },
    ]);
  });

  it("keeps a quoted name with a comma in it", () => {
    expect(people('"Dijkstra, Edsger" <edsger@example.org>')).toEqual([{ name: "Dijkstra, Edsger", email: "edsger@example.org" }]);
  });

  it("reads Outlook's semicolon lists, where names carry unquoted commas", () => {
    expect(people("Liskov, Barbara <barbara@example.org>; Dijkstra, Edsger <edsger@example.org>")).toEqual([
      { name: "Liskov, Barbara", email: "barbara@example.org" },
      { name: "Dijkstra, Edsger", email: "edsger@example.org" },
    ]);
  });

  it("reads a mixed list: To fields, semicolons, quoted names, name-comma-email and tab-separated rows, comments and groups", () => {
    const list = readAddressList(
      [
        'Barbara Liskov <barbara@example.org>, "Dijkstra, Edsger" <edsger@example.org>; a@x.org',
        "Ada Lovelace, ada@example.org",
        '"Hopper, Grace",grace@example.org',
        "katherine@example.org\tKatherine Johnson",
        "alan@example.org (Alan Turing)",
        "Team: b@x.org, c@x.org;",
      ].join("\n"),
    );
    expect(list.rejected).toEqual([]);
    expect(list.people.map(({ name, email, line }) => [line, name, email])).toEqual([
      [1, "Barbara Liskov", "barbara@example.org"],
      [1, "Dijkstra, Edsger", "edsger@example.org"],
      [1, "", "a@x.org"],
      [2, "Ada Lovelace", "ada@example.org"],
      [3, "Hopper, Grace", "grace@example.org"],
      [4, "Katherine Johnson", "katherine@example.org"],
      [5, "Alan Turing", "alan@example.org"],
      [6, "", "b@x.org"],
      [6, "", "c@x.org"],
    ]);
  });

  it("keeps unicode names as written", () => {
    expect(people("José Fernández <jose@example.org>, Zoë Åström <zoe@example.org>\n名前 <namae@example.jp>")).toEqual([
      { name: "José Fernández", email: "jose@example.org" },
      { name: "Zoë Åström", email: "zoe@example.org" },
      { name: "名前", email: "namae@example.jp" },
    ]);
  });
});

describe("entries that are not addresses", () => {
  it("are listed verbatim with their line and why, and do not stop the good ones", () => {
    const list = readAddressList("ada@example.org\nbarbara@\n<>\nName <not-an-address>\n\nBob <bob@>, grace@example.org\nnot an address at all\na@b");
    expect(list.people.map((p) => p.email)).toEqual(["ada@example.org", "grace@example.org"]);
    expect(list.rejected).toEqual([
      { line: 2, text: "barbara@", reason: "“barbara@” is not a complete email address" },
      { line: 3, text: "<>", reason: "the angle brackets hold no address" },
      { line: 4, text: "Name <not-an-address>", reason: "“not-an-address” is not an email address" },
      { line: 6, text: "Bob <bob@>", reason: "“bob@” is not an email address" },
      { line: 7, text: "not an address at all", reason: "no email address here" },
      { line: 8, text: "a@b", reason: "“a@b” is not a complete email address" },
    ]);
  });

  it("says how to quote a name with a comma when one was split off", () => {
    const list = readAddressList("Dijkstra, Edsger <edsger@example.org>");
    expect(list.rejected).toEqual([{ line: 1, text: "Dijkstra", reason: expect.stringContaining('put the whole name in quotes: "Dijkstra, Edsger" <edsger@example.org>') }]);
    expect(people("Dijkstra, Edsger <edsger@example.org>")).toEqual([{ name: "Edsger", email: "edsger@example.org" }]);
  });

  it("refuses a name over 100 characters", () => {
    expect(readAddressList(`${"N".repeat(101)} <n@example.org>`).rejected[0]!.reason).toBe("the name is longer than 100 characters");
  });

  it("reads nothing from empty lines", () => {
    expect(readAddressList("\n\n  \n\t\n")).toEqual({ people: [], rejected: [], truncated: false });
  });
});

describe("a long list", () => {
  it("reads 2,000 entries in every form, and cuts (and says so) past 2,000", () => {
    const forms = (i: number) => [`Person ${i} <p${i}@example.org>`, `p${i}@example.org`, `"Last${i}, First" <p${i}@example.org>`, `Person ${i}, p${i}@example.org`][i % 4]!;
    const lines = Array.from({ length: 2000 }, (_, i) => forms(i));
    const list = readAddressList(lines.join("\n"));
    expect(list.rejected).toEqual([]);
    expect(list.truncated).toBe(false);
    expect(list.people).toHaveLength(2000);
    expect(list.people[2]).toMatchObject({ name: "Last2, First", email: "p2@example.org", line: 3 });
    expect(list.people[1999]).toMatchObject({ name: "Person 1999", email: "p1999@example.org" });

    const longer = readAddressList(Array.from({ length: 1100 }, (_, i) => `a${i}@x.org, b${i}@x.org`).join("\n"));
    expect(longer.people).toHaveLength(2000);
    expect(longer.truncated).toBe(true);
  });
});

describe("input that is not a list at all", () => {
  it("is refused entry by entry, with a reason, without overflowing the stack or stalling the parser", () => {
    for (const junk of ["(".repeat(200_000), '"'.repeat(200_000), "word ".repeat(40_000), "<".repeat(100_000) + ">".repeat(100_000), "a".repeat(199_990) + "@x.org"]) {
      const list = readAddressList(junk);
      expect(list.people).toEqual([]);
      expect(list.rejected).toHaveLength(1);
      expect(list.rejected[0]!.text.length).toBeLessThanOrEqual(301); // shown cut short
    }
    expect(readAddressList('"Dijkstra, Edsger <edsger@example.org>').rejected[0]!.reason).toBe("a quotation mark is not closed");
    expect(readAddressList(",".repeat(200_000))).toEqual({ people: [], rejected: [], truncated: false });
  });

  it("stops at 2,000 entries even when they are all on one line", () => {
    const list = readAddressList(Array.from({ length: 25_000 }, (_, i) => `a${i}@x.org`).join(", "));
    expect(list.people).toHaveLength(2000);
    expect(list.truncated).toBe(true);
  });

  it("only hands mailbox-shaped entries to the RFC parser", () => {
    expect(worthParsing("Barbara Liskov <barbara@example.org>")).toBe(true);
    expect(worthParsing('"Dijkstra, Edsger" <edsger@example.org>')).toBe(true);
    expect(worthParsing("alan@example.org (Alan Turing)")).toBe(true);
    expect(worthParsing("a@x.org, b@x.org")).toBe(false);
    expect(worthParsing(`${"word ".repeat(30)}<a@x.org>`)).toBe(false);
    expect(worthParsing(`"${"(a)".repeat(10)}" (x) (y) <a@x.org>`)).toBe(false);
  });
});

describe("writing a person back as a line", () => {
  it("quotes names that need it, so the line reads back as the same person", () => {
    const cases = [
      { name: "Ada Lovelace", email: "ada@example.org" },
      { name: "Dijkstra, Edsger", email: "edsger@example.org" },
      { name: 'Dana "DJ" Whitfield', email: "dana@example.org" },
      { name: "José Fernández", email: "jose@example.org" },
      { name: "", email: "bare@example.org" },
    ];
    expect(cases.map(addressLine)).toEqual(["Ada Lovelace <ada@example.org>", '"Dijkstra, Edsger" <edsger@example.org>', '"Dana \\"DJ\\" Whitfield" <dana@example.org>', "José Fernández <jose@example.org>", "bare@example.org"]);
    expect(people(cases.map(addressLine).join("\n"))).toEqual(cases);
  });
});
