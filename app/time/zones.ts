/** Every IANA zone this runtime knows, sorted, for pickers. */
let cached: string[] | undefined;

export function allTimeZones(): string[] {
  if (!cached) {
    const zones = new Set(Intl.supportedValuesOf("timeZone"));
    zones.add("UTC");
    cached = [...zones].sort();
  }
  return cached;
}
