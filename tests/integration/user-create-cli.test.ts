import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runScript } from "../support/cli-run";

describe("npm run user:create", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-user-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => runScript("app/cli/user-create.ts", args, { DATABASE_URL: path.join(dir, "u.db") });

  it("creates a facilitator and says what it did", () => {
    const result = run("--email", "Ada@Example.org", "--name", "Ada Lovelace", "--role", "facilitator");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Created facilitator Ada Lovelace <ada@example\.org> \(user \d+\)\. They sign in at http:\/\/localhost:3000\/login/);
  });

  it("refuses a duplicate address without changing anything", () => {
    run("--email", "ada@example.org", "--name", "Ada Lovelace", "--role", "facilitator");
    const again = run("--email", "ada@example.org", "--name", "Someone Else", "--role", "admin");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("ada@example.org already has an account (role: facilitator); nothing was changed.");
  });

  it("refuses bad and unknown flags with a clear message", () => {
    const bad = run("--email", "not-an-address", "--name", "X", "--role", "boss");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--email: Enter an email address");
    expect(bad.stderr).toContain("--role must be facilitator or admin");
    const unknown = run("--email", "a@example.org", "--nmae", "X", "--role", "admin");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown option '--nmae'/);
  });
});
