import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runScript } from "../support/cli-run";

const run = (script: string, env: Record<string, string>) => runScript(script, [], env);

describe("command-line entry points", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-cli-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("npm start in production without settings exits non-zero naming each missing variable", () => {
    const result = run("app/server/start.ts", { NODE_ENV: "production", APP_URL: "", RESEND_API_KEY: "", EMAIL_FROM: "", DATABASE_URL: path.join(dir, "p.db") });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Tripod cannot start");
    for (const name of ["APP_URL", "RESEND_API_KEY", "EMAIL_FROM"]) expect(result.stderr).toContain(name);
    expect(fs.existsSync(path.join(dir, "p.db"))).toBe(false);
  });

  it("db:migrate applies the migrations once and says so", () => {
    const file = path.join(dir, "m.db");
    const first = run("db/migrate-cli.ts", { DATABASE_URL: file });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/[1-9]\d* migration\(s\) applied/);
    const second = run("db/migrate-cli.ts", { DATABASE_URL: file });
    expect(second.stdout).toMatch(/: 0 migration\(s\) applied/);
  });

  it("seed:demo seeds on purpose and refuses in production", () => {
    const file = path.join(dir, "s.db");
    const seeded = run("db/seed/cli.ts", { DATABASE_URL: file, APP_NOW: "2026-11-21T20:00:00Z" });
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toContain('cohort "demo"');
    expect(seeded.stdout).toContain("started 2026-11-10");
    const refused = run("db/seed/cli.ts", {
      DATABASE_URL: file,
      NODE_ENV: "production",
      APP_URL: "https://t.example.org",
      RESEND_API_KEY: "k",
      EMAIL_FROM: "t@example.org",
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("refuses");
  });
});
