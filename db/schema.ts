/**
 * The whole core model. Timestamps are integer milliseconds (drizzle `timestamp_ms`);
 * course dates are ISO local dates ("2026-03-08") interpreted in the cohort's time zone.
 */
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

export const ROLES = ["participant", "facilitator", "admin"] as const;
export const SCHEDULES = ["daily", "weekdays"] as const;
/**
 * `pending`: a seat held for someone who enrolled on the public page but has not yet
 * confirmed it from their email (released when `holdUntil` passes).
 */
export const ENROLLMENT_STATUSES = ["pending", "active", "waitlisted", "withdrawn", "removed"] as const;
/**
 * `retro`: on day 30, looking back, where the participant now thinks they stood before day 1
 * (second edition on): growth measured against it does not depend on how generous day 1 was.
 */
export const ASSESSMENT_KINDS = ["baseline", "final", "retro"] as const;
/** `cancelled`: consent or the enrollment was withdrawn while the email waited; kept, never sent. */
export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed", "cancelled"] as const;
/**
 * Who reads a completed day's writing besides its author: `self` (only me), `facilitators`
 * (my cohort's facilitators, the default) or `cohort` (my facilitators and the participants
 * of my cohort, in the day's thread). Drafts are never shared, whatever the choice.
 */
export const DAY_VISIBILITIES = ["self", "facilitators", "cohort"] as const;
/** What a notification is about; its words are drawn from the live rows, never stored text. */
export const NOTIFICATION_KINDS = ["reply", "reaction", "feedback", "announcement"] as const;

/** 20 random bytes as lowercase hex (Web Crypto: this module is also read by the browser build). */
function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, "0")).join("");
}

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull().default("participant"),
    /** The participant's own zone and hour; null means "use the cohort's". */
    timeZone: text("time_zone"),
    sendHour: integer("send_hour"),
    dailyEmails: integer("daily_emails", { mode: "boolean" }).notNull().default(true),
    /** Facilitators' Monday digest of their cohorts; off from settings or its one-click link. */
    digestEmails: integer("digest_emails", { mode: "boolean" }).notNull().default(true),
    /** At most one email a day gathering replies to and reactions on this person's posts. */
    activityEmails: integer("activity_emails", { mode: "boolean" }).notNull().default(true),
    /** Set when someone unsubscribes from all course email (transactional mail still goes). */
    unsubscribedAt: integer("unsubscribed_at", { mode: "timestamp_ms" }),
    /**
     * 160 random bits in hex: the key of this person's one-click unsubscribe link. Given at
     * creation; accounts older than the column were backfilled by migration 0003.
     */
    unsubscribeToken: text("unsubscribe_token").$defaultFn(randomToken),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    uniqueIndex("users_unsubscribe_token_unique").on(t.unsubscribeToken),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_send_hour_range", sql`${t.sendHour} IS NULL OR ${t.sendHour} BETWEEN 0 AND 23`),
  ],
);

/** Lucia-style sessions: the id is the SHA-256 (hex) of the token; the token itself is never stored. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** One row per sign-in email: a magic-link token and a 6-digit code, both stored hashed. */
export const signInTokens = sqliteTable(
  "sign_in_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    /** Who asked (a hash of the client address), for per-client rate limits. */
    clientKey: text("client_key").notNull(),
    tokenHash: text("token_hash").notNull(),
    codeHash: text("code_hash").notNull(),
    codeAttempts: integer("code_attempts").notNull().default(0),
    redirectTo: text("redirect_to"),
    /** Set on the link of an enrollment email: using it (or its code) confirms that seat. */
    enrollmentId: integer("enrollment_id").references(() => enrollments.id, { onDelete: "set null" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sign_in_tokens_token_unique").on(t.tokenHash),
    index("sign_in_tokens_email_idx").on(t.email, t.createdAt),
    index("sign_in_tokens_client_idx").on(t.clientKey, t.createdAt),
    index("sign_in_tokens_expires_idx").on(t.expiresAt),
  ],
);

export const cohorts = sqliteTable(
  "cohorts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** The local date of day 1, "YYYY-MM-DD", in `timeZone`. */
    startsOn: text("starts_on").notNull(),
    timeZone: text("time_zone").notNull(),
    schedule: text("schedule", { enum: SCHEDULES }).notNull().default("daily"),
    sendHour: integer("send_hour").notNull().default(7),
    capacity: integer("capacity").notNull().default(40),
    enrollmentOpen: integer("enrollment_open", { mode: "boolean" }).notNull().default(true),
    /**
     * The edition of the course this cohort follows (a folder under content/editions), fixed
     * when it is created: a cohort keeps its lessons and assessment when a new edition lands.
     * Cohorts older than editions are on the first.
     */
    edition: text("edition").notNull().default("1"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("cohorts_slug_unique").on(t.slug),
    check("cohorts_starts_on_format", sql`${t.startsOn} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
    check("cohorts_send_hour_range", sql`${t.sendHour} BETWEEN 0 AND 23`),
    check("cohorts_capacity_positive", sql`${t.capacity} > 0`),
  ],
);

/**
 * A cohort's former addresses: links already sent in emails and calendars keep working,
 * redirected to the current address. A former address stays reserved for its cohort.
 */
export const cohortSlugs = sqliteTable("cohort_slugs", {
  slug: text("slug").primaryKey(),
  cohortId: integer("cohort_id")
    .notNull()
    .references(() => cohorts.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

export const cohortFacilitators = sqliteTable(
  "cohort_facilitators",
  {
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] }), index("cohort_facilitators_user_idx").on(t.userId)],
);

/**
 * Co-facilitators invited by email. The invitation is accepted when the address signs in
 * (link or code): that proves it, and the person then facilitates the cohort.
 */
export const facilitatorInvites = sqliteTable(
  "facilitator_invites",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    invitedBy: integer("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("facilitator_invites_cohort_email_unique").on(t.cohortId, t.email), index("facilitator_invites_email_idx").on(t.email)],
);

export const enrollments = sqliteTable(
  "enrollments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: ENROLLMENT_STATUSES }).notNull().default("active"),
    createdAt: createdAt(),
    /** When a withdrawn or removed enrollment left; work stays. */
    leftAt: integer("left_at", { mode: "timestamp_ms" }),
    /** Until when a `pending` seat is held for its unconfirmed enrollee. */
    holdUntil: integer("hold_until", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("enrollments_cohort_user_unique").on(t.cohortId, t.userId),
    index("enrollments_cohort_status_idx").on(t.cohortId, t.status, t.createdAt),
    index("enrollments_user_idx").on(t.userId),
  ],
);

export const dayProgress = sqliteTable(
  "day_progress",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enrollmentId: integer("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    day: integer("day").notNull(),
    exerciseAnswer: text("exercise_answer").notNull().default(""),
    reflection: text("reflection").notNull().default(""),
    rating: integer("rating"),
    /** See DAY_VISIBILITIES; `self` shows facilitators the status and rating only. */
    visibility: text("visibility", { enum: DAY_VISIBILITIES }).notNull().default("facilitators"),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("day_progress_enrollment_day_unique").on(t.enrollmentId, t.day),
    /** The email tick's completed days, read from the index alone (app/nudges/facts.server.ts). */
    index("day_progress_done_idx").on(t.enrollmentId, t.day).where(sql`${t.completedAt} IS NOT NULL`),
    check("day_progress_day_range", sql`${t.day} BETWEEN 1 AND 30`),
    check("day_progress_rating_range", sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 1 AND 5`),
  ],
);

export const assessmentAnswers = sqliteTable(
  "assessment_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enrollmentId: integer("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ASSESSMENT_KINDS }).notNull(),
    statementId: text("statement_id").notNull(),
    rating: integer("rating").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("assessment_answers_unique").on(t.enrollmentId, t.kind, t.statementId),
    check("assessment_answers_rating_range", sql`${t.rating} BETWEEN 1 AND 5`),
  ],
);

export const feedback = sqliteTable(
  "feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enrollmentId: integer("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    day: integer("day").notNull(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** When the participant saw it in the app (null: unread). */
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("feedback_enrollment_day_idx").on(t.enrollmentId, t.day),
    check("feedback_day_range", sql`${t.day} BETWEEN 1 AND 30`),
  ],
);

/**
 * Every email goes through here. `idempotencyKey` is fixed before any send
 * ("daily/<enrollment>/<day>", "report/<enrollment>", ...), so a retry or a second
 * tick can never produce a second email.
 */
/**
 * Sent or cancelled email that still has its words: what retention may blank. The partial
 * index and retention's query both use this one condition, since SQLite matches an index's
 * WHERE to a query's by its text (app/email/retention.server.ts).
 */
export const outboxBodyKept = (status: AnySQLiteColumn, html: AnySQLiteColumn) => sql`${status} IN ('sent', 'cancelled') AND ${html} != ''`;

export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    idempotencyKey: text("idempotency_key").notNull(),
    kind: text("kind").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    enrollmentId: integer("enrollment_id").references(() => enrollments.id, { onDelete: "set null" }),
    /** The course day a daily email is about (null for other kinds). */
    day: integer("day"),
    toAddress: text("to_address").notNull(),
    fromAddress: text("from_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    /** Extra headers as a JSON object (List-Unsubscribe and friends). */
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>().notNull().default({}),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** When the current retry window began: null means when it was queued; an operator's requeue sets it. */
    retryFrom: integer("retry_from", { mode: "timestamp_ms" }),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    /**
     * The Idempotency-Key of the provider call this row was claimed into, written before
     * the call. A row whose lease expired is sent again in the same batch under the same
     * key, so the provider deduplicates instead of sending twice.
     */
    batchKey: text("batch_key"),
    providerId: text("provider_id"),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("email_outbox_idempotency_unique").on(t.idempotencyKey),
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_user_idx").on(t.userId, t.createdAt),
    index("email_outbox_batch_idx").on(t.batchKey),
    index("email_outbox_enrollment_kind_idx").on(t.enrollmentId, t.kind, t.day),
    index("email_outbox_body_kept_idx").on(t.createdAt).where(outboxBodyKept(t.status, t.html)),
  ],
);

/**
 * A day's thread in a cohort. A top-level post is either someone's own words (`body`) or a
 * participant's shared answer (`progressId`: its text is read from day_progress when shown,
 * so changing the day's visibility or leaving the cohort takes effect at once). A reply has
 * a `parentId`. Deleting a post deletes its replies, reactions and reports.
 */
export const posts = sqliteTable(
  "posts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    day: integer("day").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    progressId: integer("progress_id").references(() => dayProgress.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => posts.id, { onDelete: "cascade" }),
    body: text("body").notNull().default(""),
    pinnedAt: integer("pinned_at", { mode: "timestamp_ms" }),
    /** Hidden by a facilitator: shown only to its author (marked) and the cohort's facilitators. */
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    hiddenBy: integer("hidden_by").references(() => users.id, { onDelete: "set null" }),
    editedAt: integer("edited_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("posts_thread_idx").on(t.cohortId, t.day, t.createdAt),
    index("posts_parent_idx").on(t.parentId),
    index("posts_author_idx").on(t.authorId),
    uniqueIndex("posts_progress_unique").on(t.progressId),
    check("posts_day_range", sql`${t.day} BETWEEN 1 AND 30`),
  ],
);

/** "This helped me": one per person and post. */
export const postReactions = sqliteTable(
  "post_reactions",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index("post_reactions_user_idx").on(t.userId)],
);

/** A participant asks the cohort's facilitators to look at a post; `resolvedAt` when one has. */
export const postReports = sqliteTable(
  "post_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    reporterId: integer("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull().default(""),
    createdAt: createdAt(),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    resolvedBy: integer("resolved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("post_reports_post_reporter_unique").on(t.postId, t.reporterId), index("post_reports_open_idx").on(t.resolvedAt, t.postId)],
);

/** A facilitator's message to the whole cohort: on each participant's home until read, and by email. */
export const announcements = sqliteTable(
  "announcements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("announcements_cohort_idx").on(t.cohortId, t.createdAt)],
);

/**
 * A live session of a cohort. `startsAt` is an instant; the form takes it as a local time in
 * the cohort's zone. The reminder goes an hour before through the outbox, keyed by session,
 * start and person, so it is sent once (and again only if the session moves).
 */
export const liveSessions = sqliteTable(
  "live_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    videoUrl: text("video_url").notNull(),
    agenda: text("agenda").notNull().default(""),
    recordingUrl: text("recording_url"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("live_sessions_cohort_idx").on(t.cohortId, t.startsAt), index("live_sessions_starts_idx").on(t.startsAt), check("live_sessions_duration_range", sql`${t.durationMinutes} BETWEEN 5 AND 480`)],
);

/**
 * What is new for a person: a reply to their post, a reaction on it, feedback on their work, an
 * announcement. The words shown are drawn from the rows it points at, with the same visibility
 * rules as the thread, so nothing deleted, hidden or made private lingers here. `emailedAt`:
 * included in a daily activity email (replies and reactions only).
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "cascade" }),
    postId: integer("post_id").references(() => posts.id, { onDelete: "cascade" }),
    feedbackId: integer("feedback_id").references(() => feedback.id, { onDelete: "cascade" }),
    announcementId: integer("announcement_id").references(() => announcements.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("notifications_user_unread_idx").on(t.userId, t.readAt),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_post_idx").on(t.postId),
    /**
     * The activity email's candidates: only what is neither emailed nor read
     * (app/community/activity-digest.server.ts). Replaces notifications_unemailed_idx, which
     * held every notification never emailed, read or not, and which the planner preferred.
     */
    index("notifications_pending_idx").on(t.kind, t.userId, t.cohortId, t.createdAt).where(sql`${t.emailedAt} IS NULL AND ${t.readAt} IS NULL`),
  ],
);

/**
 * A certificate of completion, issued once per enrollment when the participant has completed
 * at least 24 of the 30 days and the final assessment. What it states (the person's name, the
 * cohort, its dates, the facilitators) is written down when it is issued, so a certificate
 * reads the same later, whatever is renamed. `code` is the key of its public verify page: 160
 * random bits. Revoked certificates are kept (the verify page says so) and never re-issued.
 * Deleting the account deletes it with the enrollment.
 */
export const certificates = sqliteTable(
  "certificates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enrollmentId: integer("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    code: text("code").notNull().$defaultFn(randomToken),
    recipientName: text("recipient_name").notNull(),
    courseTitle: text("course_title").notNull(),
    cohortTitle: text("cohort_title").notNull(),
    /** Local dates of day 1 and day 30 in the cohort's zone, "YYYY-MM-DD". */
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    /** The cohort's facilitators' names when it was issued, joined for reading ("A and B"). */
    facilitatorNames: text("facilitator_names").notNull(),
    /** Days completed when it was issued (24 to 30). */
    daysCompleted: integer("days_completed").notNull(),
    issuedAt: integer("issued_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    revokedBy: integer("revoked_by").references(() => users.id, { onDelete: "set null" }),
    revokeReason: text("revoke_reason"),
  },
  (t) => [
    uniqueIndex("certificates_enrollment_unique").on(t.enrollmentId),
    uniqueIndex("certificates_code_unique").on(t.code),
    check("certificates_days_range", sql`${t.daysCompleted} BETWEEN 1 AND 30`),
  ],
);

/**
 * The email tick's last run, whichever process ran it (the server's own minute tick, or
 * `npm run emails:tick` from cron when SCHEDULER=off): /healthz reports it, so a tick that
 * stopped is seen before the email it should have sent is missed. One row per tick.
 */
export const tickRuns = sqliteTable("tick_runs", {
  name: text("name").primaryKey(),
  /** When the last run started; `finishedAt` is null while it runs (or if it never ended). */
  startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
  finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  durationMs: integer("duration_ms"),
  queued: integer("queued").notNull().default(0),
  sent: integer("sent").notNull().default(0),
  /** The last run's error, when it failed (null when it finished). */
  error: text("error"),
  /** When a run last finished without an error. */
  lastOkAt: integer("last_ok_at", { mode: "timestamp_ms" }),
});
