import { loader as mailboxLoader } from "~/routes/dev.mail._index";
import { isLoopback } from "~/email/mailbox.server";
import { freshDatabase, removeDatabase, type TestDatabase } from "../support/db";
import { context, getRequest, run } from "../support/remix";

let t: TestDatabase;
beforeEach(() => {
  t = freshDatabase();
});
afterEach(() => removeDatabase(t));

describe("the local mailbox", () => {
  it("knows the loopback addresses, in every spelling Node gives them", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1", "localhost"]) expect(isLoopback(address), address).toBe(true);
    for (const address of ["0.0.0.0", "203.0.113.7", "::ffff:10.0.0.1", "::", "example.com", "127.0.0.1.example.com"]) expect(isLoopback(address), address).toBe(false);
  });

  it("opens for someone at this machine and is a 404 for a request from anywhere else", async () => {
    const local = await run(mailboxLoader, getRequest("/dev/mail"), {}, context("127.0.0.1"));
    expect(local).toHaveProperty("emails");
    const remote = (await run(mailboxLoader, getRequest("/dev/mail"), {}, context("203.0.113.7"))) as Response;
    expect(remote.status).toBe(404);
  });
});
