import { test, expect, type Page } from '@playwright/test';
import { readMethods } from '../content';
import { searchInPlace } from './support';

/**
 * Realistic queries (names, model names, authors, ideas, settings) and the page a researcher
 * expects. "first": a name or model name that belongs to one method, whose page (or one of its
 * result rows) must come first. "top3": an idea or an author that other pages also discuss; the
 * expected page must be among the first three, so that a similar method added later does not
 * break the test.
 */
const QUERIES: Array<[string, string, 'first' | 'top3']> = [
  // Method names
  ['LlamaGen', 'methods/llamagen/', 'first'],
  ['RAR', 'methods/rar/', 'first'],
  ['TiTok', 'methods/titok/', 'first'],
  ['MaskBit', 'methods/maskbit/', 'first'],
  ['RandAR', 'methods/randar/', 'first'],
  ['ARPG', 'methods/arpg/', 'first'],
  ['NAR', 'methods/nar/', 'first'],
  ['GigaTok', 'methods/gigatok/', 'first'],
  ['VFMTok', 'methods/vfmtok/', 'first'],
  ['TokenBridge', 'methods/tokenbridge/', 'first'],
  ['Open-MAGVIT2', 'methods/open-magvit2/', 'first'],
  ['DetailFlow', 'methods/detailflow/', 'first'],
  // Model names
  ['LlamaGen-XXL', 'methods/llamagen/', 'first'],
  ['LlamaGen-3B', 'methods/llamagen/', 'first'],
  ['VAR-d30', 'methods/var/', 'first'],
  ['MAR-H', 'methods/mar/', 'first'],
  ['AiM-XL', 'methods/aim/', 'first'],
  ['RAR-XXL', 'methods/rar/', 'first'],
  ['NAR-XL', 'methods/nar/', 'first'],
  // Authors
  ['Kaiming He', 'methods/mar/', 'top3'],
  ['Keyu Tian', 'methods/var/', 'top3'],
  ['Peize Sun', 'methods/llamagen/', 'top3'],
  ['Haopeng Li', 'methods/aim/', 'top3'],
  // Ideas, in the words researchers use
  ['next-scale prediction', 'methods/var/', 'top3'],
  ['scale-wise autoregression', 'methods/var/', 'top3'],
  ['without vector quantization', 'methods/mar/', 'top3'],
  ['diffusion loss', 'concepts/diffusion-loss/', 'top3'],
  ['autoregressive model beats diffusion', 'methods/llamagen/', 'top3'],
  ['Mamba', 'methods/aim/', 'top3'],
  ['state space model recurrence', 'methods/aim/', 'top3'],
  ['randomized autoregressive', 'methods/rar/', 'top3'],
  ['next-neighbor prediction', 'methods/nar/', 'top3'],
  ['parallel decoding', 'methods/par/', 'top3'],
  ['1D tokenizer', 'methods/titok/', 'top3'],
  ['lookup-free quantization', 'methods/open-magvit2/', 'top3'],
  ['guidance-free', 'methods/cca/', 'top3'],
  ['multi-scale residual quantization', 'concepts/tokenizers/', 'top3'],
  ['masked generative image transformer', 'methods/maskgit/', 'top3'],
  ['scalable diffusion models with transformers', 'methods/dit/', 'top3'],
  // Settings and evaluation
  ['FID reference statistics', 'concepts/metrics/', 'top3'],
  ['classifier-free guidance schedule', 'concepts/guidance-and-steps/', 'top3'],
  ['vLLM speed-up', 'methods/llamagen/', 'top3'],
];

const firstResult = (page: Page) => page.locator('.search-result__link').first();

test(`${QUERIES.length} realistic queries each find the page a researcher expects (first, or among the first three)`, async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.goto('search/');
  const missed: string[] = [];
  for (const [q, expected, mode] of QUERIES) {
    const paths = await searchInPlace(page, q, baseURL!);
    if (!paths.slice(0, mode === 'first' ? 1 : 3).includes(new URL(expected, baseURL).pathname))
      missed.push(`"${q}" (${mode}) → ${paths.slice(0, 3).join(', ') || 'no result'}`);
  }
  expect(missed, 'queries whose page is not where expected').toEqual([]);
  // The address follows the box, so the last query can be shared.
  expect(new URL(page.url()).searchParams.get('q')).toBe(QUERIES.at(-1)![0]);
});

test('a model name finds its result rows: titled with the model, linked to the row on its method page', async ({
  page,
  baseURL,
}) => {
  for (const [model, method] of [
    ['LlamaGen-3B', 'llamagen'],
    ['MAR-B', 'mar'],
    ['AiM-L', 'aim'],
  ]) {
    await page.goto(`search/?q=${encodeURIComponent(model)}`);
    const first = firstResult(page);
    await expect(first).toHaveText(
      new RegExp(`^${model}\\b.*· ${method === 'aim' ? 'AiM' : method === 'mar' ? 'MAR' : 'LlamaGen'}$`),
      { timeout: 15_000 },
    );
    const url = new URL((await first.getAttribute('href'))!, baseURL);
    expect(url.pathname).toBe(new URL(`methods/${method}/`, baseURL).pathname);
    expect(url.hash).toMatch(/^#row-/);
    const excerpt = page.locator('.search-results > .search-result').first().locator('.search-result__excerpt');
    await expect(excerpt).toContainText('FID');
    await first.click();
    await expect(page.locator(`tr[id="${url.hash.slice(1)}"]`)).toBeVisible();
  }
});

test('excerpts read as prose: no TeX source, no BibTeX entry', async ({ page }) => {
  for (const q of ['state space recurrence', 'diffusion loss', 'cite', 'bibtex', 'next-scale prediction', 'Mamba']) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status')).toHaveText(/results? for/, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const texts = await page.locator('.search-results').innerText();
    expect(texts, q).not.toMatch(
      /\\[a-zA-Z]+\{|\\(?:mathcal|bar|omega|frac|mathbb)\b|@(?:inproceedings|article|misc)\{|Copy BibTeX/,
    );
  }
});

test('the result count is announced and a filter narrows the results', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`search/?q=${encodeURIComponent('transformer')}`);
  const status = page.locator('#search-page-status');
  const count = async () => Number(((await status.textContent()) ?? '').match(/^(\d+) results? for/)?.[1] ?? NaN);
  await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(0);
  const before = await count();
  await page.locator('.search-filters summary').click();
  const core = page.getByRole('group', { name: 'role' }).getByRole('checkbox', { name: /core/ });
  await expect(core).toBeVisible();
  await core.check();
  await expect.poll(count, { timeout: 20_000 }).toBeLessThan(before);
  expect(await count()).toBeGreaterThan(0);
});

test('keyboard only: Ctrl+K opens, type, arrow to a result, Enter navigates and highlights the words', async ({
  page,
}) => {
  await page.goto('');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('without vector quantization');
  // Wait until the results for the whole query are shown (the list re-renders while typing).
  await expect(dialog.getByRole('status')).toHaveText(/results? for without vector quantization/, { timeout: 15_000 });
  await expect(dialog.locator('.search-result__link').first()).toBeVisible();
  await page.waitForLoadState('networkidle'); // every result's fragment has arrived; the list no longer re-renders
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.search-result__link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/methods\/mar\/.*highlight=/);
  await expect(page.locator('mark').first()).toBeVisible();
});

test('typing straight after Ctrl+K loses no keystroke while search loads', async ({ page }) => {
  await page.goto('methods/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('VAR-d30'); // no wait: the box is in the page and focused at once
  const dialog = page.locator('#search-dialog');
  await expect(dialog.locator('input')).toHaveValue('VAR-d30');
  await expect(dialog.getByRole('status')).toHaveText(/results? for VAR-d30$/, { timeout: 15_000 });
  await expect(dialog.locator('.search-result__link').first()).toHaveAttribute('href', /methods\/var\//);
});

test('Enter in the dialog opens the search page with the query and its filters', async ({ page }) => {
  await page.goto('timeline/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('tokenizer');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=tokenizer$/);
  await expect(page.locator('#search-page-ui input[type="search"]')).toHaveValue('tokenizer');
  await expect(page.locator('.search-filters summary')).toBeVisible();
  await expect(page.locator('.search-result__link').first()).toBeVisible();
});

test('"/" opens search; Escape closes it and returns focus to where it was', async ({ page }) => {
  await page.goto('methods/');
  const link = page.getByRole('link', { name: 'MAR', exact: true });
  await link.focus();
  await page.keyboard.press('/');
  await expect(page.locator('#search-dialog')).toBeVisible();
  await expect(page.locator('#search-dialog input').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-dialog')).toBeHidden();
  await expect(link).toBeFocused();
});

test('a reading page requests no search asset until search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('methods/var/', { waitUntil: 'networkidle' });
  // No script file at all: the inline head script is the page's only script until the reader acts.
  expect(requested.filter((p) => p.includes('/pagefind/') || p.endsWith('.js'))).toEqual([]);
  // The search module is built and fingerprinted; the page names its path.
  const module = await page.locator('#search-dialog').getAttribute('data-module');
  expect(module).toMatch(/^_astro\/search\.[\w-]{6,}\.js$/);
  await page.getByRole('link', { name: /^Search/ }).click();
  await expect(page.locator('#search-dialog input').first()).toBeVisible();
  await page.keyboard.type('mamba');
  await expect(page.locator('#search-dialog .search-result__link').first()).toBeVisible({ timeout: 15_000 });
  expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // Pagefind's own ready-made interface is not needed: the site's search.js builds the results.
  expect(requested.filter((p) => /pagefind-(component-|modular-)?ui/.test(p))).toEqual([]);
  expect(requested.some((p) => p.endsWith(`/${module}`))).toBe(true);
});

test('on the search page, the Search button searches in place', async ({ page }) => {
  await page.goto('search/');
  await page.locator('#search-page-ui input[type="search"]').fill('Mamba');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.locator('.search-result__link').first()).toHaveAttribute('href', /methods\/aim\//);
  await expect(page).toHaveURL(/search\/\?q=Mamba$/);
});

test('the search page loads no index until the reader types or opens the filters', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('search/', { waitUntil: 'networkidle' });
  await expect(page.locator('#search-page-ui input[type="search"]')).toBeFocused();
  expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  await page.locator('.search-filters summary').click();
  await expect(page.getByRole('group', { name: 'year' })).toBeVisible();
  expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search link leads to the search page', async ({ page }) => {
    await page.goto('');
    await page.getByRole('link', { name: /^Search/ }).click();
    await expect(page).toHaveURL(/search\/$/);
    await expect(page.locator('h1')).toHaveText('Search');
  });
});

test('every method is found by its short name among the first three results', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('search/');
  const missed: string[] = [];
  for (const m of readMethods()) {
    const paths = await searchInPlace(page, m.data.short_name, baseURL!);
    if (!paths.slice(0, 3).includes(new URL(`methods/${m.slug}/`, baseURL).pathname))
      missed.push(`${m.data.short_name}: ${paths.slice(0, 3).join(', ')}`);
  }
  expect(missed).toEqual([]);
});
