import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { browserGatePaths, builtPagePaths, pagesToCheck, spread } from './support';
import { readMethods, readResults } from '../content';

// Runs in the "no-js" project (javaScriptEnabled: false, see playwright.config.ts): what a reader
// with JavaScript off gets. No control may be shown that cannot work, and the content must all be there.

/**
 * Visible form controls that do nothing without JavaScript, described one per line. A control works
 * without script when it is a link, a <summary>, or a control of a form that the browser can submit
 * itself (a form with an action: a GET navigation); a button of type "button" never does.
 */
async function deadControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dead: string[] = [];
    const visible = (el: Element) =>
      (el as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: true });
    for (const el of document.querySelectorAll('button, input, select, textarea, [role="button"]')) {
      if (!visible(el) || (el as HTMLInputElement).type === 'hidden') continue;
      const form = (el as HTMLInputElement).form ?? el.closest('form');
      const isButton = el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';
      const type = (el.getAttribute('type') ?? (el.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase();
      const submittable = form !== null && form.hasAttribute('action') && form.getAttribute('method') !== 'dialog';
      const works = isButton ? type !== 'button' && submittable : submittable;
      if (!works) dead.push(`${el.outerHTML.slice(0, 120)}`);
    }
    return dead;
  });
}

const pages = builtPagePaths();

test('the built site lists pages of every type', () => {
  for (const p of ['', 'methods/', 'methods/mar/', 'compare/', 'timeline/', 'concepts/', 'search/', 'contribute/'])
    expect(pages).toContain(p);
});

/** The English method pages: one loop below visits each once for all of its no-JavaScript checks. */
const isMethodPage = (path: string) => /^methods\/[^/]+\/$/.test(path);

// The boards and benchmark tables other than each task's default share one template each: the sampled ones stand for them.
for (const path of browserGatePaths().filter((p) => !isMethodPage(p))) {
  test(`no dead control without JavaScript: /${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-js'))).toBe(false);
    expect(await deadControls(page)).toEqual([]);
  });
}

test('without JavaScript the theme follows the system and no theme button shows', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(bg);
});

test('without JavaScript the compare page shows every row and no filter form; a board shows its charts', async ({
  page,
}) => {
  for (const [path, benchmark] of [
    ['compare/', 'imagenet-cc'],
    ['compare/geneval/', 'geneval'],
  ]) {
    await page.goto(path);
    const rows = page.locator('#compare-table tbody tr');
    expect(await rows.count()).toBe(readResults().filter((r) => r.benchmark === benchmark).length);
    expect(await rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent === null).length)).toBe(
      0,
    );
  }
  await expect(page.locator('#compare-filters')).toBeHidden();
  await page.goto('leaderboard/');
  await expect(page.locator('figure.chart svg:visible')).toHaveCount(2);
  expect(await page.locator('figure.chart svg:visible g.mark').count()).toBeGreaterThan(3);
});

test('without JavaScript the search page says why and where to go instead', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('#search-page-input')).toBeHidden();
  const note = page.locator('#search-needs-js');
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: 'methods index' })).toHaveAttribute('href', /methods\/$/);
  await expect(note.getByRole('link', { name: 'compare table' })).toHaveAttribute('href', /compare\/$/);
});

test('without JavaScript the timeline lists every method', async ({ page }) => {
  await page.goto('timeline/');
  const methods = readMethods();
  await expect(page.locator('.timeline .entry')).toHaveCount(methods.length);
  for (const m of methods.slice(0, 5)) await expect(page.locator(`#t-${m.slug}`)).toBeVisible();
});

/** The rows of a built method page's results tables, read from its HTML: [all, hidden by an attribute]. */
function resultRowsInHtml(html: string): [number, number] {
  const from = html.indexOf('aria-labelledby="results"');
  if (from === -1) return [0, 0];
  const ownHeading = html.indexOf('</h2>', from);
  const next = html.indexOf('<h2', ownHeading);
  const section = html.slice(from, next === -1 ? undefined : next);
  const bodies = [...section.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1]);
  const rows = bodies.flatMap((b) => [...b.matchAll(/<tr(\s[^>]*)?>/g)].map((m) => m[1] ?? ''));
  return [rows.length, rows.filter((a) => /\shidden[\s=>]|\shidden$/.test(a)).length];
}

test('without JavaScript every method page shows no dead control, all its results and its formulas', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const rows = readResults();
  const methods = readMethods();
  expect(pagesToCheck().filter(isMethodPage).sort()).toEqual(methods.map((m) => `methods/${m.slug}/`).sort());
  const problems: string[] = [];
  const hasMath = (slug: string) =>
    /\$[^$\s][^$]*\$/.test(
      readFileSync(`src/content/methods/${slug}.mdx`, 'utf8').split(/^---$/m).slice(2).join('---'),
    );
  // Every page, from its HTML: every row of its own in its results tables and none hidden, and its formulas rendered.
  for (const m of methods) {
    const html = readFileSync(`dist/methods/${m.slug}/index.html`, 'utf8');
    const own = rows.filter((r) => r.method === m.slug).length;
    const [inHtml, hidden] = resultRowsInHtml(html);
    if (inHtml !== own) problems.push(`${m.slug}: ${inHtml} of ${own} result rows in its HTML`);
    if (hidden > 0) problems.push(`${m.slug}: ${hidden} result rows hidden`);
    if (hasMath(m.slug) && !html.includes('class="katex"')) problems.push(`${m.slug}: no formula rendered`);
  }
  // In the browser, the pages that have their own sections (the core) and a spread of the others (one
  // template): no script ran, no dead control, every row and a formula visible as the style sheet lays them out.
  const core = methods.filter((m) => m.data.role === 'core');
  const others = methods.filter((m) => m.data.role !== 'core');
  for (const m of [...core, ...spread(others.length, 12).map((i) => others[i])]) {
    await page.goto(`methods/${m.slug}/`);
    if (await page.evaluate(() => document.documentElement.hasAttribute('data-js')))
      problems.push(`${m.slug}: a script ran`);
    for (const dead of await deadControls(page)) problems.push(`${m.slug}: dead control ${dead}`);
    const own = rows.filter((r) => r.method === m.slug).length;
    const shown = await page.locator('section[aria-labelledby="results"] table tbody tr:visible').count();
    if (shown !== own) problems.push(`${m.slug}: ${shown} of ${own} result rows shown`);
    if (hasMath(m.slug) && !(await page.locator('.katex').first().isVisible()))
      problems.push(`${m.slug}: no formula shown`);
  }
  expect(problems).toEqual([]);
});

test('the HTML row count of a results section counts every row and the hidden ones', () => {
  const page = (body: string) =>
    `<section aria-labelledby="results"><h2 id="results">Results</h2>${body}</section><h2 id="cite">Cite</h2><table><tbody><tr><td>x</td></tr></tbody></table>`;
  expect(
    resultRowsInHtml(page('<table><tbody><tr><td>a</td></tr><tr class="b"><td>b</td></tr></tbody></table>')),
  ).toEqual([2, 0]);
  expect(
    resultRowsInHtml(
      page('<table><tbody><tr hidden><td>a</td></tr></tbody></table><table><tbody><tr><td>c</td></tr></tbody></table>'),
    ),
  ).toEqual([2, 1]);
  expect(resultRowsInHtml('<p>no results</p>')).toEqual([0, 0]);
});

test('without JavaScript the phone menu opens and closes (a native disclosure)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('compare/');
  const summary = page.locator('.site-header summary', { hasText: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name: 'Compare' });
  await expect(link).toBeHidden();
  await summary.click();
  await expect(nav.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
  await summary.click();
  await expect(link).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
});
