/** Home before day 1: what the thirty days will be like, instead of empty progress bars. */
export function BeforeStartCard({ opens }: { opens: string }) {
  return (
    <section className="card" aria-labelledby="expect-title">
      <h2 id="expect-title" className="h3">
        What to expect
      </h2>
      <ul>
        <li>Day 1 ({opens}) starts with a short baseline self-assessment; your final report compares against it.</li>
        <li>Each course morning one lesson opens: a reading, an exercise and a reflection, and we email you when it does.</li>
        <li>The thirty days move between Product, Process and People; your progress per pillar shows here once day 1 opens.</li>
      </ul>
    </section>
  );
}
