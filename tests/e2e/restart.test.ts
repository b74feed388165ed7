import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startApp } from "../support/server";

function countUsers(file: string): number {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare("select count(*) as n from users").get() as { n: number };
  db.close();
  return n;
}

describe("restarting the app", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-restart-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps the data and does not seed again", async () => {
    const databaseFile = path.join(dir, "tripod.db");
    const first = await startApp({ databaseFile });
    expect(first.output()).toContain("demo data seeded");
    await first.stop();
    // The facilitator, 24 participants of the running cohort and 8 of the finished one.
    expect(countUsers(databaseFile)).toBe(33);

    const db = new Database(databaseFile);
    db.prepare("insert into users (email, name) values ('kept@example.org', 'Kept Person')").run();
    db.close();

    const second = await startApp({ databaseFile });
    try {
      expect(second.output()).not.toContain("demo data seeded");
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    } finally {
      await second.stop();
    }
    expect(countUsers(databaseFile)).toBe(34);
  });
});
