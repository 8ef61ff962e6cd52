// npm run bench [-- --sizes 200,1000 --runs 3]
// Measures the site as it is and with synthetic content (N extra method pages with formulas and
// results rows): build time (Astro and Pagefind separately), peak memory, pages per second, bytes
// and requests per page type, the search index size, and bytes and time for a first search query.
// Prints a table, writes bench-results/bench.json, and exits non-zero when a budget is missed.
// Not part of npm test: timings depend on the machine.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '200,1000' }, runs: { type: 'string', default: '3' } } });
const SIZES = values.sizes.split(',').filter(Boolean).map(Number);
const RUNS = Number(values.runs);
const ROOT = process.cwd();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A copy of the site in a temporary folder, with `extra` synthetic method pages. */
function siteCopy(extra) {
  const dir = mkdtempSync(join(tmpdir(), `survey-bench-${extra}-`));
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'CONTRIBUTING.md']) cpSync(join(ROOT, f), join(dir, f));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (let i = 0; i < extra; i++) {
    const slug = `synthetic-${i}`;
    const para = `Synthetic method ${i} predicts image tokens autoregressively with a ${['raster', 'random', 'multi-scale'][i % 3]} order, a ${['discrete', 'continuous'][i % 2]} tokenizer and classifier-free guidance. `.repeat(6);
    writeFileSync(
      join(dir, `src/content/methods/${slug}.mdx`),
      `---
title: "Synthetic ${i}: a generated method page"
short_name: "Syn-${i}"
role: baseline
family: ${['next-token', 'masked-random-order', 'next-scale'][i % 3]}
backbone: decoder-transformer
tokenizer: { kind: discrete, downsample: 16, codebook_size: 16384 }
paper:
  arxiv: "25${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).slice(-5)}"
  title: "Synthetic Paper ${i}"
  authors: [A. Author, B. Author]
  v1: 2025-${String(1 + (i % 12)).padStart(2, '0')}-15
summary: "A synthetic page of realistic length used only to measure the build and search at scale."
bibtex: { key: synthetic${i}, year: 2025 }
---

## Idea

${para}

$$
p(x_1, \\dots, x_n) = \\prod_{i=1}^{n} p(x_i \\mid x_{<i}), \\qquad \\mathcal{L} = -\\sum_i \\log p_\\theta(x_i \\mid x_{<i})
$$

## Tokenizer

${para}

## Training and sampling

${para} The guidance scale $s$ mixes logits as $\\ell = \\ell_u + s(\\ell_c - \\ell_u)$.
`,
    );
    const rows = [1, 2, 3]
      .map(
        (k) => `  - id: ${slug}-${k}
    reported_in: ${slug}
    model: Syn-${i}-${k}
    params_m: ${100 * k + i}
    resolution: 256
    metrics: { fid: ${(2 + ((i * 7 + k) % 50) / 10).toFixed(2)}, is: ${200 + k} }
    sampling: { guidance: true, cfg: 1.5 }
    source: { arxiv: "25${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).slice(-5)}", version: v1, table: Table 1 }`,
      )
      .join('\n');
    writeFileSync(join(dir, `src/content/results/${slug}.yaml`), `method: ${slug}\nrows:\n${rows}\n`);
  }
  return dir;
}

/** One build: wall time, Pagefind's share (from its log line), peak memory (GNU time), pages. */
function build(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30, // the build of a thousand pages prints more than spawnSync's default 1 MB
    // A thousand MDX pages need more than Node's default heap.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  const total = performance.now() - t0;
  if (r.status !== 0) {
    const lines = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim() && !/WARN|─|│|╭|╰|Help|^\s*\d+ │/.test(l));
    throw new Error(`build failed (status ${r.status}, signal ${r.signal}) in ${dir}:\n${lines.slice(-25).join('\n')}`);
  }
  const out = `${r.stdout}\n${r.stderr}`;
  const pagefind = Number(out.match(/indexed (\d+) pages in (\d+) ms/)?.[2] ?? NaN);
  const pages = Number(out.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
  const rss = Number(out.match(/MAXRSS_KB=(\d+)/)?.[1] ?? NaN);
  return { totalMs: total, astroMs: total - pagefind, pagefindMs: pagefind, peakMB: rss / 1024, pages };
}

const dirBytes = (d) => readdirSync(d, { recursive: true }).reduce((s, f) => s + (statSync(join(d, f)).isFile() ? statSync(join(d, f)).size : 0), 0);

/** Serves dist with astro preview on a free port and measures page types and a first search in Chromium. */
async function measurePages(dir) {
  const port = 4600 + Math.floor(Math.random() * 300);
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const types = { home: '', method: 'methods/mar/', compare: 'compare/', timeline: 'timeline/', search: 'search/' };
  const pages = {};
  try {
    for (const [type, path] of Object.entries(types)) {
      const page = await browser.newPage();
      const bytes = { html: 0, css: 0, js: 0, font: 0, other: 0 };
      let requests = 0;
      page.on('response', async (res) => {
        requests++;
        const len = Number(res.headers()['content-length'] ?? (await res.body().catch(() => Buffer.alloc(0))).length);
        const t = res.request().resourceType();
        const key = t === 'document' ? 'html' : t === 'stylesheet' ? 'css' : t === 'script' ? 'js' : t === 'font' ? 'font' : 'other';
        bytes[key] += len;
      });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const inlineJs = await page.evaluate(() => [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].reduce((s, e) => s + e.textContent.length, 0));
      pages[type] = { ...bytes, inlineJs, requests };
      await page.close();
    }
    // First search: bytes of everything the search loads and time from typing to the first result.
    const page = await browser.newPage();
    await page.goto(base, { waitUntil: 'networkidle' });
    let searchBytes = 0;
    page.on('response', async (res) => {
      searchBytes += (await res.body().catch(() => Buffer.alloc(0))).length;
    });
    const t0 = Date.now();
    await page.keyboard.press('Control+k');
    await page.locator('#search-dialog .pagefind-ui__search-input').waitFor();
    const tType = Date.now();
    await page.keyboard.type('autoregressive');
    await page.locator('#search-dialog .pagefind-ui__result-link').first().waitFor();
    const firstResultMs = Date.now() - tType;
    await page.waitForLoadState('networkidle');
    pages.firstSearch = { bytes: searchBytes, openMs: tType - t0, firstResultMs };
  } finally {
    await browser.close();
    server.kill();
  }
  return pages;
}

const report = { date: new Date().toISOString(), runs: RUNS, sites: [] };
for (const extra of [0, ...SIZES]) {
  const dir = siteCopy(extra);
  try {
    const builds = [];
    for (let i = 0; i < RUNS; i++) builds.push(build(dir));
    const b = Object.fromEntries(['totalMs', 'astroMs', 'pagefindMs', 'peakMB'].map((k) => [k, median(builds.map((x) => x[k]))]));
    const pages = builds[0].pages;
    const site = {
      extraMethodPages: extra,
      pages,
      ...b,
      pagesPerSecond: pages / (b.totalMs / 1000),
      pagefindIndexBytes: dirBytes(join(dir, 'dist/pagefind')),
      pageTypes: await measurePages(dir),
    };
    report.sites.push(site);
    console.log(`site +${extra}: ${pages} pages, build ${Math.round(b.totalMs)} ms (Astro ${Math.round(b.astroMs)}, Pagefind ${b.pagefindMs}), peak ${Math.round(b.peakMB)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n) => (n / 1024).toFixed(1);
console.log('\n| site | pages | build ms | Astro ms | Pagefind ms | peak MB | pages/s | index KB | first search KB | first result ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of report.sites)
  console.log(`| +${s.extraMethodPages} | ${s.pages} | ${Math.round(s.totalMs)} | ${Math.round(s.astroMs)} | ${s.pagefindMs} | ${Math.round(s.peakMB)} | ${s.pagesPerSecond.toFixed(1)} | ${kb(s.pagefindIndexBytes)} | ${kb(s.pageTypes.firstSearch.bytes)} | ${s.pageTypes.firstSearch.firstResultMs} |`);
console.log('\n| page type | HTML KB | CSS KB | JS KB (files) | inline JS B | fonts KB | requests |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [type, p] of Object.entries(report.sites[0].pageTypes).filter(([t]) => t !== 'firstSearch'))
  console.log(`| ${type} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.js)} | ${p.inlineJs} | ${kb(p.font)} | ${p.requests} |`);

// Budgets: reading pages load no script file before search or the theme toggle is used; the
// largest synthetic site's first search stays under 200 KB and 500 ms.
const failures = [];
for (const type of ['home', 'method', 'timeline'])
  if (report.sites[0].pageTypes[type].js > 0) failures.push(`${type} page loads ${report.sites[0].pageTypes[type].js} bytes of script files`);
const largest = report.sites.at(-1).pageTypes.firstSearch;
if (largest.bytes > 200 * 1024) failures.push(`first search transfers ${kb(largest.bytes)} KB (budget 200 KB)`);
if (largest.firstResultMs > 500) failures.push(`first search result after ${largest.firstResultMs} ms (budget 500 ms)`);
report.budgetFailures = failures;
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2));
console.log(failures.length ? `\nBudgets missed:\n${failures.map((f) => `  - ${f}`).join('\n')}` : '\nAll budgets met.');
process.exitCode = failures.length ? 1 : 0;
