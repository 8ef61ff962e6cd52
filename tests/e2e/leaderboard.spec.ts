import { test, expect } from '@playwright/test';

test('the default board ranks one row per model by FID, and each row links to its method and source', async ({ page }) => {
  await page.goto('leaderboard/');
  const rows = page.locator('#board-table tbody tr');
  const n = await rows.count();
  expect(n).toBeGreaterThan(20);
  const cells = await rows.evaluateAll((trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => ({ rank: Number(tr.querySelector('[data-col="rank"]')!.textContent), model: tr.querySelector('th')!.textContent!.trim(), fid: Number(tr.querySelector('[data-col="fid"]')!.textContent) })),
  );
  expect(cells.map((c) => c.rank)).toEqual(cells.map((_, i) => i + 1));
  for (let i = 1; i < cells.length; i++) expect(cells[i].fid, cells[i].model).toBeGreaterThanOrEqual(cells[i - 1].fid);
  expect(new Set(cells.map((c) => c.model)).size).toBe(cells.length);
  const first = rows.first();
  await expect(first.locator('th a')).toHaveAttribute('href', /methods\/[a-z0-9.-]+\/$/);
  await expect(first.locator('td:last-child a')).toHaveAttribute('href', /^https:\/\/(arxiv\.org|github\.com)\//);
});

test('boards switch in one click, say what they hold, and link to every row', async ({ page }) => {
  await page.goto('leaderboard/');
  const nav = page.getByRole('navigation', { name: 'Boards' });
  await expect(nav.getByRole('link', { name: '256×256' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Without guidance' }).click();
  await expect(page).toHaveURL(/leaderboard\/no-guidance\/$/);
  await expect(page.locator('h1')).toContainText('without guidance');
  await expect(page.locator('.lede')).toContainText('without any guidance');
  await expect(page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Without guidance' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(/Left out: numbers from other papers/)).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Every row, every source' })).toHaveAttribute('href', /compare\/$/);
});

test('the 256 board charts the best FID to date of each side, with the changes of lead as text', async ({ page }) => {
  await page.goto('leaderboard/');
  const svg = page.locator('.time-chart svg:visible');
  await expect(svg).toHaveAttribute('role', 'img');
  expect(await svg.locator('path.step').count()).toBe(2);
  const leads = page.locator('.time-chart .leads li');
  expect(await leads.count()).toBeGreaterThan(0);
  await expect(leads.first()).toContainText(/takes the lead with .*FID [\d.]+ against [\d.]+/);
  expect(await svg.locator('circle').count()).toBe(await leads.count());
  await expect(page.locator('#over-time-chart-desc')).toContainText('Changes of lead');
});

test('each board downloads as CSV and JSON with the same rows in the same order as its table', async ({ page, request }) => {
  const { parse } = await import('csv-parse/sync');
  for (const path of ['leaderboard/', 'leaderboard/no-guidance/']) {
    await page.goto(path);
    const ids = await page.locator('#board-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^board-/, '')));
    const csvHref = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    const jsonHref = await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
    const csv = parse(await (await request.get(new URL(csvHref!, page.url()).href)).text(), { columns: true }) as Array<{ id: string; rank: string }>;
    const json = (await (await request.get(new URL(jsonHref!, page.url()).href)).json()) as { rows: Array<{ id: string }> };
    expect(csv.map((r) => r.id)).toEqual(ids);
    expect(json.rows.map((r) => r.id)).toEqual(ids);
    expect(csv.map((r) => Number(r.rank))).toEqual(ids.map((_, i) => i + 1));
  }
});
