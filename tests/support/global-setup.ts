/**
 * Migrates one template database per run; every test then starts from a copy of it
 * (copying a file is much faster than migrating again). A broken migration fails here.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";

export default function setup({ provide }: { provide: (key: "templateDb", value: string) => void }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-template-"));
  const file = path.join(dir, "template.db");
  const db = openDatabase(file);
  migrateDatabase(db);
  // Fold the WAL into the main file so a plain copy is complete.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.pragma("journal_mode = DELETE");
  db.$client.close();
  provide("templateDb", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
