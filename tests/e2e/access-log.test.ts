/**
 * The operator's access log, read off the real server's stdout: one JSON line per request
 * with method, route, status and time, and never a token, a cookie or an answer, even when
 * they travel in the path, the query string, a header or the body.
 */
import { openDatabase } from "../../db/client";
import { sqlOn } from "../support/e2e";
import { startApp, type RunningApp } from "../support/server";
import { signedInCookie } from "../support/sessions";

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ env: { LOG_LEVEL: "info", APP_NOW: "2026-11-22T15:00:00Z" } });
});
afterAll(() => app?.stop());

type Line = { level: number; msg: string; route?: string; req?: { id: string; method: string }; res?: { status: number }; responseTime?: number };
const accessLines = () =>
  app
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Line)
    .filter((l) => l.res !== undefined);

describe("the access log", () => {
  it("has one line per request with method, route, status and time, and no secret or answer", async () => {
    const { enrollmentId, userId, unsubscribeToken } = sqlOn(app.databaseFile, (db) =>
      db
        .prepare("select e.id as enrollmentId, u.id as userId, u.unsubscribe_token as unsubscribeToken from enrollments e join users u on u.id = e.user_id where u.email = 'participant@example.com'")
        .get() as { enrollmentId: number; userId: number; unsubscribeToken: string },
    );
    const db = openDatabase(app.databaseFile);
    const cookie = signedInCookie(db, userId, new Date("2026-11-22T15:00:00Z"));
    db.$client.close();
    const sessionToken = cookie.split("=")[1]!;
    const answer = "ANSWER-MARKER-7f3a what I would never want in a log";
    const signInToken = "SIGNIN-TOKEN-0b1c2d3e4f";
    const calendarKey = "CALKEY-99aa88bb";
    const strayToken = "STRAY-TOKEN-5e6f";

    const requests: [string, RequestInit?][] = [
      [`/login/verify?token=${signInToken}`],
      [`/unsubscribe/${unsubscribeToken}`],
      [`/cohorts/demo/my-calendar.ics?member=${enrollmentId}.${calendarKey}`],
      [`/learn/${enrollmentId}/days/10`, { headers: { cookie } }],
      [
        `/learn/${enrollmentId}/days/10`,
        { method: "POST", headers: { cookie, origin: app.url, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ intent: "save", exerciseAnswer: answer, reflection: "", visibility: "self" }).toString() },
      ],
      [`/unsubscribe/${strayToken}/extra`],
      ["/healthz"],
      ["/course", { headers: { "x-request-id": "lb-req-42" } }],
    ];
    const answers: { status: number; id: string | null }[] = [];
    for (const [path, init] of requests) {
      const response = await fetch(`${app.url}${path}`, { redirect: "manual", ...init });
      await response.arrayBuffer();
      answers.push({ status: response.status, id: response.headers.get("x-request-id") });
    }
    // The POST saved (the answer really passed through the server).
    expect(answers[4]!.status).toBe(200);
    expect(sqlOn(app.databaseFile, (d) => d.prepare("select count(*) as n from day_progress where exercise_answer = ?").get(answer) as { n: number }).n).toBe(1);

    await new Promise((r) => setTimeout(r, 200)); // pino writes asynchronously
    const lines = accessLines();
    const routes = lines.map((l) => `${l.req!.method} ${l.route} ${l.res!.status}`);
    expect(routes).toEqual([
      `GET /login/verify ${answers[0]!.status}`,
      `GET /unsubscribe/:token ${answers[1]!.status}`,
      `GET /cohorts/:slug/my-calendar.ics ${answers[2]!.status}`,
      "GET /learn/:enrollmentId/days/:day 200",
      "POST /learn/:enrollmentId/days/:day 200",
      `GET (no route) ${answers[5]!.status}`,
      // /healthz is left out while it is fine: load balancers ask every few seconds.
      "GET /course 200",
    ]);
    for (const line of lines) {
      expect(typeof line.responseTime).toBe("number");
      expect(line.msg).toBe(`${line.req!.method} ${line.route} ${line.res!.status} ${Math.round(line.responseTime!)}ms`);
    }
    // Each answer carries the id its line has; a proxy's id is kept.
    expect(lines.map((l) => l.req!.id)).toEqual(answers.filter((_, i) => i !== 6).map((a) => a.id));
    expect(lines.at(-1)!.req!.id).toBe("lb-req-42");

    // Everything the server wrote after its banner (which names the demo accounts on purpose).
    const everything = app.output().split("Press Ctrl+C to stop.")[1]!;
    for (const secret of [signInToken, unsubscribeToken, calendarKey, strayToken, sessionToken, "ANSWER-MARKER-7f3a", "participant@example.com"]) {
      expect(everything, `the log holds ${secret}`).not.toContain(secret);
    }
  });
});
