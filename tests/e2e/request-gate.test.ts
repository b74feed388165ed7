/**
 * What reaches the server before any route runs, against the app as `npm start` runs it
 * (128 MB heap): oversized and malformed bodies, odd methods, legacy data requests and
 * headers a proxy may rewrite. Pass: a 4xx (never a 5xx), and the server still answers.
 */
import http from "node:http";
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { openDatabase } from "../../db/client";
import { createSession, SESSION_COOKIE } from "~/auth/session.server";
import { writeBody } from "../support/raw-http";
import { startApp, type RunningApp } from "../support/server";

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };

/** One raw HTTP request (fetch would not let a test set Host or stream 30 MB cheaply). */
function send(method: string, path: string, options: { headers?: Record<string, string>; body?: Buffer | string | { size: number } } = {}): Promise<Answer> {
  const { port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c.length < 4096 ? c : c.slice(0, 4096)));
      res.on("end", () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    // A server that answers early and closes may cut a large upload short: that is fine.
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve({ status: 0, body: error.code, headers: {} }) : reject(error)));
    writeBody(req, options.body);
  });
}

async function healthy() {
  const answer = await send("GET", "/healthz");
  expect(answer.status).toBe(200);
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

describe("bodies", () => {
  for (const path of ["/login", "/cohorts/demo", "/learn/1/days/1"]) {
    it(`a 30 MB form posted to ${path} is refused with 413 and the server stays up`, async () => {
      const declared = await send("POST", path, { headers: { ...FORM, "Content-Length": String(30 * 1024 * 1024) }, body: { size: 30 * 1024 * 1024 } });
      expect([413, 0]).toContain(declared.status);
      // Chunked: no length announced, so the ceiling is found while reading.
      const chunked = await send("POST", path, { headers: { ...FORM, "Transfer-Encoding": "chunked" }, body: { size: 30 * 1024 * 1024 } });
      expect([413, 0]).toContain(chunked.status);
      await healthy();
    });
  }

  it("answers 413 with a message a person can read, and never echoes the body", async () => {
    const answer = await send("POST", "/login", { headers: FORM, body: `email=${"x".repeat(2 * 1024 * 1024)}` });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatch(/too large/);
    expect(answer.body).not.toMatch(/xxxx/);
  });

  const BAD_BODIES: [string, Record<string, string>, string][] = [
    ["JSON", { "Content-Type": "application/json" }, JSON.stringify({ email: "a@example.com" })],
    ["text/plain", { "Content-Type": "text/plain" }, "email=a@example.com"],
    ["no content type", {}, "email=a@example.com"],
    ["multipart without a boundary", { "Content-Type": "multipart/form-data" }, "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na\r\n--x--\r\n"],
    ["truncated multipart", { "Content-Type": "multipart/form-data; boundary=x" }, "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@exa"],
  ];
  for (const [name, headers, body] of BAD_BODIES) {
    it(`a ${name} body gets a 4xx on every kind of action`, async () => {
      for (const path of ["/login", "/login/code", "/cohorts/demo", "/settings", "/account", "/facilitate/cohorts/new"]) {
        const answer = await send("POST", path, { headers, body });
        expect(answer.status, `${name} to ${path}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${name} to ${path}`).toBeLessThan(500);
      }
      await healthy();
    });
  }
});

describe("caching", () => {
  it("a page that may be personal is never publicly cacheable; an anonymous one may be", async () => {
    const anonymous = await send("GET", "/course");
    expect(anonymous.headers["cache-control"]).toMatch(/public/);
    expect(anonymous.headers.vary).toMatch(/Cookie/);
    const withCookie = await send("GET", "/course", { headers: { Cookie: "tripod_session=abc" } });
    expect(withCookie.headers["cache-control"] ?? "").not.toMatch(/public/);
    for (const answer of [anonymous, withCookie]) if (answer.headers["set-cookie"]) expect(answer.headers["cache-control"]).toBe("private, no-store");
  });

  it("a signed-in visitor's page, which names them, is private", async () => {
    const db = openDatabase(app.databaseFile);
    const user = db.select().from(users).where(eq(users.email, "participant@example.com")).get()!;
    // A session from 20 days ago: the visit slides its expiry and sends a new cookie.
    const session = createSession(db, user.id, new Date(Date.now() - 20 * 86_400_000));
    db.$client.close();
    const answer = await send("GET", "/course", { headers: { Cookie: `${SESSION_COOKIE}=${session.token}` } });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(user.name);
    expect(answer.headers["cache-control"] ?? "").not.toMatch(/public/);
    if (answer.headers["set-cookie"]) expect(answer.headers["cache-control"]).toBe("private, no-store");
  });
});

describe("methods, legacy requests and proxy headers", () => {
  it("TRACE, PUT and DELETE get 405 with Allow", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const answer = await send(method, "/login");
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD, POST");
    }
  });

  it("a legacy ?_data= request is a 400, on any route", async () => {
    for (const path of ["/?_data=root", "/login?_data=routes%2Flogin._index", "/cohorts/demo?_data=routes%2Fcohorts.%24slug._index"]) {
      expect((await send("GET", path)).status, path).toBe(400);
    }
  });

  it("a Host or X-Forwarded-Host that differs from the Origin does not break a form post", async () => {
    const origin = new URL(app.url).origin;
    for (const headers of [{ Host: "tripod.internal:8080" }, { "X-Forwarded-Host": "proxy.example" }] as Record<string, string>[]) {
      const answer = await send("POST", "/login", { headers: { ...FORM, Origin: origin, ...headers }, body: "email=participant%40example.com" });
      expect(answer.status, JSON.stringify(headers)).toBeLessThan(500);
      expect(answer.status, JSON.stringify(headers)).not.toBe(403);
    }
  });

  it("a form from another site is still refused", async () => {
    const answer = await send("POST", "/login", { headers: { ...FORM, Origin: "https://evil.example" }, body: "email=participant%40example.com" });
    expect(answer.status).toBe(403);
  });

  it("a request target that is not a path is a 400", async () => {
    expect((await send("GET", "http://evil.example/login")).status).toBe(400);
  });
});

describe("the local mailbox", () => {
  it("is a 404 when the app listens beyond loopback, whatever NODE_ENV says", async () => {
    const exposed = await startApp({ env: { HOST: "0.0.0.0" } });
    try {
      const { port } = new URL(exposed.url);
      expect((await fetch(`http://127.0.0.1:${port}/dev/mail`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await exposed.stop();
    }
    expect((await fetch(`${app.url}/dev/mail`)).status).toBe(200);
  });
});

describe("one-click unsubscribe (RFC 8058)", () => {
  it("is accepted from any origin, with any body, and stops course email", async () => {
    const db = openDatabase(app.databaseFile);
    const people = db.select().from(users).all().filter((u) => u.role === "participant").slice(0, 4);
    db.$client.close();
    const cases: [Record<string, string>, string][] = [
      [{ "Content-Type": FORM["Content-Type"], Origin: "https://mail.example.net" }, "List-Unsubscribe=One-Click"],
      [{ "Content-Type": FORM["Content-Type"], Origin: "null" }, "List-Unsubscribe=One-Click"],
      [{ "Content-Type": "application/json", Origin: "https://webmail.example" }, JSON.stringify({ unsubscribe: true })],
      [{ "Content-Type": "multipart/form-data" }, "--broken"],
    ];
    for (const [i, [headers, body]] of cases.entries()) {
      const answer = await send("POST", `/unsubscribe/${people[i]!.unsubscribeToken}`, { headers, body });
      expect(answer.status, JSON.stringify(headers)).toBe(200);
    }
    const after = openDatabase(app.databaseFile);
    const unsubscribed = after.select().from(users).all().filter((u) => people.some((p) => p.id === u.id) && u.unsubscribedAt !== null);
    after.$client.close();
    expect(unsubscribed).toHaveLength(4);
  });
});

describe("a CSV upload to the invitation page (multipart, within the 1 MiB ceiling)", () => {
  const BOUNDARY = "----tripod-upload";
  function multipart(file: Buffer, fields: Record<string, string> = { intent: "preview", invitees: "" }): Buffer {
    const parts = Object.entries(fields).map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    return Buffer.concat([
      Buffer.from(parts.join("")),
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="people.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]);
  }
  function facilitator(): Record<string, string> {
    const db = openDatabase(app.databaseFile);
    try {
      const user = db.select().from(users).where(eq(users.email, "facilitator@example.com")).get()!;
      return { Cookie: `${SESSION_COOKIE}=${createSession(db, user.id, new Date()).token}`, Origin: new URL(app.url).origin, "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` };
    } finally {
      db.$client.close();
    }
  }
  function counts() {
    const db = openDatabase(app.databaseFile);
    try {
      return { users: db.select().from(users).all().length, mail: db.$client.prepare("SELECT count(*) AS n FROM email_outbox").get() };
    } finally {
      db.$client.close();
    }
  }
  const path = "/facilitate/cohorts/demo/invite";

  it("previews a small file, and writes nothing", async () => {
    const before = counts();
    const answer = await send("POST", path, { headers: facilitator(), body: multipart(Buffer.from("\uFEFFName,Email\r\nJosé Fernández,jose.upload@example.org\r\n")) });
    expect(answer.status).toBe(200);
    expect(counts()).toEqual(before);
  });

  it("refuses an upload over 1 MiB with 413, a file over 256 KB with a 400 that says so, garbled and binary ones with a 400", async () => {
    const before = counts();
    const huge = await send("POST", path, { headers: facilitator(), body: multipart(Buffer.alloc(2 * 1024 * 1024, "a")) });
    expect([413, 0]).toContain(huge.status);
    const large = await send("POST", path, { headers: facilitator(), body: multipart(Buffer.alloc(300 * 1024, "a")) });
    expect(large.status).toBe(400); // the page says why; tests/integration/invitations.test.ts reads the words
    const truncated = multipart(Buffer.from("name,email\nada@example.org")).subarray(0, 150);
    expect((await send("POST", path, { headers: facilitator(), body: truncated })).status).toBe(400);
    const binary = await send("POST", path, { headers: facilitator(), body: multipart(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])) });
    expect(binary.status).toBe(400);
    expect(counts()).toEqual(before);
    await healthy();
  });
});
