/**
 * How long an email's words are kept (ADR 0016): a sent or cancelled email keeps its HTML
 * and text for EMAIL_BODY_DAYS after it was queued, then they are blanked. The row stays,
 * with its key (so it is never queued again), status, dates, subject and headers; the disk,
 * the backups and a restore stop growing with every email ever sent, and people's words do
 * not outlive their use in a copy nobody reads. Pending, sending and failed email keeps its
 * body: it may still go (an operator can requeue a failed one).
 */
import { letRequestsIn } from "~/util/let-requests-in";
import { inArray, sql, type SQL } from "drizzle-orm";
import { emailOutbox, outboxBodyKept } from "../../db/schema";
import type { Db } from "~/db.server";
import { getEnv } from "~/env.server";

const DAY_MS = 86_400_000;
/**
 * Rows blanked per transaction, with requests let in between. On the 7.4 GB benchmark file,
 * just after the morning burst, 250 held the event loop for up to 106 ms; 100 stay well under
 * the 100 ms that ADR 0016 allows the tick. (The update names its rows by id alone: repeating
 * the index's condition in it made SQLite read each body, 200 to 340 ms for 50 rows.)
 */
const SLICE = 100;
/** The most one tick spends blanking: a backlog (the first run after upgrading) drains over many ticks. */
const BUDGET_MS = 2_000;

/** The partial index's own condition, so SQLite can search that index. */
const bodyKept = outboxBodyKept(emailOutbox.status, emailOutbox.html);

export function bodyCutoff(now: Date, keepDays: number): Date {
  return new Date(now.getTime() - keepDays * DAY_MS);
}

/**
 * The next `limit` emails whose words are due to go, oldest first. INDEXED BY holds SQLite to
 * the partial index: left to itself it searches email_outbox_due_idx by status, which for
 * 'sent' is nearly every row.
 */
export function bodiesDue(cutoff: Date, limit: number): SQL {
  return sql`SELECT id FROM email_outbox INDEXED BY email_outbox_body_kept_idx WHERE ${bodyKept} AND ${emailOutbox.createdAt} < ${cutoff.getTime()} ORDER BY ${emailOutbox.createdAt} LIMIT ${limit}`;
}

/**
 * Blanks the bodies of sent and cancelled email queued more than `keepDays` before `now`,
 * oldest first, at most `max` rows and about `budgetMs` a call (each tick takes its share; a
 * backlog after an upgrade drains over many ticks). Returns how many were blanked.
 */
export async function pruneEmailBodies(db: Db, now: Date, { keepDays = getEnv().EMAIL_BODY_DAYS, max = 20_000, budgetMs = BUDGET_MS }: { keepDays?: number; max?: number; budgetMs?: number } = {}): Promise<number> {
  const cutoff = bodyCutoff(now, keepDays);
  const started = performance.now();
  let pruned = 0;
  while (pruned < max && performance.now() - started < budgetMs) {
    const limit = Math.min(SLICE, max - pruned);
    // One transaction: the rows chosen are the rows blanked, whatever another process does.
    const blanked = db.transaction((tx) => {
      const ids = tx.all<{ id: number }>(bodiesDue(cutoff, limit)).map((r) => r.id);
      return ids.length === 0 ? 0 : tx.update(emailOutbox).set({ html: "", text: "" }).where(inArray(emailOutbox.id, ids)).run().changes;
    }, { behavior: "immediate" });
    if (blanked === 0) break;
    pruned += blanked;
    await letRequestsIn();
  }
  return pruned;
}
