import { test, expect } from '@playwright/test';

test('the default board ranks one row per model by FID, and each row links to its method and source', async ({
  page,
}) => {
  await page.goto('leaderboard/');
  const rows = page.locator('#board-table tbody tr');
  const n = await rows.count();
  expect(n).toBeGreaterThan(20);
  const cells = await rows.evaluateAll((trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => ({
      rank: Number(tr.querySelector('[data-col="rank"]')!.textContent),
      model: tr.querySelector('th')!.textContent.trim(),
      fid: Number(tr.querySelector('[data-col="fid"]')!.textContent),
    })),
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
  await expect(nav.getByRole('link', { name: '256×256', exact: true })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Without guidance', exact: true }).click();
  await expect(page).toHaveURL(/leaderboard\/no-guidance\/$/);
  await expect(page.locator('h1')).toContainText('without guidance');
  await expect(page.locator('.lede')).toContainText('without any guidance');
  await expect(
    page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Without guidance', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
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

test('each board downloads as CSV and JSON: its listed rows first, in the same order, then the ranks below the page', async ({
  page,
  request,
}) => {
  const { parse } = await import('csv-parse/sync');
  for (const path of ['leaderboard/', 'leaderboard/no-guidance/']) {
    await page.goto(path);
    const ids = await page
      .locator('#board-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^board-/, '')));
    const csvHref = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    const jsonHref = await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
    const csv = parse<{ id: string; rank: string }>(
      await (await request.get(new URL(csvHref!, page.url()).href)).text(),
      {
        columns: true,
      },
    );
    const json = (await (await request.get(new URL(jsonHref!, page.url()).href)).json()) as {
      rows: Array<{ id: string }>;
    };
    expect(csv.slice(0, ids.length).map((r) => r.id)).toEqual(ids);
    expect(json.rows.slice(0, ids.length).map((r) => r.id)).toEqual(ids);
    expect(csv.map((r) => Number(r.rank))).toEqual(csv.map((_, i) => i + 1));
    expect(json.rows).toHaveLength(csv.length);
  }
});

test('a board lists at most 100 ranks, says how many it holds, and its filters narrow it with the state in the URL', async ({
  page,
}) => {
  await page.goto('leaderboard/');
  const rows = page.locator('#board-table tbody tr:not([hidden])');
  const listed = await rows.count();
  expect(listed).toBeLessThanOrEqual(100);
  const lede = await page.locator('.lede').innerText();
  const total = Number(/; (\d+) models from/.exec(lede)![1]);
  expect(total).toBeGreaterThanOrEqual(listed);
  if (total > listed) expect(lede).toContain(`lists the first ${listed}`);
  await page.getByText('Filter this board').click();
  await page.getByRole('checkbox', { name: 'Next-scale prediction' }).check();
  await expect(page).toHaveURL(/family=next-scale/);
  const after = await rows.count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(listed);
  for (const name of await rows.locator('td[data-col="family"]').allInnerTexts())
    expect(name).toBe('Next-scale prediction');
  await expect(page.locator('#board-status')).toHaveText(`Showing ${after} of ${listed} models.`);
  // Ranks stay the board's own: a filtered board shows where each model stands overall.
  const ranks = (await rows.locator('[data-col="rank"]').allInnerTexts()).map(Number);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  await page.getByLabel('From').selectOption('1000');
  await expect(page).toHaveURL(/min=1000/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Next-scale prediction' })).toBeChecked();
  await expect(page.getByLabel('From')).toHaveValue('1000');
  expect(await rows.count()).toBeLessThanOrEqual(after);
});

test('a board sorts by a column and downloads the rows shown as CSV and JSON', async ({ page }) => {
  await page.goto('leaderboard/?family=next-scale');
  const header = page.locator('#board-table thead th', { hasText: 'Params' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=params/);
  const shown = await page
    .locator('#board-table tbody tr:not([hidden])')
    .evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^board-/, '')));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#board-download-csv').click()]);
  const lines = (await (await import('node:fs')).promises.readFile(await csv.path(), 'utf8')).trim().split('\n');
  expect(lines.length - 1).toBe(shown.length);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#board-download-json').click()]);
  const entries = JSON.parse(await (await import('node:fs')).promises.readFile(await json.path(), 'utf8')) as Array<{
    id: string;
  }>;
  expect(entries.map((e) => e.id)).toEqual(shown);
});

test('each board charts its models against parameters and against sequential steps; every mark names itself and links to its method', async ({
  page,
}) => {
  await page.goto('leaderboard/');
  // The models listed, by name (without the method named beside it).
  const listed = new Set(
    await page.locator('#board-table tbody th[scope="row"]').evaluateAll((ths) =>
      ths.map((th) => {
        const c = th.cloneNode(true) as HTMLElement;
        c.querySelectorAll('.method').forEach((e) => e.remove());
        return c.textContent.trim();
      }),
    ),
  );
  for (const [id, title] of [
    ['board-params-chart', 'FID against parameters'],
    ['board-steps-chart', 'FID against sequential forward passes'],
  ]) {
    const svg = page.locator(`svg:has(> title#${id}-title)`);
    await expect(svg).toBeVisible();
    await expect(svg.locator('title').first()).toHaveText(title);
    const claimed = Number(await svg.getAttribute('data-points'));
    expect(claimed).toBeGreaterThan(5);
    const links = svg.locator('.marks a');
    await expect(links).toHaveCount(claimed);
    // Marks are models of the board (the listed ranks, or ranks below the page, which the downloads hold).
    // A mark's name is its model's, then (unless the model's name holds it) its method's, then its numbers.
    const names = await links.locator('title').allTextContents();
    expect(
      names.filter((n) => [...listed].some((m) => n.startsWith(`${m}: `) || n.startsWith(`${m} (`))).length,
    ).toBeGreaterThan(0);
    await expect(links.first()).toHaveAttribute('href', /methods\/[a-z0-9.-]+\/$/);
    await expect(links.first()).toHaveAccessibleName(/FID \d/);
    await links.first().focus();
    await expect(links.first()).toBeFocused();
  }
});
