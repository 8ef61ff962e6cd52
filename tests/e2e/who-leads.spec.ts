/**
 * Who leads, and who came first, as the built site states them: every number of the home page's
 * lead table is the best of its side on the board it links to, and no date is shown more precisely
 * than it was read.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readMethods } from '../content';
import { paperDate } from '../../src/lib/dates';

/** The first (best) row of each side on a board page: its model and FID (GANs are on neither side). */
async function bestOfEachSide(
  page: Page,
): Promise<Record<'autoregressive' | 'diffusion', { model: string; fid: number }>> {
  const rows = await page.locator('#board-table tbody tr').evaluateAll((trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => ({
      model: tr.querySelector('th')!.firstChild!.textContent!.trim(),
      fid: Number(tr.querySelector('[data-col="fid"]')!.textContent),
      family: tr.dataset.family!,
    })),
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
      ar: Number(tr.querySelector('[data-side="autoregressive"] [data-score]')!.getAttribute('data-score')),
      arModel: tr.querySelector('[data-side="autoregressive"]')!.textContent!,
      diffusion: Number(tr.querySelector('[data-side="diffusion"] [data-score]')!.getAttribute('data-score')),
      diffusionModel: tr.querySelector('[data-side="diffusion"]')!.textContent!,
      gap: Number(tr.querySelector('[data-gap]')!.getAttribute('data-gap')),
    })),
  );
  // Both resolutions, with and without guidance.
  expect(leads.map((l) => l.board)).toEqual(
    expect.arrayContaining(['/leaderboard/', '/leaderboard/512/', '/leaderboard/no-guidance/']),
  );
  for (const l of leads) {
    await page.goto(l.board.replace(/^\//, ''));
    const best = await bestOfEachSide(page);
    expect([l.board, l.ar, l.diffusion]).toEqual([l.board, best.autoregressive.fid, best.diffusion.fid]);
    expect(l.arModel).toContain(best.autoregressive.model);
    expect(l.diffusionModel).toContain(best.diffusion.model);
    expect(l.leader).toBe(l.ar < l.diffusion ? 'autoregressive' : 'diffusion');
    expect(l.gap).toBeCloseTo(Math.abs(l.ar - l.diffusion), 2);
    // The board says the same in its own sentence, with what the comparison does not control.
    const sentence = page.locator('.lead-sentence');
    await expect(sentence).toContainText(`${l.leader === 'autoregressive' ? 'Autoregressive' : 'Diffusion'} leads by`);
    await expect(sentence).toContainText(`FID ${Math.min(l.ar, l.diffusion)}`);
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
  for (const href of boards.filter((h) => h.includes('/leaderboard/'))) {
    await page.goto(href.replace(/^\//, ''));
    await expect(page.locator('.time-chart svg:visible')).toHaveAttribute('role', 'img');
    const sentence = page.locator('.lead-sentence');
    if ((await sentence.count()) === 0) await expect(page.getByText(/model is on this board yet/)).toBeVisible();
    else await expect(sentence).toContainText(/(Autoregressive|Diffusion) leads by [\d.]+ FID/);
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
