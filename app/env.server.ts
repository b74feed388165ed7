/**
 * Every setting the app reads, parsed once and validated with zod.
 * Local use needs no configuration; production (NODE_ENV=production) must name
 * APP_URL, RESEND_API_KEY and EMAIL_FROM, or start-up stops with one message
 * that lists each bad variable.
 */
import path from "node:path";
import { z } from "zod";

const isoInstant = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)) && /\d{4}-\d{2}-\d{2}T/.test(s), {
    message: "must be an ISO instant such as 2026-03-08T07:00:00Z",
  });

const base = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default(path.join("data", "tripod.db")),
  CONTENT_DIR: z.string().min(1).default("content"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("localhost"),
  APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  EMAIL_FROM: z.string().min(3).default("Tripod <course@tripod.localhost>"),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  APP_NOW: isoInstant.optional(),
  SCHEDULER: z.enum(["on", "off"]).default("on"),
  /** How often the server's scheduler runs the email tick. */
  TICK_INTERVAL_SECONDS: z.coerce.number().int().min(5, "must be at least 5").max(3600, "must be at most 3600 (an hour)").default(60),
  /** `on` adds the benchmark's control page (/bench/lesson/:day); never needed in production. */
  BENCH_ROUTES: z.enum(["on", "off"]).default("off"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** How long an email that keeps failing for a passing reason is retried before it is failed. */
  EMAIL_RETRY_HOURS: z.coerce.number().int().min(1, "must be at least 1").max(24 * 14, "must be at most 336 (two weeks)").default(24),
  /** Days a sent or cancelled email keeps its HTML and text; after that only its subject, dates and status stay. */
  EMAIL_BODY_DAYS: z.coerce.number().int().min(1, "must be at least 1").max(3650, "must be at most 3650 (ten years)").default(30),
  /** Resend's request rate limit for this account (2 a second by default); delivery paces to it. */
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().positive().max(1000).default(2),
  /** /healthz says "degraded" when an email has been due for longer than this. */
  HEALTH_EMAIL_LAG_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** /healthz says "degraded" when the email tick last started longer ago than this (stopped, hung or lost from cron). */
  HEALTH_TICK_LAG_MINUTES: z.coerce.number().int().min(2).max(24 * 60).default(10),
  /**
   * Whose X-Forwarded-For and X-Forwarded-Proto to believe (the client address for rate
   * limits, http or https): `loopback` (a proxy on this host), `off`, a number of proxy hops,
   * or a comma-separated list of addresses or CIDR ranges.
   */
  TRUST_PROXY: z
    .string()
    .default("loopback")
    .refine((v) => /^(loopback|off|\d{1,2}|[0-9a-fA-F:.\/]+(\s*,\s*[0-9a-fA-F:.\/]+)*)$/.test(v), {
      message: "must be loopback, off, a number of hops, or addresses or CIDR ranges separated by commas",
    }),
});

export type Env = z.infer<typeof base> & { isProduction: boolean };

const PRODUCTION_REQUIRED = ["APP_URL", "RESEND_API_KEY", "EMAIL_FROM"] as const;

/** Variables treated as unset when empty, so `FOO= npm start` means "use the default". */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const raw = withoutEmpty(source);
  // The server process runs React and Remix in production mode whatever the app's mode;
  // it records the mode the operator chose in TRIPOD_MODE (see app/server/start.ts).
  if (raw.TRIPOD_MODE) raw.NODE_ENV = raw.TRIPOD_MODE;
  const problems: string[] = [];
  if (raw.NODE_ENV === "production") {
    for (const name of PRODUCTION_REQUIRED) {
      if (!raw[name]) problems.push(`${name} is required in production`);
    }
    if (raw.APP_URL && !raw.APP_URL.startsWith("https://")) {
      problems.push("APP_URL must be an https:// URL in production");
    }
  }
  const parsed = base.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "environment");
      if (!problems.some((p) => p.startsWith(`${name} `))) problems.push(`${name} ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, env: { ...parsed.data, isProduction: parsed.data.NODE_ENV === "production" } };
}

export function formatEnvProblems(problems: string[]): string {
  return [
    "Tripod cannot start: the configuration has problems.",
    ...problems.map((p) => `  - ${p}`),
    "Set these environment variables (see the configuration table in README.md) and start again.",
  ].join("\n");
}

let cached: Env | undefined;

/** The validated settings; throws once with every problem named. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(formatEnvProblems(result.problems));
  cached = result.env;
  return cached;
}

/** For CLIs and the server process: the settings, or one clear message and exit code 1. */
export function getEnvOrExit(): Env {
  const result = parseEnv(process.env);
  if (!result.ok) {
    process.stderr.write(`${formatEnvProblems(result.problems)}\n`);
    process.exit(1);
  }
  cached = result.env;
  return cached;
}

/** Forgets the parsed settings so the next read sees process.env afresh (tests only). */
export function resetEnvCache(): void {
  cached = undefined;
}
