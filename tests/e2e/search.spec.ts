import { test, expect, type Page } from '@playwright/test';

/** Realistic queries and the page a researcher expects first. */
const QUERIES: Array<[string, string]> = [
  ['next-scale prediction', 'methods/var/'],
  ['diffusion loss', 'concepts/diffusion-loss/'],
  ['Kaiming He', 'methods/mar/'],
  ['without vector quantization', 'methods/mar/'],
  ['autoregressive model beats diffusion', 'methods/llamagen/'],
  ['vLLM speed-up', 'methods/llamagen/'],
  ['LlamaGen-XXL', 'methods/llamagen/'],
  ['VAR-d30', 'methods/var/'],
  ['MAR-H', 'methods/mar/'],
  ['AiM-XL', 'methods/aim/'],
  ['Mamba', 'methods/aim/'],
  ['state space model recurrence', 'methods/aim/'],
  ['multi-scale residual quantization', 'concepts/tokenizers/'],
  ['FID reference statistics', 'concepts/metrics/'],
  ['masked generative image transformer', 'methods/maskgit/'],
  ['scalable diffusion models with transformers', 'methods/dit/'],
];

const firstResult = (page: Page) => page.locator('.search-result__link').first();

for (const [q, expected] of QUERIES) {
  test(`"${q}" finds ${expected} first`, async ({ page, baseURL }) => {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#search-page-ui input').first()).toHaveValue(q);
    await expect(firstResult(page)).toBeVisible();
    const href = await firstResult(page).getAttribute('href');
    expect(new URL(href!, baseURL).pathname).toBe(new URL(expected, baseURL).pathname);
  });
}

test('a model name leads to the results table of its method page', async ({ page, baseURL }) => {
  await page.goto(`search/?q=${encodeURIComponent('rejection sampling RQ-Transformer')}`);
  await expect(firstResult(page)).toBeVisible();
  const links = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.some((h) => new URL(h!, baseURL).hash === '#results')).toBe(true);
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

test('keyboard only: Ctrl+K opens, type, arrow to a result, Enter navigates and highlights the words', async ({ page }) => {
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
  expect(requested.filter((p) => p.includes('/pagefind/') || p.endsWith('/scripts/search.js'))).toEqual([]);
  await page.getByRole('link', { name: /^Search/ }).click();
  await expect(page.locator('#search-dialog input').first()).toBeVisible();
  await page.keyboard.type('mamba');
  await expect(page.locator('#search-dialog .search-result__link').first()).toBeVisible({ timeout: 15_000 });
  expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // Pagefind's own ready-made interface is not needed: the site's search.js builds the results.
  expect(requested.filter((p) => /pagefind-(component-|modular-)?ui/.test(p))).toEqual([]);
  expect(requested.some((p) => p.endsWith('/scripts/search.js'))).toBe(true);
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
