import type { APIRequestContext, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { readMethods } from '../content';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 A/AA findings on the page (or inside `include`, less `exclude`), one short line each. */
export async function axeViolations(page: Page, include?: string, exclude?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder.include(include);
  if (exclude) builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

/**
 * Themes in which a page is scanned. Surveyed and baseline method pages share one template and
 * differ only in data: each is scanned in one theme, alternating, so both themes cover the template
 * many times over; every other page (the core pages, with their own sections, included) is scanned
 * in both.
 */
export function themesToScan(path: string): string[] {
  const shared = readMethods()
    .filter((m) => m.data.role !== 'core')
    .map((m) => `methods/${m.slug}/`)
    .sort();
  const i = shared.indexOf(path);
  return i === -1 ? ['light', 'dark'] : [i % 2 === 0 ? 'light' : 'dark'];
}

/**
 * Page paths (relative to the base) listed in the built sitemap in `dist`, read from disk so that
 * each page gets its own test. The build must run first (`npm test` does).
 */
export function builtPagePaths(dir = 'dist'): string[] {
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  return files.flatMap((f) =>
    [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(base.length)),
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
