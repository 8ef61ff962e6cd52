// The performance budgets of the README, checked against a benchmark report. Pure: report in,
// list of misses out (empty when every budget is met).

export const BUDGETS = {
  /** Reading pages: script files loaded before the reader opens search or toggles the theme. */
  readingPageScriptBytes: 0,
  /** Reading pages: stylesheets (KaTeX's fonts are counted apart, and load only where used). */
  readingPageStylesheets: 1,
  /** Lighthouse score of every category on every measured page type, mobile. */
  lighthouseMobile: 100,
  /** A first search on the largest synthetic site: bytes transferred and ms from typing to the first result. */
  firstSearchBytes: 200 * 1024,
  firstSearchMs: 500,
  /** The default board and the text-to-image board: HTML bytes transferred (compressed), so that a phone gets it in one round trip or two. */
  boardHtmlBytes: 40 * 1024,
};
const READING_PAGES = ['home', 'method', 'timeline'];

/** Every budget `report` misses, as sentences. */
export function budgetMisses(report) {
  const misses = [];
  const site = report.sites[0];
  for (const type of READING_PAGES) {
    const p = site.pageTypes[type];
    if (p.js > BUDGETS.readingPageScriptBytes) misses.push(`${type} page loads ${p.js} bytes of script files`);
    if (p.stylesheets > BUDGETS.readingPageStylesheets) misses.push(`${type} page loads ${p.stylesheets} stylesheets`);
  }
  for (const [type, name] of [
    ['board', 'the default board'],
    ['t2i-board', 'the text-to-image board'],
  ]) {
    const board = site.pageTypes[type];
    if (board && board.html > BUDGETS.boardHtmlBytes)
      misses.push(`${name} transfers ${(board.html / 1024).toFixed(1)} KB of HTML`);
  }
  for (const r of report.lighthouse ?? [])
    if (r.formFactor === 'mobile')
      for (const [category, score] of Object.entries(r.scores))
        if (score < BUDGETS.lighthouseMobile) misses.push(`Lighthouse ${category} ${score} on ${r.type} (mobile)`);
  const largest = report.sites.at(-1);
  if (largest.firstSearch.bytes > BUDGETS.firstSearchBytes)
    misses.push(
      `first search on +${largest.extraMethodPages} pages transfers ${(largest.firstSearch.bytes / 1024).toFixed(1)} KB`,
    );
  if (largest.firstSearch.firstResultMs > BUDGETS.firstSearchMs)
    misses.push(
      `first search on +${largest.extraMethodPages} pages shows a result after ${largest.firstSearch.firstResultMs} ms`,
    );
  const big = report.sites.find((s) => s.extraMethodPages === 1000);
  const theirs = report.starlight?.find((s) => s.extraMethodPages === 1000);
  if (big && theirs && big.totalMs >= theirs.totalMs)
    misses.push(`the 1,000-page build takes ${Math.round(big.totalMs)} ms, Starlight ${Math.round(theirs.totalMs)} ms`);
  return misses;
}
