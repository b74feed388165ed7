/** Ends this turn of the event loop so waiting requests run before long work goes on. */
export function letRequestsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
