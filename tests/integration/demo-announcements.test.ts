/** The demo cohort has an announcement from its facilitator, read by some and not by the demo participant. */
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { announcements, enrollments, notifications, users } from "../../db/schema";
import { DEMO_ANNOUNCEMENT } from "../../db/seed/demo-announcements";
import { seedDemo } from "../../db/seed/demo";
import { DEMO_PARTICIPANT_EMAIL } from "../../db/seed/demo-people";
import { loader as homeLoader } from "~/routes/learn.$enrollmentId._index";
import { loader as rootLoader } from "~/root";
import { useDatabaseAt } from "../support/db";
import { getRequest, run } from "../support/remix";
import { signedInCookie } from "../support/sessions";

const NOW = new Date("2026-11-21T20:00:00Z");
const t = useDatabaseAt(NOW);

describe("the demo's announcement", () => {
  it("is from the demo facilitator, read by some participants and not by the demo participant, whose home shows it first", async () => {
    seedDemo(t.db, NOW);
    const [sent, ...more] = t.db.select().from(announcements).all();
    expect(more).toEqual([]);
    expect(sent).toMatchObject({ title: DEMO_ANNOUNCEMENT.title });
    expect(t.db.select().from(users).where(eq(users.id, sent!.authorId!)).get()!.email).toBe("facilitator@example.com");
    const told = t.db.select().from(notifications).where(eq(notifications.kind, "announcement")).all();
    expect(told).toHaveLength(24);
    const read = told.filter((n) => n.readAt !== null).length;
    expect(read).toBeGreaterThan(5);
    expect(read).toBeLessThan(24);

    const demo = t.db.select().from(users).where(eq(users.email, DEMO_PARTICIPANT_EMAIL)).get()!;
    expect(told.find((n) => n.userId === demo.id)!.readAt).toBeNull();
    const enrollment = t.db.select().from(enrollments).where(eq(enrollments.userId, demo.id)).get()!;
    const cookie = signedInCookie(t.db, demo.id, NOW);
    const home = (await run(homeLoader, getRequest(`/learn/${enrollment.id}`, { cookie }), { enrollmentId: String(enrollment.id) })) as { announcements: { title: string }[] };
    expect(home.announcements.map((a) => a.title)).toEqual([DEMO_ANNOUNCEMENT.title]);
    // The header counts it, with the feedback the demo participant has not read yet (and anything else new).
    const unread = (kind?: "feedback") => t.db.select().from(notifications).where(and(eq(notifications.userId, demo.id), isNull(notifications.readAt), kind ? eq(notifications.kind, kind) : undefined)).all().length;
    expect(unread("feedback")).toBe(1);
    expect(unread()).toBeGreaterThanOrEqual(2);
    expect(((await run(rootLoader, getRequest("/", { cookie }))) as { data: { user: { unreadNotifications: number } } }).data.user.unreadNotifications).toBe(unread());
    expect(t.db.select().from(notifications).where(and(eq(notifications.kind, "feedback"), isNotNull(notifications.readAt))).all()).toEqual([]);
  });

  it("is replaced, not doubled, when the demo is seeded again", () => {
    seedDemo(t.db, NOW);
    seedDemo(t.db, NOW);
    expect(t.db.select().from(announcements).all()).toHaveLength(1);
    expect(t.db.select().from(notifications).where(eq(notifications.kind, "announcement")).all()).toHaveLength(24);
  });
});
