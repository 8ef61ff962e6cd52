import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  COLOUR_RULES,
  EDITION,
  keepFirstRows,
  browserGatePaths,
  builtPagePaths,
  staticPageProblems,
  recordConsoleErrors,
  recordForeignRequests,
  sitemapPaths,
  themesToScan,
} from './support';

test('the sitemap lists the home page, the methods index and every method page', async ({ request, baseURL }) => {
  const paths = await sitemapPaths(request, baseURL!);
  expect(paths).toContain('');
  expect(paths).toContain('methods/');
  expect(paths).toContain('methods/mar/');
});

// One page load per page for every page-level gate: status, structure, console, network, accessibility.
test.describe.configure({ timeout: 120_000 });
for (const path of browserGatePaths()) {
  const themes = themesToScan(path);
  test(`${path || 'home'}: 200, one h1, a title, no console error, no other origin${themes.length ? `, no WCAG 2.2 A/AA violation (${themes[0]}${path.startsWith(`${EDITION}/`) ? ', colours checked on the English pages' : ''}${themes[1] ? `; colours in ${themes[1]}` : ''})` : ''}`, async ({
    page,
    baseURL,
  }) => {
    const errors = recordConsoleErrors(page);
    const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
    // A page loads no script file (only the inline head script runs), so once it and its fonts have
    // loaded it requests nothing more; console and network are read at the end, after the scans.
    const response = await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(0);
    // A table's first 50 rows stand for the rest (one template, other numbers).
    if (themes.length) await keepFirstRows(page, 50);
    for (const [k, theme] of themes.entries()) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      // Every rule in the first theme; in the second, the rules that read colours (the only difference).
      // A Chinese page has its English twin's style sheet and colours (only the font family and line
      // height differ): the colour rules, which scan the English pages of its template, are left out.
      const rules = k === 0 ? undefined : COLOUR_RULES;
      const except = path.startsWith(`${EDITION}/`) ? COLOUR_RULES : undefined;
      expect(await axeViolations(page, { rules, except }), `${theme} theme`).toEqual([]);
    }
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}

test('every built page of both editions has one h1 and a title, and loads nothing from another origin', () => {
  const pages = builtPagePaths();
  expect(pages.length).toBeGreaterThan(100);
  const problems = pages.flatMap((p) =>
    staticPageProblems(readFileSync(`dist/${p}index.html`, 'utf8')).map((e) => `/${p}: ${e}`),
  );
  expect(problems).toEqual([]);
});

test('the static page check finds what it is for', () => {
  const page = (body: string, head = '<title>T</title>') => `<html><head>${head}</head><body>${body}</body></html>`;
  expect(staticPageProblems(page('<h1>A</h1><a href="https://arxiv.org/abs/1">paper</a>'))).toEqual([]);
  expect(staticPageProblems(page('<h1>A</h1><link rel="canonical" href="https://x.org/">'))).toEqual([]);
  expect(staticPageProblems(page('<h1>A</h1><h1 class="b">B</h1>'))).toEqual(['2 h1 elements']);
  expect(staticPageProblems(page('<h1>A</h1>', '<title> </title>'))).toEqual(['no title']);
  expect(staticPageProblems(page('<h1>A</h1><img alt="" src="//cdn.example/x.png">'))).toHaveLength(1);
  expect(
    staticPageProblems(page('<h1>A</h1><img alt="" srcset="/a.png 1x, https://cdn.example/b.png 2x">')),
  ).toHaveLength(1);
  expect(
    staticPageProblems(page('<h1>A</h1>', '<title>T</title><link href="https://fonts.example/css" rel="stylesheet">')),
  ).toHaveLength(1);
  expect(
    staticPageProblems(
      page('<h1>A</h1>', "<title>T</title><style>@font-face{src:url('https://f.example/a.woff2')}</style>"),
    ),
  ).toHaveLength(1);
  expect(
    staticPageProblems(page('<h1>A</h1><script type="module" src="https://cdn.example/x.js"></script>')),
  ).toHaveLength(1);
});

test('an unknown address answers 404 with the site page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the page declares a CSP that runs its own inline script by hash and blocks any other inline script', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  // The site's own inline script ran (it reveals the theme toggle) ...
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  // ... and an injected one is refused.
  const ran = await page.evaluate(async () => {
    (window as unknown as { injected?: boolean }).injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { injected?: boolean }).injected;
  });
  expect(ran).toBe(false);
  expect(errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
});
