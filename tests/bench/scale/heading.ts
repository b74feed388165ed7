/** The section of docs/benchmarks.md that `npm run bench:scale` owns. */
export const SCALE_HEADING = "Scale: 100,000 enrollments";
