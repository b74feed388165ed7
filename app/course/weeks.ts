/** Groups course days into weeks of seven (week 5 holds days 29 and 30). Pure. */
export function courseWeeks<T extends { day: number }>(days: T[]): { number: number; days: T[] }[] {
  const weeks: { number: number; days: T[] }[] = [];
  for (const day of [...days].sort((a, b) => a.day - b.day)) {
    const number = Math.ceil(day.day / 7);
    let week = weeks.find((w) => w.number === number);
    if (!week) weeks.push((week = { number, days: [] }));
    week.days.push(day);
  }
  return weeks;
}
