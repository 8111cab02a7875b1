// The timing budgets of the widget, checked on a benchmark run's summary
// (run.mjs). Timings are noisy, so they live here and never in a test:
// each budget prints its figure, and the run fails when one is over. The
// code-size budget, which is stable, is in tools/budget.mjs and `./dev test`.

/** [description, page@size of the widget, the figure, the limit] per budget. */
function budgets(s) {
  const w = (size) => s[`widget@${size}`];
  const floor = (size) => s[`vanilla@${size}`];
  return [
    ['first cards, 10 000 records, ≤ 1.3 × the floor', w(10000)?.firstCards, floor(10000) && 1.3 * floor(10000).firstCards],
    ['first cards, bundled data, ≤ 250 ms', w('bundled')?.firstCards, 250],
    ['keystroke p95, 10 000 records, ≤ the floor', w(10000)?.keyP95, floor(10000)?.keyP95],
    ['facet click p50, 1 000 records, ≤ the floor', w(1000)?.clickP50, floor(1000)?.clickP50],
    ['facet click p50, 10 000 records, ≤ the floor', w(10000)?.clickP50, floor(10000)?.clickP50],
    ['first cards, 100 000 records, ≤ 2 000 ms', w(100000)?.firstCards, 2000],
    ['keystroke p95, 100 000 records, ≤ 50 ms', w(100000)?.keyP95, 50],
  ];
}

/** The phone table's budget: every route's first card before the floor's (phone.mjs). */
function phoneBudgets(phone) {
  if (!phone) return [];
  const floor = phone.figures[phone.floor];
  return Object.entries(phone.figures)
    .filter(([route]) => route !== phone.floor)
    .map(([route, f]) => [`phone: first card, ${route}, before the floor's`, f.phone, floor?.phone]);
}

/** Prints every budget and every peer comparison; returns how many budgets are over. */
export function checkBudgets(summary, phone = null) {
  let over = 0;
  for (const [what, figure, limit] of [...phoneBudgets(phone), ...budgets(summary)]) {
    if (figure === undefined || figure === null || !limit) {
      console.log(`budget: ${what}: not measured in this run`);
      continue;
    }
    const ok = figure <= limit;
    if (!ok) over++;
    console.log(`budget: ${what}: ${figure.toFixed(1)} (limit ${limit.toFixed(1)}) ${ok ? 'ok' : 'OVER'}`);
  }
  const longest = summary['widget@100000']?.longest;
  if (longest !== undefined) console.log(`budget: longest task, 100 000 records: ${longest.toFixed(0)} ms (reported)`);
  // Ahead of every peer on every row, or a written reason in BENCHMARKS.md.
  const rows = [['first cards', 'firstCards'], ['keystroke p95', 'keyP95'], ['facet click p50', 'clickP50'], ['code gz', 'codeGz']];
  for (const key of Object.keys(summary).filter((k) => k.startsWith('widget@'))) {
    const size = key.slice('widget@'.length);
    const ours = summary[key];
    for (const peer of ['vanilla', 'listjs', 'minisearch', 'itemsjs']) {
      const theirs = summary[`${peer}@${size}`];
      if (!theirs || theirs.failed || ours.failed) continue;
      const behind = rows.filter(([, k]) => ours[k] !== null && theirs[k] !== null && ours[k] > theirs[k]).map(([name, k]) =>
        `${name} ${ours[k].toFixed(1)} vs ${theirs[k].toFixed(1)}`);
      if (behind.length) console.log(`compare: ${size}: behind ${peer} on ${behind.join('; ')}`);
    }
  }
  console.log(over === 0 ? 'budget: every timing budget holds' : `budget: ${over} timing budget(s) over`);
  return over;
}
