import { test, expect, type Page } from '@playwright/test';
import { readCensus, readMethods } from '../content';
import type { Family } from '../../src/lib/vocab';
import { searchInPlace, searchMisses } from './support';

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
  // Ideas, in the words researchers use
  ['next-scale prediction', 'methods/var/', 'top3'],
  ['without vector quantization', 'methods/mar/', 'top3'],
  ['diffusion loss', 'concepts/diffusion-loss/', 'top3'],
  ['autoregressive model beats diffusion', 'methods/llamagen/', 'top3'],
  ['Mamba', 'methods/aim/', 'top3'],
  ['state space model recurrence', 'methods/aim/', 'top3'],
  ['randomized autoregressive', 'methods/rar/', 'top3'],
  ['next-neighbor prediction', 'methods/nar/', 'top3'],
  ['parallelized autoregressive', 'methods/par/', 'top3'],
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

/** The path of method `slug`'s page under the site's base. */
const methodPath = (slug: string, baseURL: string | undefined) => new URL(`methods/${slug}/`, baseURL).pathname;

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

/** An author's name: the first result is one of their papers (they may have several on the site). */
const AUTHORS = ['Kaiming He', 'Keyu Tian', 'Peize Sun', 'Haopeng Li'];

test("an author's name finds one of their papers first", async ({ page, baseURL }) => {
  await page.goto('search/');
  const missed: string[] = [];
  for (const name of AUTHORS) {
    const theirs = readMethods()
      .filter((m) => m.data.paper.authors.includes(name))
      .map((m) => methodPath(m.slug, baseURL));
    expect(theirs.length, name).toBeGreaterThan(0);
    const paths = await searchInPlace(page, name, baseURL!);
    if (!theirs.includes(paths[0])) missed.push(`"${name}" → ${paths.slice(0, 3).join(', ') || 'no result'}`);
  }
  expect(missed).toEqual([]);
});

/** A reader's one- or two-word name for each paradigm; a paradigm added to the vocabulary needs its words here. */
const FAMILY_WORDS = {
  'next-token': 'raster order',
  'masked-random-order': 'masked autoregressive',
  'parallel-decoding': 'parallel decoding',
  'next-scale': 'next-scale',
  diffusion: 'diffusion transformer',
  gan: 'GAN',
} satisfies Record<Family, string>;

test('the short words of an idea find the page that introduced it, and those of a paradigm a method of it, among the first three', async ({
  page,
  baseURL,
}) => {
  // Every idea and paradigm through the search's own index and ranking at once (they grow with the
  // pages); a spread of them also by typing, so the two are seen to agree.
  await page.goto('');
  const methods = readMethods();
  // Every idea a page says it introduced (one originator per idea, by the build's guard), in every form it lists.
  const ideas = methods.flatMap((m) =>
    m.data.introduced.map((idea) => ({ q: idea, want: [methodPath(m.slug, baseURL)], of: m.slug })),
  );
  const paradigms = Object.entries(FAMILY_WORDS).map(([family, words]) => ({
    q: words,
    want: methods.filter((m) => m.data.family === family).map((m) => methodPath(m.slug, baseURL)),
    of: family,
  }));
  expect(await searchMisses(page, [...ideas, ...paradigms], baseURL!, 'search/')).toEqual([]);
});

test('a method known but not ranked is found, marked as such, and leads to its census entry', async ({
  page,
  baseURL,
}) => {
  const entry = readCensus()[0];
  await page.goto(`search/?q=${encodeURIComponent(entry.name)}`);
  const first = firstResult(page);
  await expect(first).toHaveText(`${entry.name} · Known, not on the boards`, { timeout: 15_000 });
  const url = new URL((await first.getAttribute('href'))!, baseURL);
  expect(url.pathname + url.hash).toBe(new URL(`census/#${entry.id}`, baseURL).pathname + `#${entry.id}`);
  await first.click();
  await expect(page.locator(`tr[id="${entry.id}"]`)).toBeVisible();
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
    expect(url.pathname).toBe(methodPath(method, baseURL));
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
  // Every method through the search's own index and ranking at once; a spread of eight also by typing
  // (the realistic queries above go through the interface too), so the two are seen to agree.
  await page.goto('');
  const queries = readMethods().map((m) => ({
    q: m.data.short_name,
    want: [methodPath(m.slug, baseURL)],
    of: m.slug,
  }));
  expect(await searchMisses(page, queries, baseURL!, 'search/', 8)).toEqual([]);
});
