import { csvHeader, decodeUpload, MAX_UPLOAD_BYTES, readInviteText, withUpload } from "~/cohorts/invite-csv";

const utf8 = (text: string) => new TextEncoder().encode(text);
const people = (text: string) => readInviteText(text).people.map(({ name, email }) => ({ name, email }));

describe("a CSV with a header row", () => {
  it("finds the columns by their headings, in any order and case, with a BOM and semicolons", () => {
    expect(people("\uFEFFE-mail;Full Name\r\njose@example.org;José Fernández\r\nKatherine@Example.org;Katherine Johnson\r\n")).toEqual([
      { name: "José Fernández", email: "jose@example.org" },
      { name: "Katherine Johnson", email: "katherine@example.org" },
    ]);
  });

  it("joins first and last name columns, reads tabs and quoted fields, and ignores other columns", () => {
    const text = 'Team\tFirst name\tLast name\tEmail Address\n"Core, platform"\tGrace\tHopper\tgrace@example.org\nCore\t"Ada"\tLovelace\tada@example.org\n';
    expect(people(text)).toEqual([
      { name: "Grace Hopper", email: "grace@example.org" },
      { name: "Ada Lovelace", email: "ada@example.org" },
    ]);
  });

  it("reads the name column with commas when quoted, and a row without a name as nameless", () => {
    expect(people('name,email\n"Dijkstra, Edsger",edsger@example.org\n,anon@example.org\n')).toEqual([
      { name: "Dijkstra, Edsger", email: "edsger@example.org" },
      { name: "", email: "anon@example.org" },
    ]);
  });

  it("lists rows that are not people with their line and the row as written", () => {
    const list = readInviteText("Name,Email\nAda,ada@example.org\nBarbara,barbara@\nGrace Hopper,\n\nKat,Kat <kat@example.org>\n");
    expect(list.people.map((p) => [p.line, p.name, p.email])).toEqual([
      [2, "Ada", "ada@example.org"],
      [6, "Kat", "kat@example.org"],
    ]);
    expect(list.rejected).toEqual([
      { line: 3, text: "Barbara,barbara@", reason: "“barbara@” is not a complete email address" },
      { line: 4, text: "Grace Hopper,", reason: "the email column is empty" },
    ]);
  });

  it("is only a header when it names an email column and holds no address", () => {
    expect(csvHeader("name,email\n")).not.toBeNull();
    expect(csvHeader("E-Mail\nada@example.org")).not.toBeNull();
    expect(csvHeader("Ada Lovelace, ada@example.org\n")).toBeNull();
    expect(csvHeader("email@example.org, name@example.org")).toBeNull();
    expect(csvHeader("Name,Team\nAda,Core")).toBeNull();
  });

  it("falls back to reading the text as an address list when the CSV is broken", () => {
    expect(readInviteText('email,name\n"ada@example.org,Ada').rejected.length).toBeGreaterThan(0);
  });
});

describe("an uploaded file", () => {
  it("is read as UTF-8 (without its BOM), or as Windows-1252 when it is not UTF-8", () => {
    expect(decodeUpload(utf8("\uFEFFname,email\n"))).toEqual({ ok: true, text: "name,email\n" });
    const latin1 = Uint8Array.from([...utf8("name,email\nJos"), 0xe9, ...utf8(" Fern"), 0xe1, ...utf8("ndez,jose@example.org\n")]);
    const decoded = decodeUpload(latin1);
    expect(decoded).toEqual({ ok: true, text: "name,email\nJosé Fernández,jose@example.org\n" });
  });

  it("refuses a binary file and an oversized one, saying why", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeUpload(png)).toEqual({ ok: false, reason: "it is not a text file; save the spreadsheet as CSV and upload that" });
    expect(decodeUpload(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61))).toEqual({ ok: false, reason: "it is larger than 256 KB; split it into smaller files" });
  });

  it("alone, is kept as it is; added to pasted text, becomes one line per person after it", () => {
    const csv = utf8("Email;Name\njose@example.org;José Fernández\nbroken@;Someone\n");
    expect(withUpload("", csv)).toEqual({ ok: true, text: "Email;Name\njose@example.org;José Fernández\nbroken@;Someone\n" });
    const combined = withUpload("ada@example.org\n", csv);
    expect(combined).toEqual({ ok: true, text: "ada@example.org\nJosé Fernández <jose@example.org>\nbroken@;Someone" });
    expect(people(combined.ok ? combined.text : "")).toEqual([
      { name: "", email: "ada@example.org" },
      { name: "José Fernández", email: "jose@example.org" },
    ]);
  });

  it("that is not CSV is said to be so", () => {
    expect(withUpload("ada@example.org", utf8('email,name\n"unclosed,quote\n'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^it is not a CSV file we can read/) });
  });
});
