import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { readMethods } from '../content';
import { firstPageOrder, PAGEFIND_RANKING, RERANK } from '../../src/lib/search-rank';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules (of the WCAG 2.2 A/AA ones) whose verdict depends on colours: the only ones a theme can
 * change, since the themes differ in colours alone (src/styles/tokens.css sets `color-scheme`, and
 * every colour is a `light-dark()` pair).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What an axe scan covers: the part of the page (`include`, a selector), and the rules (`rules` only, less `except`). */
export interface AxeScope {
  include?: string | undefined;
  rules?: readonly string[] | undefined;
  except?: readonly string[] | undefined;
}

/** WCAG 2.2 A/AA findings on the page, within `scope`, one short line each. */
export async function axeViolations(page: Page, { include, rules, except }: AxeScope = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself, as one `axe.run`: the default opens a second, blank page
  // for every scan to merge the results of the page's frames (the site has no frame), which took
  // about as long as the scan. Only violations are read, so axe keeps one example of the other
  // result types instead of serialising every node that passed (1.3 MB on the timeline).
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (rules) builder.withRules([...rules]);
  else builder.withTags(AXE_TAGS);
  if (except) builder.disableRules([...except]);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
  );
}

/**
 * Removes every row of the page's data tables after the first `n`, before an axe scan: a table's rows
 * come from one template with different numbers, so its first rows stand for the rest, and axe reads
 * the whole document whatever it is told to exclude (a 770-row table took three times as long).
 */
export async function keepFirstRows(page: Page, n: number): Promise<void> {
  await page.evaluate((n) => {
    for (const row of document.querySelectorAll(`.data-table tbody tr:nth-child(n+${n + 1})`)) row.remove();
  }, n);
}

/**
 * How many of the surveyed and baseline method pages (one template, differing only in data) axe
 * scans: a fixed number, spread evenly over them, so that the scans do not grow with the pages.
 */
const SHARED_SCANS = 12;

/** Of `n` items, the indices of `k` spread evenly from the first to the last (all of them when n <= k). */
export function spread(n: number, k: number): number[] {
  if (n <= k) return [...Array(n).keys()];
  return [...new Set([...Array(k).keys()].map((j) => Math.round((j * (n - 1)) / (k - 1))))];
}

/**
 * Themes in which axe scans a page. Surveyed and baseline method pages share one template and
 * differ only in data: SHARED_SCANS of them, spread evenly, are scanned, in one theme, alternating,
 * so both themes cover the template many times over (every one of them still gets the page's
 * other gates). A page of the Chinese edition is its English twin's template in other words: one
 * theme, alternating. Every other page (the core pages, with their own sections, included) is
 * scanned in both.
 */
export function themesToScan(path: string): string[] {
  if (path.startsWith(`${EDITION}/`)) {
    const j = pagesToCheck()
      .filter((p) => p.startsWith(`${EDITION}/`))
      .indexOf(path);
    return [j % 2 === 0 ? 'dark' : 'light'];
  }
  // Boards and benchmark tables share one template each: the default of each task in both themes; of the
  // others, SIBLING_SCANS spread evenly, in one theme, alternating (every one still gets the static gates).
  const siblings = templateSiblings(path);
  if (siblings) {
    const k = spread(siblings.length, SIBLING_SCANS).indexOf(siblings.indexOf(path));
    return k === -1 ? [] : [k % 2 === 0 ? 'dark' : 'light'];
  }
  const shared = sharedMethodPages();
  const i = shared.indexOf(path);
  if (i === -1) return ['light', 'dark'];
  const k = spread(shared.length, SHARED_SCANS).indexOf(i);
  if (k === -1) return [];
  return [k % 2 === 0 ? 'light' : 'dark'];
}

/** Of the boards and of the benchmark tables other than each task's default, how many get the browser gates. */
const SIBLING_SCANS = 4;

/** Each task's default board and benchmark table, and the side-by-side view: pages of their own, not siblings. */
const NOT_SIBLINGS = new Set([
  'leaderboard/',
  'leaderboard/geneval/',
  'compare/',
  'compare/geneval/',
  'compare/side-by-side/',
]);

/** The other boards or the other benchmarks' tables of `path`'s kind, sorted; undefined for any other page. */
function templateSiblings(path: string): string[] | undefined {
  const kind = ['leaderboard/', 'compare/'].find((k) => path.startsWith(k));
  if (!kind || NOT_SIBLINGS.has(path)) return undefined;
  return builtPagePaths()
    .filter((p) => p.startsWith(kind) && !NOT_SIBLINGS.has(p))
    .sort();
}

/** The prefix of the Chinese edition's pages. */
export const EDITION = 'zh';

/** Surveyed and baseline method pages (one template), sorted. */
function sharedMethodPages(): string[] {
  return readMethods()
    .filter((m) => m.data.role !== 'core')
    .map((m) => `methods/${m.slug}/`)
    .sort();
}

/** The first method page (by slug) of a role: the sample of its template ("methods/aim/" for "core"). */
export function firstMethodPage(role: string): string {
  const slugs = readMethods()
    .filter((m) => m.data.role === role)
    .map((m) => m.slug)
    .sort();
  return `methods/${slugs[0]}/`;
}

/**
 * The pages the page-level gates visit: every English page, and one page of each template in the
 * Chinese edition (its pages are the English templates with Chinese words, and the translated core
 * pages' Markdown is checked by html-validate and the link check on every page): home, the indexes,
 * a core, a surveyed and a baseline method page, compare and a board of each task, timeline, a
 * concept page, the glossary, search and contribute.
 */
export function pagesToCheck(dir = 'dist'): string[] {
  const built = builtPagePaths(dir);
  const types = [
    '',
    'methods/',
    firstMethodPage('core'),
    firstMethodPage('surveyed'),
    firstMethodPage('baseline'),
    'compare/',
    'compare/geneval/',
    'leaderboard/',
    'leaderboard/geneval/',
    'timeline/',
    'concepts/',
    'concepts/tokenizers/',
    'concepts/glossary/',
    'search/',
    'contribute/',
  ];
  const sample = new Set(types.map((p) => `${EDITION}/${p}`));
  return built.filter((p) => !p.startsWith(`${EDITION}/`) || sample.has(p));
}

/**
 * The pages a browser visits for the page-level gates (status, one h1, a title, no console error,
 * no other origin, axe): every page of pagesToCheck(), except the surveyed and baseline method pages
 * and the boards and benchmark tables that axe does not scan. Those share one template and one script
 * with the pages that are visited,
 * and the gates that can be read from the HTML (one h1, a title, nothing loaded from another origin)
 * are checked on every built page of both editions by `staticPageProblems()`.
 */
export function browserGatePaths(dir = 'dist'): string[] {
  const shared = new Set(sharedMethodPages());
  return pagesToCheck(dir).filter((p) => (!shared.has(p) && !templateSiblings(p)) || themesToScan(p).length > 0);
}

/** Elements whose URL attributes the browser fetches (a link only for the relations that load something). */
const FETCHING = /<(script|img|iframe|source|video|audio|embed|object|track|input|link)\b([^>]*)>/gi;
const LOADING_REL = /\b(stylesheet|preload|modulepreload|prefetch|icon|manifest|apple-touch-icon)\b/i;
const URL_ATTRS = /\b(src|href|srcset|data|poster)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const OTHER_ORIGIN = /^\s*(?:https?:)?\/\//i;

/**
 * What the HTML of one built page gets wrong of the gates that need no browser: exactly one h1, a
 * non-empty title, and no resource (script, style, image, font, frame) from another origin, in an
 * element or in CSS (`url()`, `@import`).
 */
export function staticPageProblems(html: string): string[] {
  const problems: string[] = [];
  const h1 = html.match(/<h1[\s>]/gi)?.length ?? 0;
  if (h1 !== 1) problems.push(`${h1} h1 elements`);
  if (!/<title>[^<]*\S[^<]*<\/title>/.test(html)) problems.push('no title');
  for (const [, tag, attrs] of html.matchAll(FETCHING)) {
    if (tag.toLowerCase() === 'link' && !LOADING_REL.test(/\brel\s*=\s*("[^"]*"|'[^']*'|\S+)/i.exec(attrs)?.[1] ?? ''))
      continue;
    for (const [, name, raw] of attrs.matchAll(URL_ATTRS)) {
      const value = raw.replace(/^["']|["']$/g, '');
      const urls = name.toLowerCase() === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
      for (const u of urls)
        if (OTHER_ORIGIN.test(u)) problems.push(`<${tag} ${name}="${u}"> loads from another origin`);
    }
  }
  for (const m of html.matchAll(/(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi))
    problems.push(`CSS loads ${m[1]} from another origin`);
  return problems;
}

/**
 * Page paths (relative to the base) listed in the built sitemap in `dist`, read from disk so that
 * each page gets its own test. The build must run first (`npm test` does).
 */
export function builtPagePaths(dir = 'dist'): string[] {
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  return files.flatMap((f) =>
    [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      new URL(m[1]).pathname.slice(base.length),
    ),
  );
}

/**
 * Every page path listed in the built sitemap, relative to the site's base (e.g. "methods/mar/").
 * The sitemap holds absolute URLs on the configured `site`; only their path after the base matters here.
 */
export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const index = await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const basePath = new URL(baseURL).pathname;
  const paths: string[] = [];
  for (const sm of sitemaps) {
    const xml = await (await request.get(new URL(new URL(sm).pathname, baseURL).href)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const p = new URL(m[1]).pathname;
      if (!p.startsWith(basePath)) throw new Error(`sitemap URL ${m[1]} is outside the base ${basePath}`);
      paths.push(p.slice(basePath.length));
    }
  }
  return paths;
}

/** Records every request the page makes to an origin other than the site's own. */
export function recordForeignRequests(page: Page, siteOrigin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) foreign.push(url);
  });
  return foreign;
}

/** Collects console errors and uncaught page errors. */
export function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/**
 * Searches on the search page, which must be open (`search/` in either edition), by typing `q` into
 * its box as a reader does, and returns the pathnames of the results on the first page, in rank
 * order, once they have all rendered: the status line names this query (in the page's language, from
 * the interface's own template) and the result list is no longer busy. One page serves many queries.
 */
export async function searchInPlace(page: Page, q: string, baseURL: string): Promise<string[]> {
  await page.locator('#search-page-ui input[type="search"]').fill(q);
  await page.waitForFunction(
    (query) => {
      const words = JSON.parse(
        document.querySelector('[data-search-strings]')?.getAttribute('data-search-strings') ?? '{}',
      ) as { countQuery?: string };
      const status = document.getElementById('search-page-status')?.textContent ?? '';
      const list = document.querySelector('#search-page-ui .search-results');
      return (
        status.endsWith(String(words.countQuery).replace('{q}', query)) && list?.getAttribute('aria-busy') === 'false'
      );
    },
    q,
    { timeout: 15_000 },
  );
  const hrefs = await page
    .locator('#search-page-ui .search-results > .search-result > .search-result__link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => new URL(h, baseURL).pathname);
}

/**
 * The first results of each query as the search shows them, without typing: Pagefind's own API over
 * the built index, loaded in the open page's edition (its language picks the index) with the search's
 * ranking, then the search's own first-page order (src/lib/search-rank.ts). The page must be a page of
 * the site that has not loaded the search (the home page of an edition). Returns each query's
 * pathnames in rank order: what the search page lists, read a hundred times faster than by typing.
 */
export async function searchEngine(page: Page, queries: readonly string[], baseURL: string): Promise<string[][]> {
  const base = new URL(baseURL).pathname;
  const windows = await page.evaluate(
    async ({ base, queries, ranking, rerank }) => {
      interface Result {
        data(): Promise<{ url: string; meta?: { title?: string; introduced?: string } }>;
      }
      const pagefind = (await import(`${base}pagefind/pagefind.js`)) as {
        options(o: object): Promise<void>;
        search(q: string, o: object): Promise<{ results: Result[] }>;
      };
      await pagefind.options({ baseUrl: base, ranking, noWorker: true });
      const out = [];
      for (const q of queries) {
        const { results } = await pagefind.search(q, { filters: {} });
        out.push(
          (await Promise.all(results.slice(0, rerank).map((r) => r.data()))).map((d) => ({
            url: d.url,
            meta: { title: d.meta?.title, introduced: d.meta?.introduced },
          })),
        );
      }
      return out;
    },
    { base, queries, ranking: PAGEFIND_RANKING, rerank: RERANK },
  );
  return windows.map((w, i) => firstPageOrder(queries[i], w).map((j) => new URL(w[j].url, baseURL).pathname));
}

/** A query, and the pages (pathnames) any one of which must be among its first three results; `of` names what it stands for. */
export interface ExpectedSearch {
  q: string;
  want: readonly string[];
  of: string;
}

/**
 * Every query through the search's own index and ranking at once (`searchEngine()`, on the open page,
 * whose language picks the index); then, on the search page at `searchPath`, a spread of `typed` of them
 * typed as a reader does, whose first three must equal the engine's. Returns the queries whose first three
 * hold none of their pages, one line each.
 */
export async function searchMisses(
  page: Page,
  queries: readonly ExpectedSearch[],
  baseURL: string,
  searchPath: string,
  typed = 6,
): Promise<string[]> {
  const found = await searchEngine(
    page,
    queries.map((x) => x.q),
    baseURL,
  );
  const missed = queries.flatMap(({ q, want, of }, i) =>
    found[i].slice(0, 3).some((p) => want.includes(p))
      ? []
      : [`"${q}" (${of}) → ${found[i].slice(0, 3).join(', ') || 'no result'}`],
  );
  await page.goto(searchPath);
  for (const i of spread(queries.length, typed)) {
    const paths = await searchInPlace(page, queries[i].q, baseURL);
    expect(paths.slice(0, 3), `typing ${queries[i].q}`).toEqual(found[i].slice(0, 3));
  }
  return missed;
}
