/**
 * Deleting an account while email that names the person is in flight. Deletion rewrites the
 * queued copies of other people's emails (the name becomes "a former participant") and
 * deletes the person's own. When a batch holding them was already handed to the provider,
 * its retry carries the same idempotency key with a different payload: Resend answers 409
 * for that, and the batch must count as sent, not go out again. When the first attempt never
 * reached the provider, the retry must carry the rewritten words only.
 */
import { eq } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import { deleteAccount } from "~/account/my-data/deletion.server";
import { deliverDue } from "~/email/deliver.server";
import { enqueueEmail } from "~/email/outbox.server";
import { resendTransport } from "~/email/transport.server";
import type { TestDatabase } from "../support/db";
import type { FakeResend } from "../support/fake-resend";
import { createUser } from "../support/fixtures";
import { useDatabaseAndFakeResend } from "../support/mail-env";

let t: TestDatabase;
let fake: FakeResend;
useDatabaseAndFakeResend((db, f) => ([t, fake] = [db, f]));

const T0 = new Date("2026-11-21T12:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const NAME = "Dana Deletia";

/** Dana, Bo, and one batch-to-be: an email to Bo that names Dana, and one to Dana herself. */
function setUp() {
  const dana = createUser(t.db, "dana.deletia@example.org", "participant", NAME);
  const bo = createUser(t.db, "bo@example.org", "participant", "Bo Beck");
  const toBo = enqueueEmail(
    t.db,
    { key: "activity/bo/1", kind: "test", to: bo.email, userId: bo.id, subject: `${NAME} replied to your post`, html: `<p>${NAME} replied to your post.</p>`, text: `${NAME} replied to your post.` },
    T0,
  ).id;
  const toDana = enqueueEmail(t.db, { key: "activity/dana/1", kind: "test", to: "dana.deletia@example.org", userId: dana.id, subject: "Bo Beck replied", html: "<p>Bo Beck replied.</p>", text: "Bo Beck replied." }, T0).id;
  return { dana, bo, toBo, toDana };
}

const transport = () => resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
const row = (id: number) => t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).get();

describe("deleting an account while its email is in flight", () => {
  it("counts a batch the provider already took as sent when its rewritten retry is refused (409), and sends nothing twice", async () => {
    const { dana, toBo, toDana } = setUp();
    // The provider takes the batch, and the answer is lost: the rows go back to wait.
    fake.faults.acceptThenFailRate = 1;
    expect(await deliverDue(t.db, transport(), () => T0)).toMatchObject({ sent: 0, retrying: 2 });
    expect(fake.accepted.map((a) => a.to[0]).sort()).toEqual(["bo@example.org", "dana.deletia@example.org"]);
    fake.faults.acceptThenFailRate = 0;

    expect(await deleteAccount(t.db, dana.id, minutes(1))).toMatchObject({ ok: true });
    expect(row(toDana)).toBeUndefined();
    expect(row(toBo)!.text).toBe("A former participant replied to your post.");

    // The retry is the same batch under the same key, now one email and other words.
    await deliverDue(t.db, transport(), () => minutes(30));
    expect(fake.requests.map((r) => r.status)).toEqual([500, 409]);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(fake.accepted).toHaveLength(2); // nothing went twice
    expect(row(toBo)).toMatchObject({ status: "sent", leaseUntil: null });
    expect(row(toBo)!.lastError).toMatch(/sent by an earlier attempt/);
    // A later tick finds nothing left to send.
    expect(await deliverDue(t.db, transport(), () => minutes(60))).toMatchObject({ batches: 0 });
  });

  it("sends only the rewritten words when the first attempt never reached the provider", async () => {
    const { dana, toBo } = setUp();
    fake.faults.serverErrorRate = 1;
    await deliverDue(t.db, transport(), () => T0);
    expect(fake.accepted).toHaveLength(0);
    fake.faults.serverErrorRate = 0;

    expect(await deleteAccount(t.db, dana.id, minutes(1))).toMatchObject({ ok: true });
    await deliverDue(t.db, transport(), () => minutes(30));

    expect(fake.accepted).toHaveLength(1);
    const [sent] = fake.accepted;
    expect(sent!.to).toEqual(["bo@example.org"]);
    expect(JSON.stringify(sent)).not.toContain("Dana");
    expect(sent!.subject).toBe("A former participant replied to your post");
    expect(row(toBo)).toMatchObject({ status: "sent" });
  });
});
