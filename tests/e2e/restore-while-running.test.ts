/**
 * `npm run db:restore` refuses while the real server (`npm start`) has the database open,
 * and restores once it has stopped.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/cli-run";
import { sqlOn } from "../support/e2e";
import { startApp } from "../support/server";

describe("db:restore and a running app", () => {
  it("refuses while npm start holds the database, and works after it stops", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-restore-"));
    const databaseFile = path.join(dir, "app.db");
    const app = await startApp({ databaseFile });
    try {
      const backup = path.join(dir, "backup.db");
      const env = { DATABASE_URL: databaseFile, APP_NOW: "2026-11-21T20:00:00Z" };
      const backedUp = runCli("db-backup", [backup], env);
      expect(backedUp.status, backedUp.stderr).toBe(0);
      const people = sqlOn(databaseFile, (db) => (db.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n);
      expect(backedUp.stdout).toMatch(new RegExp(`users +${people}\n`));

      const refused = runCli("db-restore", [backup], env);
      expect(refused.status).toBe(3);
      expect(refused.stderr).toContain("is open in another process");
      expect(refused.stderr).toContain(`held by pid ${app.pid}`);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

      await app.stop();
      const restored = runCli("db-restore", [backup], env);
      expect(restored.status, restored.stderr).toBe(0);
      expect(restored.stdout).toContain("The database it replaced is kept as");
    } finally {
      await app.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
