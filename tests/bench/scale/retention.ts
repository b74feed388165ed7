/**
 * Email retention on the year's file (ADR 0016): what the tick's check costs when nothing is
 * due, and how fast a backlog drains (the first run after upgrading), with the longest time it
 * keeps the event loop. The seed keeps bodies for its last BODY_DAYS days, so the backlog is
 * made by asking for half of that.
 */
import { openDatabase } from "../../../db/client";
import { pruneEmailBodies } from "~/email/retention.server";
import { BODY_DAYS } from "./seed";

export type RetentionFigures = { quietMs: number; blanked: number; perTenThousandMs: number; longestHoldMs: number };

export async function measureRetention(file: string, at: Date): Promise<RetentionFigures> {
  const db = openDatabase(file);
  let longestHoldMs = 0;
  let last = performance.now();
  const watch = setInterval(() => {
    const now = performance.now();
    longestHoldMs = Math.max(longestHoldMs, now - last - 5);
    last = now;
  }, 5);
  try {
    let started = performance.now();
    if ((await pruneEmailBodies(db, at, { keepDays: 30 })) !== 0) throw new Error("the seed kept bodies older than 30 days");
    const quietMs = performance.now() - started;
    longestHoldMs = 0;
    started = performance.now();
    const blanked = await pruneEmailBodies(db, at, { keepDays: Math.floor(BODY_DAYS / 2), max: 20_000, budgetMs: Number.POSITIVE_INFINITY });
    const perTenThousandMs = ((performance.now() - started) * 10_000) / Math.max(1, blanked);
    return { quietMs, blanked, perTenThousandMs, longestHoldMs };
  } finally {
    clearInterval(watch);
    db.$client.close();
  }
}
