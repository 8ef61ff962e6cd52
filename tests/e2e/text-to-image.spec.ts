/**
 * The text-to-image half of the comparison, as the built site shows it: boards ranked in their
 * metric's direction, prompt handling never mixed on a board, the table of every row per benchmark,
 * and the same in the Chinese edition. Board lists come from the registry, so a new text-to-image
 * board is tested without a change here.
 */
import { test, expect, type Page } from '@playwright/test';
import { BOARDS } from '../../src/lib/board';
import { benchmark, metric, primaryMetric } from '../../src/lib/benchmarks';
import { vocabLabels } from '../../src/i18n/vocab-labels';
import { readResults } from '../content';

const textBoards = BOARDS.filter((b) => benchmark(b.benchmark).task === 'text-to-image');
const path = (p: string) => p.replace(/^\//, '');

/** A board's rows as the page lists them: rank, model, ranked score, prompt handling cell, family. */
async function boardRows(page: Page, col: string) {
  return page.locator('#board-table tbody tr').evaluateAll(
    (trs, c) =>
      (trs as HTMLTableRowElement[]).map((tr) => ({
        id: tr.id.replace(/^board-/, ''),
        rank: Number(tr.querySelector('[data-col="rank"]')!.textContent),
        score: Number(tr.querySelector(`[data-col="${c}"]`)!.textContent),
        prompts: tr.querySelector('[data-col="prompts"]')?.textContent?.trim() ?? '',
      })),
    col,
  );
}

test('there are text-to-image boards for GenEval (three prompt settings) and DPG-Bench', () => {
  expect(textBoards.map((b) => b.slug)).toEqual(
    expect.arrayContaining(['geneval', 'geneval-rewritten', 'geneval-unstated', 'dpg-bench']),
  );
});

for (const board of textBoards) {
  const m = primaryMetric(board.benchmark);
  const lowerBetter = metric(m).better === 'lower';
  test(`${board.path}: ranked by ${metric(m).label.en}, ${lowerBetter ? 'lower' : 'higher'} first, one row per model, own numbers only, prompts kept apart`, async ({
    page,
  }) => {
    await page.goto(path(board.path));
    const rows = await boardRows(page, m);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++)
      if (lowerBetter) expect(rows[i].score, rows[i].id).toBeGreaterThanOrEqual(rows[i - 1].score);
      else expect(rows[i].score, rows[i].id).toBeLessThanOrEqual(rows[i - 1].score);
    // Every row is the method's own number, and its prompt handling is one the board holds.
    const byId = new Map(readResults().map((r) => [r.id, r]));
    const allowed = board.prompts ?? null;
    const labels = vocabLabels('en').prompt;
    for (const r of rows) {
      const source = byId.get(r.id)!;
      expect(source.benchmark, r.id).toBe(board.benchmark);
      expect(source.reported_in, r.id).toBe(source.method);
      expect(source.metrics[m], r.id).toBe(r.score);
      if (allowed) {
        expect(allowed, r.id).toContain(source.prompts);
        expect(r.prompts, r.id).toContain(labels[source.prompts!]);
      }
    }
  });
}

test('GenEval scores on rewritten prompts never rank beside scores on the prompts as written', async ({ page }) => {
  const idsOn = async (p: string) => {
    await page.goto(p);
    return new Set(await page.locator('#board-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id)));
  };
  const original = await idsOn('leaderboard/geneval/');
  const rewritten = await idsOn('leaderboard/geneval-rewritten/');
  const unstated = await idsOn('leaderboard/geneval-unstated/');
  for (const id of rewritten) expect(original.has(id) || unstated.has(id), id).toBe(false);
  for (const id of unstated) expect(original.has(id), id).toBe(false);
  // Every own GenEval row with rewritten prompts or self-reasoning is behind a row of the rewritten board.
  const own = readResults().filter((r) => r.benchmark === 'geneval' && r.reported_in === r.method);
  expect(own.some((r) => r.prompts === 'rewritten')).toBe(true);
  await page.goto('leaderboard/geneval-rewritten/');
  await expect(page.locator('.lede')).toContainText('rewrote the prompts');
  await expect(page.locator('#board-table thead')).toContainText('Prompts');
});

test('the boards switch from ImageNet to text-to-image in one click, and each links to its own table of every row', async ({
  page,
}) => {
  await page.goto('leaderboard/');
  const nav = page.getByRole('navigation', { name: 'Boards' });
  await expect(nav).toContainText('Text-to-image');
  await nav.getByRole('link', { name: 'GenEval', exact: true }).click();
  await expect(page).toHaveURL(/leaderboard\/geneval\/$/);
  await expect(page.locator('h1')).toContainText('GenEval');
  await expect(page.getByRole('link', { name: 'Every row, every source' })).toHaveAttribute(
    'href',
    /compare\/geneval\/$/,
  );
  await page.getByRole('link', { name: 'Every row, every source' }).click();
  await expect(page.locator('h1')).toHaveText('Compare: GenEval');
  const rows = readResults().filter((r) => r.benchmark === 'geneval');
  await expect(page.locator('#compare-table tbody tr')).toHaveCount(rows.length);
  // Reprints are in the table (with the paper that printed them), not on the board.
  expect(rows.some((r) => r.reported_in !== r.method)).toBe(true);
  await expect(page.locator('#compare-table thead')).toContainText('Post-training');
});

test('the GenEval board charts its metric upwards against size and over time, with the lead stated', async ({
  page,
}) => {
  await page.goto('leaderboard/geneval/');
  await expect(page.locator('#charts')).toHaveText('GenEval against size');
  await expect(page.locator('.time-chart svg:visible')).toHaveAttribute('role', 'img');
  const chart = page.locator('figure.chart', { has: page.locator('#board-params-chart-title') });
  await expect(chart).toContainText('GenEval (higher is better)');
  // Higher is better, so the best model charted is drawn highest; a mark's name ends with its score.
  const best = Math.max(...(await boardRows(page, 'geneval')).map((r) => r.score));
  const marks = await chart.locator('svg:visible .marks a').evaluateAll((as) =>
    as.map((a) => ({
      score: Number(/GenEval ([\d.]+)$/.exec(a.querySelector('title')!.textContent)?.[1]),
      top: a.querySelector('g.mark')!.getBoundingClientRect().top,
    })),
  );
  expect(marks.length).toBeGreaterThan(3);
  const top = marks.reduce((a, b) => (b.top < a.top ? b : a));
  expect(top.score).toBe(Math.max(...marks.map((m) => m.score)));
  expect(top.score).toBeLessThanOrEqual(best);
  await expect(page.locator('.lead-sentence')).toContainText(/(leads by [\d.]+|Level at) GenEval/);
});

test('without JavaScript a text-to-image board and its table are whole', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('leaderboard/dpg-bench/');
  expect(await page.locator('#board-table tbody tr:visible').count()).toBeGreaterThan(0);
  await page.goto('compare/dpg-bench/');
  await expect(page.locator('#compare-table tbody tr:visible')).toHaveCount(
    readResults().filter((r) => r.benchmark === 'dpg-bench').length,
  );
  await context.close();
});

test('the Chinese edition has the text-to-image boards in its own words', async ({ page }) => {
  await page.goto('zh/leaderboard/geneval/');
  await expect(page.locator('h1')).toHaveText('排行榜：文生图 GenEval（原始提示）');
  await expect(page.getByRole('navigation', { name: '榜单' })).toContainText('文生图');
  await expect(page.locator('#board-table thead')).toContainText('提示');
  await expect(page.locator('.lead-sentence')).toContainText(/领先|持平/);
  await page.goto('zh/compare/geneval/');
  await expect(page.locator('h1')).toHaveText('对比：GenEval');
});
