// npm run bench [-- --sizes 200,1000 --runs 3 --no-starlight --no-lighthouse --dry-run --help]
// Measures the site as it is and with synthetic content (N extra method pages with formulas and
// results rows), and the same synthetic pages built with Starlight (Astro's documentation theme):
// build time (Astro and Pagefind separately), peak memory, pages per second, bytes, stylesheets and
// requests per page type, the search index size, bytes and time of a first search, and Lighthouse's
// four category scores on home, method, compare and search (mobile and desktop).
// Numbers are medians over --runs runs. Prints tables, writes bench-results/bench.json, and exits
// non-zero when a budget of scripts/bench/budgets.mjs is missed. Not part of npm test: timings
// depend on the machine. Starlight, Lighthouse and chrome-launcher are the benchmark's own packages
// (scripts/bench/package.json), installed into scripts/bench/node_modules by the first run that needs
// them (scripts/bench/deps.mjs), not by the site's npm install.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { timedBuild } from './bench/build.mjs';
import { siteCopy } from './bench/site-copy.mjs';
import { starlightCopy, starlightPaths, starlightPagefindMs } from './bench/starlight.mjs';
import { preview, launchBrowser } from './bench/serve.mjs';
import { measurePageTypes, firstSearch } from './bench/measure.mjs';
import { lighthouseScores, loadLighthouse, CATEGORIES } from './bench/lighthouse.mjs';
import { budgetMisses, BUDGETS } from './bench/budgets.mjs';
import { BENCH_DIR, benchDependencies, ensureDependencies, installedVersion, resolvedPath } from './bench/deps.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,1000' },
    runs: { type: 'string', default: '3' },
    'no-starlight': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const packageLines = () =>
  Object.entries(benchDependencies()).map(([name, want]) => {
    const have = installedVersion(name);
    if (!have) return `  ${name} ${want}: not installed`;
    return `  ${name} ${want}: ${have === want ? 'installed' : `${have} installed`}, found at ${resolvedPath(name) ?? '(none)'}`;
  });

if (values.help) {
  console.log(`npm run bench [-- options]

Builds the site as it is and with synthetic method pages, and the same pages with Starlight; measures
build time, memory, page weight, search and Lighthouse scores; exits non-zero when a budget of
scripts/bench/budgets.mjs is missed. Writes bench-results/bench.json.

  --sizes 200,1000   synthetic method pages added, one build per size (default 200,1000)
  --runs 3           builds (and searches, Lighthouse rounds) per measure; medians (default 3)
  --no-starlight     skip the Starlight builds
  --no-lighthouse    skip Lighthouse
  --dry-run          install the benchmark's packages if needed, load them, and stop
  --help             this text

The benchmark's packages (${BENCH_DIR}/package.json, with its own lockfile) are installed into
${BENCH_DIR}/node_modules by the first run that needs them:
${packageLines().join('\n')}`);
  process.exit(0);
}

if (!values['no-starlight'] || !values['no-lighthouse'] || values['dry-run']) ensureDependencies();
if (values['dry-run']) {
  const { lighthouse, chromeLauncher } = await loadLighthouse();
  if (typeof lighthouse !== 'function' || typeof chromeLauncher.launch !== 'function')
    throw new Error('Lighthouse or chrome-launcher did not load');
  console.log(`The benchmark's packages load:\n${packageLines().join('\n')}`);
  process.exit(0);
}
const SIZES = values.sizes.split(',').filter(Boolean).map(Number);
const RUNS = Number(values.runs);
const SITE_PAGES = {
  home: '',
  method: 'methods/mar/',
  board: 'leaderboard/',
  't2i-board': 'leaderboard/geneval/',
  compare: 'compare/',
  timeline: 'timeline/',
  search: 'search/',
};
const LIGHTHOUSE_PAGES = {
  home: '',
  method: 'methods/mar/',
  board: 'leaderboard/',
  compare: 'compare/',
  search: 'search/',
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dirBytes = (d) =>
  readdirSync(d, { recursive: true }).reduce(
    (s, f) => s + (statSync(join(d, f)).isFile() ? statSync(join(d, f)).size : 0),
    0,
  );
const kb = (n) => (n / 1024).toFixed(1);
const log = (...a) => console.error(...a);

/** RUNS builds of `dir`; the median of each measure. */
function medianBuild(dir, pagefindMs) {
  const builds = Array.from({ length: RUNS }, () => timedBuild(dir, pagefindMs));
  const m = Object.fromEntries(
    ['totalMs', 'astroMs', 'pagefindMs', 'peakMB'].map((k) => [k, median(builds.map((b) => b[k]))]),
  );
  return {
    ...m,
    pages: builds[0].pages,
    pagesPerSecond: builds[0].pages / (m.totalMs / 1000),
    runsMs: builds.map((b) => Math.round(b.totalMs)),
  };
}

/** Builds a copy made by `copy(extra)`, then serves it and runs `measure({ base, browser, dir })`. */
async function benchCopy(label, copy, extra, pagefindMs, measure) {
  const dir = copy(extra);
  try {
    const build = medianBuild(dir, pagefindMs);
    log(
      `${label} +${extra}: ${build.pages} pages, build ${Math.round(build.totalMs)} ms (runs ${build.runsMs.join(', ')}), peak ${Math.round(build.peakMB)} MB`,
    );
    const server = await preview(dir);
    const browser = await launchBrowser();
    try {
      return {
        extraMethodPages: extra,
        ...build,
        pagefindIndexBytes: dirBytes(join(dir, 'dist/pagefind')),
        ...(await measure({ base: server.base, browser, dir })),
      };
    } finally {
      await browser.close();
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  node: process.version,
  budgets: BUDGETS,
  sites: [],
  starlight: [],
  lighthouse: [],
};

for (const extra of [0, ...SIZES])
  report.sites.push(
    await benchCopy('site', siteCopy, extra, undefined, async ({ base, browser }) => {
      const searches = [];
      for (let i = 0; i < RUNS; i++) searches.push(await firstSearch(browser, base));
      const firstSearchResult = {
        bytes: median(searches.map((s) => s.bytes)),
        firstResultMs: median(searches.map((s) => s.firstResultMs)),
      };
      const out = { pageTypes: await measurePageTypes(browser, base, SITE_PAGES), firstSearch: firstSearchResult };
      if (extra === 0 && !values['no-lighthouse']) {
        const rounds = [];
        for (let i = 0; i < RUNS; i++) rounds.push(await lighthouseScores(base, LIGHTHOUSE_PAGES));
        // Median score per page type, form factor and category over the rounds.
        report.lighthouse = rounds[0].map((r, j) => ({
          type: r.type,
          formFactor: r.formFactor,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(rounds.map((round) => round[j].scores[c]))])),
          failedAudits: [...new Set(rounds.flatMap((round) => round[j].failed))],
        }));
      }
      return out;
    }),
  );

if (!values['no-starlight'])
  for (const extra of SIZES)
    report.starlight.push(
      await benchCopy('starlight', starlightCopy, extra, starlightPagefindMs, async ({ base, browser }) => ({
        pageTypes: await measurePageTypes(browser, base, starlightPaths(extra)),
      })),
    );

/* ------------------------------------------------------------------ output */

const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const buildRow = (name, s) => [
  name,
  `+${s.extraMethodPages}`,
  s.pages,
  Math.round(s.totalMs),
  Math.round(s.astroMs),
  Math.round(s.pagefindMs),
  Math.round(s.peakMB),
  s.pagesPerSecond.toFixed(1),
  kb(s.pagefindIndexBytes),
];
console.log(`\nBuilds (median of ${RUNS}):\n`);
console.log(
  table(
    ['build', 'extra pages', 'pages', 'total ms', 'Astro ms', 'Pagefind ms', 'peak MB', 'pages/s', 'index KB'],
    [...report.sites.map((s) => buildRow('site', s)), ...report.starlight.map((s) => buildRow('Starlight', s))],
  ),
);
for (const s of report.starlight) {
  const ours = report.sites.find((x) => x.extraMethodPages === s.extraMethodPages);
  if (ours)
    console.log(
      `\n+${s.extraMethodPages} pages: the site builds in ${(ours.totalMs / s.totalMs).toFixed(2)}× Starlight's time, at ${(ours.peakMB / s.peakMB).toFixed(2)}× its peak memory.`,
    );
  // What the added pages alone cost the site (its own pages, which Starlight's copy does not have, set aside):
  // reported beside the budget, which compares whole builds.
  const asItIs = report.sites.find((x) => x.extraMethodPages === 0);
  if (ours && asItIs && s.extraMethodPages > 0)
    console.log(
      `The ${s.extraMethodPages} added pages alone (site +${s.extraMethodPages} less the site as it is) take ${Math.round(ours.totalMs - asItIs.totalMs)} ms: ${((ours.totalMs - asItIs.totalMs) / s.totalMs).toFixed(2)}× Starlight's build of them.`,
    );
}
console.log('\nFirst search (median; everything search loads, as transferred):\n');
console.log(
  table(
    ['site', 'KB transferred', 'ms to first result'],
    report.sites.map((s) => [`+${s.extraMethodPages}`, kb(s.firstSearch.bytes), s.firstSearch.firstResultMs]),
  ),
);
const typeRows = (name, s) =>
  Object.entries(s.pageTypes).map(([type, p]) => [
    `${name} +${s.extraMethodPages}`,
    type,
    kb(p.htmlRaw),
    kb(p.html),
    kb(p.css),
    p.stylesheets,
    kb(p.js),
    p.inlineJs,
    kb(p.font),
    kb(p.html + p.css + p.js + p.font + p.other),
    p.requests,
  ]);
console.log('\nPage types (KB transferred, gzip for text as a static host sends it; HTML also raw):\n');
console.log(
  table(
    [
      'build',
      'page',
      'HTML KB raw',
      'HTML KB',
      'CSS KB',
      'stylesheets',
      'JS KB (files)',
      'inline JS B',
      'fonts KB',
      'total KB',
      'requests',
    ],
    [
      ...typeRows('site', report.sites[0]),
      ...report.sites.slice(1).flatMap((s) => typeRows('site', s).filter((r) => r[1] === 'method')),
      ...report.starlight.flatMap((s) => typeRows('Starlight', s)),
    ],
  ),
);
if (report.lighthouse.length) {
  console.log(`\nLighthouse (median of ${RUNS}):\n`);
  console.log(
    table(
      ['page', 'form factor', ...CATEGORIES],
      report.lighthouse.map((r) => [r.type, r.formFactor, ...CATEGORIES.map((c) => r.scores[c])]),
    ),
  );
  for (const r of report.lighthouse.filter((x) => x.failedAudits.length))
    console.log(`  ${r.type} ${r.formFactor}: ${r.failedAudits.join(', ')}`);
}

report.budgetMisses = budgetMisses(report);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(
  report.budgetMisses.length
    ? `\nBudgets missed:\n${report.budgetMisses.map((f) => `  - ${f}`).join('\n')}`
    : '\nAll budgets met.',
);
process.exitCode = report.budgetMisses.length ? 1 : 0;
