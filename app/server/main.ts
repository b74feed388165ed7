/**
 * `npm start`: check the settings, build if needed, migrate, seed the demo on a fresh
 * local database, and serve. Prints where the app is, where the data lives and how to
 * sign in to the demo.
 */
import path from "node:path";
import type { AddressInfo } from "node:net";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { isEmpty, seedDemo } from "../../db/seed/demo";
import type { Env } from "../env.server";
import { now } from "../time/clock.server";
import { transportFromEnv } from "../email/transport.server";
import { startBackgroundWork } from "./background";
import { sweepCertificates } from "../certificates/issue.server";
import { log } from "../log.server";
import { createApp, listen, loadServerBuild } from "./http";

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function main(env: Env): Promise<number> {  const databaseFile = path.resolve(env.DATABASE_URL);
  const db = openDatabase(databaseFile);
  migrateDatabase(db);
  let seeded = false;
  if (!env.isProduction && isEmpty(db)) {
    seedDemo(db, now());
    seeded = true;
  }

  let build;
  try {
    build = await loadServerBuild();
  } catch (error) {
    // The build validates the curriculum as it loads; say what is wrong, without a stack.
    if (error instanceof Error && error.name === "CourseContentError") {
      process.stderr.write(`Tripod cannot start: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const server = await listen(createApp(build, { appUrl: env.APP_URL, production: env.isProduction, trustProxy: env.TRUST_PROXY }), env.PORT, env.HOST);
  const transport = transportFromEnv();
  const stopBackground = env.SCHEDULER === "on" ? startBackgroundWork({ db, transport, clock: now, appUrl: env.APP_URL, intervalMs: env.TICK_INTERVAL_SECONDS * 1000 }) : () => {};
  // Certificates earned before they existed (or while a save could not issue one): once per
  // start, in the background, never in the per-minute tick (ADR 0017).
  void sweepCertificates(db, now(), env.APP_URL).then(
    (swept) => log.info(swept, `certificate sweep: ${swept.issued} issued of ${swept.candidates} candidates in ${swept.ms} ms`),
    (error: unknown) => log.error({ err: error }, "certificate sweep failed; the next start tries again"),
  );
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST}:${port}`;

  say("");
  say(`Tripod is running at ${url}`);
  say(`  database   ${databaseFile}${seeded ? " (new: demo data seeded)" : ""}`);
  say(`  mode       ${env.isProduction ? "production" : "local"}${env.APP_NOW ? `, clock pinned to ${env.APP_NOW}` : ""}`);
  say(`  email      ${transport.name === "resend" ? "sent through Resend" : `kept locally, read them at ${url}/dev/mail`}; scheduler ${env.SCHEDULER}`);
  if (!env.isProduction) {
    say(`  demo       sign in at ${url}/login as participant@example.com (two days behind)`);
    say(`             or facilitator@example.com; cohort "demo" is on day 12`);
    say(`             or graduate@example.com, who has a certificate (finished cohort "winter-leaders")`);
  }
  say(`  health     ${url}/healthz`);
  say("Press Ctrl+C to stop.");

  await new Promise<void>((resolve) => {
    const stop = () => {
      stopBackground();
      server.close(() => {
        db.$client.close();
        resolve();
      });
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  say("Tripod stopped.");
  return 0;
}

