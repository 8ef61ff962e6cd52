import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readResults } from '../content';

// The ImageNet table is /compare/ (each other benchmark has its own under it).
const rows = readResults().filter((r) => r.benchmark === 'imagenet-cc');
const visibleRows = (page: Page) => page.locator('#compare-table tbody tr:not([hidden])');
const fidOf = async (page: Page, i: number) =>
  Number(await visibleRows(page).nth(i).locator('td[data-col="fid"]').locator('a').first().innerText());

test('sorting by FID ascending puts the lowest FID first and sets aria-sort', async ({ page }) => {
  await page.goto('compare/');
  const header = page.locator('#compare-table thead th', { hasText: 'FID' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const fids = (await visibleRows(page).locator('td[data-col="fid"] a:first-child').allInnerTexts()).map(Number);
  expect(fids.length).toBe(await visibleRows(page).count());
  expect(fids).toEqual([...fids].sort((a, b) => a - b));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await fidOf(page, 0)).toBe(Math.max(...fids));
  await expect(page).toHaveURL(/sort=fid&dir=desc/);
});

test('a filter reduces the rows and survives a reload through the URL', async ({ page }) => {
  await page.goto('compare/');
  const before = await visibleRows(page).count();
  // The every-row table arrives with its filters unfolded (they are its main control).
  await expect(page.locator('.filters-box')).toHaveAttribute('open', '');
  await page.getByRole('checkbox', { name: 'Next-scale prediction' }).check();
  await expect(page).toHaveURL(/family=next-scale/);
  const after = await visibleRows(page).count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  await page.reload();
  // A view from the URL arrives with its filters open.
  await expect(page.getByRole('checkbox', { name: 'Next-scale prediction' })).toBeChecked();
  await expect(visibleRows(page)).toHaveCount(after);
  for (const name of await visibleRows(page).locator('td[data-col="family"]').allInnerTexts())
    expect(name).toBe('Next-scale prediction');
  await expect(page.getByRole('status')).toHaveText(`Showing ${after} of ${rows.length} rows.`);
});

test('"every paper\'s table" shows every row of the data', async ({ page }) => {
  await page.goto('compare/?reported=all');
  await expect(visibleRows(page)).toHaveCount(rows.length);
});

test('keyboard alone can sort and filter', async ({ page }) => {
  await page.goto('compare/');
  const box = page.getByRole('checkbox', { name: 'Next-token (raster order)' });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/family=next-token/);
  const fidButton = page.locator('#compare-table thead th', { hasText: 'FID' }).getByRole('button');
  await fidButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#compare-table thead th', { hasText: 'FID' })).toHaveAttribute('aria-sort', 'ascending');
});

test('the CSV of the current view parses and has as many rows as the table shows', async ({ page }) => {
  await page.goto('compare/?family=next-token');
  const shown = await visibleRows(page).count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-view').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  const records = parse<Record<string, string>>(csv, { columns: true });
  expect(records).toHaveLength(shown);
  expect(Object.keys(records[0])).toContain('source_url');
});

test('the full CSV export parses and holds every row', async ({ request }) => {
  const csv = await (await request.get('data/results.csv')).text();
  const records = parse<Record<string, string>>(csv, { columns: true });
  expect(records.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table is complete and in the page', async ({ page }) => {
    await page.goto('compare/');
    await expect(page.locator('#compare-table tbody tr')).toHaveCount(rows.length);
    // Rows outside the default view are rendered hidden for the script; without it they all show.
    await expect(page.locator('#compare-table tbody tr:visible')).toHaveCount(rows.length);
  });
});

test('the timeline lists the seed methods in the order they appeared, with machine-readable dates', async ({
  page,
}) => {
  await page.goto('timeline/');
  const ids = await page.locator('.timeline > li').evaluateAll((els) => els.map((e) => e.id));
  const at = (s: string) => ids.indexOf(`t-${s}`);
  expect(at('var')).toBeGreaterThan(-1);
  expect(at('var')).toBeLessThan(at('llamagen'));
  expect(at('llamagen')).toBeLessThan(at('mar'));
  expect(at('mar')).toBeLessThan(at('aim'));
  await expect(page.locator('#t-llamagen .when time')).toHaveAttribute('datetime', '2024-06-10');
  await expect(page.locator('#t-mar .when time')).toHaveAttribute('datetime', '2024-06-17');
});

test('the timeline filters by family on demand (no script until asked), keeps the choice in the URL, and hides empty years', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('timeline/');
  const entries = page.locator('[data-timeline-entry]');
  const total = await entries.count();
  expect(scripts.filter((u) => u.includes('timeline-filter'))).toEqual([]);
  await page.getByRole('checkbox', { name: 'Next-scale prediction' }).check();
  await expect(page).toHaveURL(/family=next-scale/);
  const shown = page.locator('[data-timeline-entry]:visible');
  const n = await shown.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(total);
  for (const f of await shown.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.family)))
    expect(f).toBe('next-scale');
  await expect(page.locator('.family-filter [role="status"]')).toHaveText(`Showing ${n} of ${total} papers.`);
  // A year without a next-scale paper is hidden whole.
  expect(await page.locator('[data-timeline-year]:visible').count()).toBeLessThan(
    await page.locator('[data-timeline-year]').count(),
  );
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Next-scale prediction' })).toBeChecked();
  await expect(shown).toHaveCount(n);
  await page.getByRole('button', { name: 'All families' }).click();
  await expect(page.locator('[data-timeline-entry]:visible')).toHaveCount(total);
});
