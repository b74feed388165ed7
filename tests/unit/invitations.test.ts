import { parseInviteList } from "~/cohorts/invitations";

describe("reading a pasted invitation list", () => {
  it("reads Name <email>, bare addresses and CSV, skipping blank lines and a header", () => {
    const list = parseInviteList(`name,email
Ada Lovelace <Ada@Example.org>

grace.hopper@example.org
"Katherine Johnson",katherine@example.org`);
    expect(list.invalid).toEqual([]);
    expect(list.valid).toEqual([
      { name: "Ada Lovelace", email: "ada@example.org" },
      { name: "Grace Hopper", email: "grace.hopper@example.org" },
      { name: "Katherine Johnson", email: "katherine@example.org" },
    ]);
  });

  it("lists each invalid line with its number and the reason", () => {
    const list = parseInviteList(`ada@example.org
not an address
Bob <bob@>
ada@example.org
a,b@example.org,extra`);
    expect(list.valid.map((v) => v.email)).toEqual(["ada@example.org"]);
    expect(list.invalid).toEqual([
      { line: 2, text: "not an address", reason: "not a valid email address" },
      { line: 3, text: "Bob <bob@>", reason: "not a valid email address" },
      { line: 4, text: "ada@example.org", reason: "this address appears twice in the list" },
      { line: 5, text: "a,b@example.org,extra", reason: "expected two columns: name,email" },
    ]);
  });
});
