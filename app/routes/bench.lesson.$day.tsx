import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DayPageView, type DayPageData } from "~/components/day/DayPageView";
import { getCourse } from "~/course/content.server";
import { lessonView } from "~/course/lesson-view";
import { getEnv } from "~/env.server";

/**
 * The benchmark's control: the same lesson in the same layout and form as the day page,
 * with no database and no session. It exists only with BENCH_ROUTES=on (a 404 otherwise),
 * and shows only course content.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  if (getEnv().BENCH_ROUTES !== "on") throw new Response("Not found", { status: 404 });
  const lesson = getCourse().byDay(Number(params.day));
  if (!lesson) throw new Response("Not found", { status: 404 });
  const page: DayPageData = {
    ...lessonView(lesson),
    locked: false,
    enrollmentId: 0,
    day: lesson.day,
    cohortTitle: "Benchmark cohort",
    values: { exerciseAnswer: "", reflection: "", rating: null, visibility: "facilitators" as const },
    thread: { posts: [], page: 1, pages: 1, total: 0 },
    completedOn: null,
    feedback: [],
    assessment: null,
    nextDay: null,
  };
  return page;
}

export default function BenchLesson() {
  return <DayPageView page={useLoaderData<typeof loader>() as DayPageData} />;
}
