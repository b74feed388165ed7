/**
 * The pages the scale benchmark times, and their timing against the running server: each
 * page's median server time (one request at a time), the day and home pages against the
 * control page (same lesson, same layout, no database), and their throughput under load.
 */
import type { RunningApp } from "../../support/server";
import { load, serverTime } from "../measure";
import type { Page } from "./hot-paths";
import type { Subjects } from "./subjects";

export type Record_ = (name: string, value: number, unit: string) => void;

export function pagesOf(s: Subjects): Page[] {
  const e = String(s.enrollmentId);
  const yesterday = String(Math.max(1, s.day - 1));
  const facilitator = (name: string, route: string, tail: string, params: Record<string, string> = {}): Page => ({
    name,
    route,
    path: `/facilitate/cohorts/${s.slug}${tail}`,
    params: { slug: s.slug, ...params },
    cookie: s.facilitator,
  });
  return [
    { name: `day page (day ${s.day})`, route: "learn.$enrollmentId.days.$day.tsx", path: `/learn/${e}/days/${s.day}`, params: { enrollmentId: e, day: String(s.day) }, cookie: s.participant },
    { name: "home page", route: "learn.$enrollmentId._index.tsx", path: `/learn/${e}`, params: { enrollmentId: e }, cookie: s.participant },
    facilitator(`cohort workspace grid (${s.enrolled} enrolled)`, "facilitate.cohorts.$slug._index.tsx", ""),
    facilitator("cohort analytics", "facilitate.cohorts.$slug.analytics.tsx", "/analytics"),
    facilitator("cohort report", "facilitate.cohorts.$slug.report.tsx", "/report"),
    facilitator("a participant's page", "facilitate.cohorts.$slug.people.$enrollmentId.tsx", `/people/${e}`, { enrollmentId: e }),
    facilitator("CSV export", "facilitate.cohorts.$slug.export[.]csv.ts", "/export.csv"),
    facilitator(`day ${yesterday} thread (facilitator)`, "facilitate.cohorts.$slug.days.$day.tsx", `/days/${yesterday}`, { day: yesterday }),
  ];
}

export async function timePages(app: RunningApp, s: Subjects, record: Record_): Promise<void> {
  const [day, home, ...facilitation] = pagesOf(s);
  const control = await serverTime(`${app.url}/bench/lesson/${s.day}`, {});
  record("control page, median server time", control, "ms");
  for (const page of [day!, home!]) {
    const time = await serverTime(`${app.url}${page.path}`, { cookie: page.cookie });
    record(`${page.name}, median server time`, time, "ms");
    record(`${page.name}: control / page (1 = as fast as the control)`, Number((control / Math.max(time, 0.01)).toFixed(2)), "x");
  }
  const controlLoad = await load(`${app.url}/bench/lesson/${s.day}`, {}, 5);
  // The control reads no database: its tail under load is the machine's (two cores shared
  // with autocannon), so a page's p99 is read against it, not alone.
  record("control page under load (50 connections)", controlLoad.rps, `req/s (p50 ${controlLoad.p50} ms, p99 ${controlLoad.p99} ms)`);
  for (const page of [day!, home!]) {
    const under = await load(`${app.url}${page.path}`, { cookie: page.cookie }, 5);
    record(`${page.name} under load: requests a second / control's`, Number((under.rps / controlLoad.rps).toFixed(2)), `x (${under.rps} req/s, p50 ${under.p50} ms, p99 ${under.p99} ms)`);
  }
  for (const page of facilitation) record(`${page.name}, median server time`, await serverTime(`${app.url}${page.path}`, { cookie: page.cookie }, 15), "ms");
}
