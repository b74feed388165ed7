/**
 * The seeder's prepared statements, and its outbox writer: sent rows in batches of a hundred
 * under one random batch key, as the deliverer leaves them.
 */
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import type { Body } from "./bodies";

const FROM = "Tripod <course@tripod.example.org>";

export function statementsOf(sqlite: Database.Database) {
  const p = (sql: string) => sqlite.prepare(sql);
  return {
    cohort: p("insert into cohorts (slug, title, starts_on, time_zone, schedule, send_hour, capacity, enrollment_open, edition, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    team: p("insert into cohort_facilitators (cohort_id, user_id, created_at) values (?, ?, ?)"),
    user: p("insert into users (email, name, role, time_zone, send_hour, daily_emails, digest_emails, activity_emails, unsubscribed_at, unsubscribe_token, created_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"),
    enrollment: p("insert into enrollments (cohort_id, user_id, status, created_at, left_at, hold_until) values (?, ?, ?, ?, ?, ?)"),
    progress: p("insert into day_progress (enrollment_id, day, exercise_answer, reflection, rating, visibility, completed_at, updated_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    assessment: p("insert into assessment_answers (enrollment_id, kind, statement_id, rating, updated_at) values (?, ?, ?, ?, ?)"),
    session: p("insert into sessions (id, user_id, expires_at, created_at) values (?, ?, ?, ?)"),
    post: p("insert into posts (cohort_id, day, author_id, progress_id, parent_id, body, hidden_at, hidden_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    reaction: p("insert or ignore into post_reactions (post_id, user_id, created_at) values (?, ?, ?)"),
    report: p("insert into post_reports (post_id, reporter_id, reason, created_at, resolved_at, resolved_by) values (?, ?, ?, ?, ?, ?)"),
    feedback: p("insert into feedback (enrollment_id, day, author_id, body, read_at, created_at) values (?, ?, ?, ?, ?, ?)"),
    announcement: p("insert into announcements (cohort_id, author_id, title, body, created_at) values (?, ?, ?, ?, ?)"),
    live: p("insert into live_sessions (cohort_id, title, starts_at, duration_minutes, video_url, agenda, recording_url, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    notification: p("insert into notifications (user_id, kind, cohort_id, actor_id, post_id, feedback_id, announcement_id, created_at, read_at, emailed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    outbox: p(
      "insert or ignore into email_outbox (idempotency_key, kind, user_id, enrollment_id, day, to_address, from_address, subject, html, text, headers, status, attempts, next_attempt_at, batch_key, provider_id, sent_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent', 1, ?, ?, ?, ?, ?)",
    ),
  };
}

export type Statements = ReturnType<typeof statementsOf>;
export type Mail = (email: { key: string; kind: string; userId: number; enrollmentId: number | null; day?: number | null; to: string; body: Body; at: number }) => void;

/**
 * Writes sent outbox rows (a key already there is skipped, as the app does). Rows sent before
 * `bodiesFrom` are written without their HTML and text: a year of full bodies would be tens of
 * gigabytes, more than the benchmark can write in its time. `elidedBytes` says how much was
 * left out, so the report can state the file size the app would really have.
 */
export function outboxWriter(st: Statements, bodiesFrom: number): { mail: Mail; count: () => number; elidedBytes: () => number } {
  let batch = "";
  let n = 0;
  let elided = 0;
  const mail: Mail = (e) => {
    if (n % 100 === 0) batch = `tripod-batch-${randomUUID()}`;
    n++;
    const full = e.at >= bodiesFrom;
    if (!full) elided += e.body.html.length + e.body.text.length;
    st.outbox.run(e.key, e.kind, e.userId, e.enrollmentId, e.day ?? null, e.to, FROM, e.body.subject, full ? e.body.html : "", full ? e.body.text : "", e.body.headers, e.at, batch, randomUUID(), e.at + 2_000, e.at);
  };
  return { mail, count: () => n, elidedBytes: () => elided };
}

/** A new row's id. */
export function idOf(result: Database.RunResult): number {
  return Number(result.lastInsertRowid);
}
