import { loader } from "~/routes/healthz";
import { closeDb } from "~/db.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";

let t: TestDatabase;
beforeEach(() => (t = freshDatabase()));
afterEach(() => removeDatabase(t));

describe("GET /healthz", () => {
  it("answers 200 with a database round-trip", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true } });
    expect(typeof body.database.roundTripMs).toBe("number");
  });

  it("answers 503 when the database cannot be reached", async () => {
    t.db.$client.close();
    const response = await loader();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: { ok: false } });
    closeDb();
  });
});
