/**
 * Who leads, and who came first, as the built site states them: every number of the home page's
 * lead table is the best of its side on the board it links to, and no date is shown more precisely
 * than it was read.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readMethods } from '../content';
import { paperDate } from '../../src/lib/dates';
import { BOARDS } from '../../src/lib/board';
import { metric, primaryMetric } from '../../src/lib/benchmarks';

/** The board of a path ("/leaderboard/geneval/"), and its ranked metric with its direction. */
function boardAt(path: string) {
  const board = BOARDS.find((b) => b.path === path)!;
  const m = primaryMetric(board.benchmark);
  return { board, metric: m, label: metric(m).label.en, lowerBetter: metric(m).better === 'lower' };
}

/** The first (best) row of each side on a board page: its model and score (GANs are on neither side). */
async function bestOfEachSide(
  page: Page,
  col: string,
): Promise<Record<'autoregressive' | 'diffusion', { model: string; score: number }>> {
  const rows = await page.locator('#board-table tbody tr').evaluateAll(
    (trs, c) =>
      (trs as HTMLTableRowElement[]).map((tr) => ({
        model: tr.querySelector('th')!.firstChild!.textContent!.trim(),
        score: Number(tr.querySelector(`[data-col="${c}"]`)!.textContent),
        family: tr.dataset.family!,
      })),
    col,
  );
  const ar = rows.find((r) => r.family !== 'diffusion' && r.family !== 'gan')!;
  const diffusion = rows.find((r) => r.family === 'diffusion')!;
  return { autoregressive: ar, diffusion };
}

test('the home page says who leads under every board, each number the best of its side on that board', async ({
  page,
}) => {
  await page.goto('');
  const table = page.getByRole('table', { name: /Who leads under each setting/ });
  const leads = await table.locator('tbody tr').evaluateAll((trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => ({
      board: (tr.querySelector('th a') as HTMLAnchorElement).getAttribute('href')!,
      leader: tr.dataset.leader!,
      tied: tr.dataset.tied !== undefined,
      ar: Number(tr.querySelector('[data-side="autoregressive"] [data-score]')!.getAttribute('data-score')),
      arModel: tr.querySelector('[data-side="autoregressive"]')!.textContent,
      diffusion: Number(tr.querySelector('[data-side="diffusion"] [data-score]')!.getAttribute('data-score')),
      diffusionModel: tr.querySelector('[data-side="diffusion"]')!.textContent,
      gap: Number(tr.querySelector('[data-gap]')!.getAttribute('data-gap')),
    })),
  );
  // Both resolutions, with and without guidance, and the text-to-image boards with original prompts.
  expect(leads.map((l) => l.board)).toEqual(
    expect.arrayContaining([
      '/leaderboard/',
      '/leaderboard/512/',
      '/leaderboard/no-guidance/',
      '/leaderboard/geneval/',
      '/leaderboard/dpg-bench/',
    ]),
  );
  for (const l of leads) {
    const { metric: col, label, lowerBetter } = boardAt(l.board);
    await page.goto(l.board.replace(/^\//, ''));
    const best = await bestOfEachSide(page, col);
    expect([l.board, l.ar, l.diffusion]).toEqual([l.board, best.autoregressive.score, best.diffusion.score]);
    expect(l.arModel).toContain(best.autoregressive.model);
    expect(l.diffusionModel).toContain(best.diffusion.model);
    expect(l.tied).toBe(l.ar === l.diffusion);
    if (!l.tied) expect(l.leader).toBe(l.ar < l.diffusion === lowerBetter ? 'autoregressive' : 'diffusion');
    expect(l.gap).toBeCloseTo(Math.abs(l.ar - l.diffusion), 2);
    // The board says the same in its own sentence, with what the comparison does not control.
    const sentence = page.locator('.lead-sentence');
    if (l.tied) await expect(sentence).toContainText(`Level at ${label} ${l.ar}`);
    else {
      await expect(sentence).toContainText(
        `${l.leader === 'autoregressive' ? 'Autoregressive' : 'Diffusion'} leads by`,
      );
      const best = lowerBetter ? Math.min(l.ar, l.diffusion) : Math.max(l.ar, l.diffusion);
      await expect(sentence).toContainText(`${label} ${best}`);
    }
  }
});

test('every board charts the records of its own setting and states its lead or why it states none', async ({
  page,
}) => {
  await page.goto('leaderboard/');
  const boards = await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('link')
    .evaluateAll((as) => (as as HTMLAnchorElement[]).map((a) => a.getAttribute('href')!));
  expect(boards.filter((h) => h.includes('/leaderboard/')).length).toBe(BOARDS.length);
  for (const href of boards.filter((h) => h.includes('/leaderboard/'))) {
    const { label } = boardAt(href);
    await page.goto(href.replace(/^\//, ''));
    await expect(page.locator('.time-chart svg:visible')).toHaveAttribute('role', 'img');
    const sentence = page.locator('.lead-sentence');
    if ((await sentence.count()) === 0) await expect(page.getByText(/model is on this board yet/)).toBeVisible();
    else
      await expect(sentence).toContainText(
        new RegExp(
          `((Autoregressive|Diffusion) leads by [\\d.]+|Level at) ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      );
  }
});

test('no date is shown more precisely than it was read: the facts box, the timeline and the data', () => {
  const timeline = readFileSync('dist/timeline/index.html', 'utf8');
  const data = JSON.parse(readFileSync('dist/data/methods.json', 'utf8')) as Array<{ slug: string; v1: string }>;
  const wrong: string[] = [];
  for (const m of readMethods()) {
    const { iso } = paperDate(m.data.paper);
    const page = readFileSync(`dist/methods/${m.slug}/index.html`, 'utf8');
    if (!page.includes(`<time datetime="${iso}"`)) wrong.push(`methods/${m.slug}/: no <time datetime="${iso}">`);
    const entry = new RegExp(`id="t-${m.slug}"[^]*?<time datetime="([^"]+)"`).exec(timeline)?.[1];
    if (entry !== iso) wrong.push(`timeline t-${m.slug}: ${entry} for ${iso}`);
    const exported = data.find((d) => d.slug === m.slug)?.v1;
    if (exported !== iso) wrong.push(`data/methods.json ${m.slug}: ${exported} for ${iso}`);
    // A month-only date says the day was not read, in the facts box and on the timeline.
    if (iso.length === 7 && !page.includes('day not read in a primary source'))
      wrong.push(`methods/${m.slug}/: no note`);
  }
  expect(wrong).toEqual([]);
  expect(readMethods().some((m) => paperDate(m.data.paper).precision === 'month')).toBe(true);
});
