/** A fresh database and a fake Resend for each test of a file, closed after it. */
import { freshDatabase, removeDatabase, type TestDatabase } from "./db";
import { startFakeResend, type FakeResend } from "./fake-resend";

export function useDatabaseAndFakeResend(set: (t: TestDatabase, fake: FakeResend) => void): void {
  let current: { t: TestDatabase; fake: FakeResend } | undefined;
  beforeEach(async () => {
    current = { t: freshDatabase(), fake: await startFakeResend() };
    set(current.t, current.fake);
  });
  afterEach(async () => {
    await current!.fake.close();
    removeDatabase(current!.t);
  });
}
