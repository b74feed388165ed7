/**
 * Hostile input on every route and action of the app, driven by the same route table as the
 * authorization matrix. Each action is sent, by an actor allowed to use it: an empty body,
 * JSON, text/plain, broken multipart, a 1 MB field, a 30 MB body, duplicated fields,
 * unicode/RTL/NUL text, absurd numbers and absurd dates; each loader gets over-long and
 * strange parameters. Pass: never a 5xx, /healthz still answers, and the database is
 * unchanged by every request that was refused.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import { castActors, type Cast } from "../support/actors";
import { ACTORS, ROUTE_TABLE, type Actor, type Sample } from "../support/route-table";
import { writeBody } from "../support/raw-http";
import { startApp, type RunningApp } from "../support/server";

let app: RunningApp;
let cast: Cast;
beforeAll(async () => {
  app = await startApp();
  cast = castActors(app.databaseFile);
});
afterAll(async () => {
  await app?.stop();
});

/** Rate-limit and session bookkeeping may change on a refused request (a wrong code counts); nothing else may. */
const BOOKKEEPING = new Set(["sessions", "sign_in_tokens", "__drizzle_migrations"]);

function databaseDigest(): string {
  const db = new Database(app.databaseFile, { readonly: true });
  try {
    const hash = createHash("sha256");
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      if (BOOKKEEPING.has(name)) continue;
      hash.update(name);
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

type Body = { type?: string; data: string | Buffer | { size: number } };

function send(method: string, path: string, cookie: string | null, body?: Body): Promise<number> {
  const { port } = new URL(app.url);
  const headers: Record<string, string> = { Origin: app.url };
  if (cookie) headers.Cookie = cookie;
  if (body?.type) headers["Content-Type"] = body.type;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(413) : reject(error)));
    writeBody(req, body?.data);
  });
}

const FORM = "application/x-www-form-urlencoded";
const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const STRANGE = ["\u202eevil\u202c", "nul\u0000byte", "名前🙂\u200d", "<script>alert(1)</script>", "' OR 1=1 --"];
const NUMBERS = ["99999999999999999999999", "-1", "1e308", "NaN", "0x10"];
const DATES = ["9999-12-31", "0000-00-00", "2026-02-30", "-271821-04-20"];

/** The hostile versions of one sample's request. */
function payloads(fields: Record<string, string>): [string, Body][] {
  const entries = Object.entries(fields);
  const names = entries.length > 0 ? entries.map(([k]) => k) : ["field"];
  const boundary = "----tripod";
  return [
    ["empty body", { type: FORM, data: "" }],
    ["JSON", { type: "application/json", data: JSON.stringify(fields) }],
    ["text/plain", { type: "text/plain", data: form(entries) }],
    ["multipart without a boundary", { type: "multipart/form-data", data: `--x\r\nContent-Disposition: form-data; name="${names[0]}"\r\n\r\nx\r\n--x--\r\n` }],
    ["truncated multipart", { type: `multipart/form-data; boundary=${boundary}`, data: `--${boundary}\r\nContent-Disposition: form-data; name="${names[0]}"\r\n\r\nhalf` }],
    ["a 1 MB field", { type: FORM, data: form([...entries, ...names.map((n): [string, string] => [n, "x".repeat(1_000_000 / names.length)])]) }],
    ["a 30 MB body", { type: FORM, data: { size: 30 * 1024 * 1024 } }],
    ["duplicated fields", { type: FORM, data: form([...entries, ...entries.map(([k]): [string, string] => [k, "second"]), ...entries]) }],
    ...STRANGE.map((text): [string, Body] => [`text ${JSON.stringify(text)}`, { type: FORM, data: form([...entries, ...names.map((n): [string, string] => [n, text])]) }]),
    ...NUMBERS.map((n): [string, Body] => [`number ${n}`, { type: FORM, data: form(names.map((k) => [k, n])) }]),
    ...DATES.map((d): [string, Body] => [`date ${d}`, { type: FORM, data: form(names.map((k) => [k, d])) }]),
  ];
}

/** Over-long and strange parameters in place of each dynamic segment, and in the query. */
function strangeUrls(url: string): string[] {
  const variants = [encodeURIComponent("\u202e\u0000x"), "9".repeat(40), "-1", "1e308", "%E2%82%AC", "x".repeat(4000), "..%2F..%2Fetc%2Fpasswd"];
  const segments = url.split("?")[0]!.split("/");
  const out = new Set<string>();
  segments.forEach((segment, i) => {
    if (i === 0 || segment === "") return;
    for (const v of variants) out.add([...segments.slice(0, i), v, ...segments.slice(i + 1)].join("/"));
  });
  out.add(`${url}${url.includes("?") ? "&" : "?"}redirectTo=%E2%82%AC%7F&email=${"a".repeat(5000)}&token=%00&day=1e308`);
  return [...out];
}

const firstAllowed = (sample: Sample): Actor => ACTORS.find((a) => sample.expect[a] === "allow")!;

describe("hostile input on every route", () => {
  it("never answers 5xx, stays up, and refused requests change nothing", { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    let requests = 0;
    const rows = Object.entries(ROUTE_TABLE).filter(([id]) => id !== "routes/logout");
    for (const [id, row] of rows) {
      const url = row.url(cast.world);
      if (row.get) {
        const actor = ACTORS.find((a) => row.get![a] === "allow") ?? "anonymous";
        for (const strange of strangeUrls(url)) {
          requests++;
          const status = await send("GET", strange, cast.cookies[actor]);
          if (status >= 500) failures.push(`GET ${strange.slice(0, 120)} (${id}) as ${actor}: ${status}`);
        }
      }
      for (const sample of row.posts ?? []) {
        const actor = firstAllowed(sample);
        for (const [name, body] of payloads(sample.fields(cast.world))) {
          requests++;
          const before = databaseDigest();
          const status = await send("POST", url, cast.cookies[actor], body);
          if (status >= 500) failures.push(`POST ${url} [${sample.intent}] ${name} as ${actor}: ${status}`);
          else if (status >= 400 && databaseDigest() !== before) failures.push(`POST ${url} [${sample.intent}] ${name} as ${actor}: refused with ${status} but changed the database`);
        }
      }
      const health = await send("GET", "/healthz", null);
      if (health !== 200) failures.push(`after ${id}: /healthz answered ${health}`);
    }
    console.log(`hostile input: ${requests} requests over ${rows.length} routes, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });
});
