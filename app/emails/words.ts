/** Small pieces of email wording, pure and tested. */

/** A greeting that fits the reader's local hour: nobody is told "good morning" at 23:00. */
export function greeting(localHour: number): string {
  if (localHour >= 5 && localHour < 12) return "Good morning";
  if (localHour >= 12 && localHour < 18) return "Good afternoon";
  if (localHour >= 18 && localHour < 22) return "Good evening";
  return "Hello";
}

/** Days as short ranges: [1, 2, 3, 5, 7, 8, 9] is "days 1–3, 5 and 7–9"; [4] is "day 4". */
export function dayRanges(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) return "no days";
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const list = runs.length === 1 ? runs[0]! : `${runs.slice(0, -1).join(", ")} and ${runs.at(-1)}`;
  return `${sorted.length === 1 ? "day" : "days"} ${list}`;
}

/** A preview line (the grey text after the subject) cut at a word, never mid-word. */
export function previewText(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
