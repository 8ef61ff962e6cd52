/**
 * The census: every method known but not ranked is listed with its reason, in both editions, and a
 * reader reaches it from the methods index, every board and the contribution guide.
 */
import { test, expect } from '@playwright/test';
import { readCensus } from '../content';
import { vocabLabels } from '../../src/i18n/vocab-labels';

const census = readCensus();

test('the census page lists every entry of the census file under its reason, linked to its paper', async ({ page }) => {
  await page.goto('census/');
  await expect(page.locator('h1')).toHaveText('Known, not on the boards');
  await expect(page.locator('.lede')).toContainText(`${census.length} methods`);
  const labels = vocabLabels('en').censusReason;
  for (const e of census) {
    const row = page.locator(`tr[id="${e.id}"]`);
    await expect(row.locator('th')).toHaveText(e.name);
    // The table it sits in is captioned with its reason.
    await expect(row.locator('xpath=ancestor::table/caption')).toContainText(labels[e.reason]);
    if (e.arxiv)
      await expect(row.getByRole('link', { name: e.arxiv })).toHaveAttribute(
        'href',
        `https://arxiv.org/abs/${e.arxiv}`,
      );
  }
  await expect(page.locator('tbody tr')).toHaveCount(census.length);
});

test('the methods index, every board and the contribution guide link to the census', async ({ page }) => {
  for (const path of ['methods/', 'leaderboard/', 'leaderboard/geneval/', 'contribute/']) {
    await page.goto(path);
    const link = page.locator('.census-link a');
    await expect(link, path).toHaveText(`${census.length} more methods in the census`);
    await expect(link).toHaveAttribute('href', /census\/$/);
  }
});

test('the Chinese census is in Chinese, with the English detail marked as English', async ({ page }) => {
  await page.goto('zh/census/');
  await expect(page.locator('h1')).toHaveText('已知但未上榜');
  const detail = page.locator(`tr[id="${census[0].id}"] td[lang="en"]`).last();
  await expect(detail).toHaveText(census[0].detail);
});
