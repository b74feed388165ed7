import { launchBrowser, newPage } from "./tests/support/browser";
import { signInThroughMailbox, sqlOn } from "./tests/support/e2e";
import { startApp } from "./tests/support/server";

const app = await startApp({ env: { APP_NOW: "2026-11-23T16:50:00Z" } });
const browser = await launchBrowser();
try {
  sqlOn(app.databaseFile, (db) => db.prepare("update users set time_zone = 'Asia/Tokyo' where email = 'participant@example.com'").run());
  for (const width of [1280, 390]) {
    const fac = await newPage(browser, { viewport: { width, height: 900 } });
    await signInThroughMailbox(fac, app.url, "facilitator@example.com");
    await fac.goto(`${app.url}/facilitate/cohorts/demo`);
    await fac.screenshot({ path: `/tmp/live-shots/workspace-${width}.png` });
    await fac.goto(`${app.url}/facilitate/cohorts/demo/sessions`);
    await fac.getByLabel("Title").fill("Week 3 live");
    await fac.getByLabel("Date").fill("2027-03-14");
    await fac.getByLabel("Time (America/New York)").fill("02:30");
    await fac.getByLabel("Video link").fill("https://meet.example.com/x");
    await fac.getByRole("button", { name: "Schedule the session" }).click();
    await fac.locator(".field-error").first().waitFor();
    await fac.screenshot({ path: `/tmp/live-shots/sessions-error-${width}.png`, fullPage: true });
    const ids = sqlOn(app.databaseFile, (db) => db.prepare("select id from live_sessions order by starts_at").all() as { id: number }[]);
    await fac.goto(`${app.url}/facilitate/cohorts/demo/sessions/${ids[0]!.id}`);
    await fac.screenshot({ path: `/tmp/live-shots/edit-past-${width}.png`, fullPage: true });
    await fac.goto(`${app.url}/facilitate/cohorts/demo/sessions/${ids[1]!.id}?cancel=1`);
    await fac.screenshot({ path: `/tmp/live-shots/cancel-${width}.png`, fullPage: true });
    const dana = await newPage(browser, { viewport: { width, height: 900 } });
    await signInThroughMailbox(dana, app.url, "participant@example.com");
    await dana.screenshot({ path: `/tmp/live-shots/home-${width}.png`, fullPage: true });
    await dana.goto(`${app.url}/cohorts/demo`);
    await dana.screenshot({ path: `/tmp/live-shots/cohort-${width}.png`, fullPage: false });
  }
} finally {
  await browser.close();
  await app.stop();
}
