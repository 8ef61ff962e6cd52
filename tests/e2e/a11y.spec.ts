import { test, expect } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './support';

// Every page of the sitemap is scanned by axe in tests/e2e/pages.spec.ts (one load per page);
// these cover states a page load does not reach.

test('the open search dialog with results has no violation', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-dialog .search-input')).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type('mamba');
  await expect(page.locator('#search-dialog .search-result__link').first()).toBeVisible({ timeout: 15_000 });
  expect(await axeViolations(page, { include: '#search-dialog' })).toEqual([]);
});

test('the search page with filters and results has no violation', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('transformer')}`);
  await expect(page.locator('.search-result__link').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('.search-filters summary').click();
  await expect(page.locator('.search-filter').first()).toBeVisible();
  expect(await axeViolations(page, { include: 'main' })).toEqual([]);
});

test('the playing generation-order view and the filtered compare table have no violation', async ({ page }) => {
  await page.goto('methods/mar/');
  await page.getByRole('button', { name: 'Animate this order' }).click();
  expect(await axeViolations(page, { include: '#generation-order' })).toEqual([]);
  await page.goto('compare/?family=next-scale&sort=fid');
  expect(await axeViolations(page, { include: '#compare-filters' })).toEqual([]);
});

test('the axe scan finds what it is for: a missing name, a missing alt text, low contrast', async ({ page }) => {
  await page.goto('methods/');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML(
      'beforeend',
      '<button id="bad-button"></button><img id="bad-img" src="/favicon.svg">' +
        '<p id="bad-text" style="color:#777;background:#888">Low contrast</p>',
    );
  });
  const ids = (v: string[]) => v.map((line) => line.split(' ')[0]).sort();
  expect(ids(await axeViolations(page))).toEqual(['button-name', 'color-contrast', 'image-alt']);
  expect(ids(await axeViolations(page, { rules: COLOUR_RULES }))).toEqual(['color-contrast']);
  expect(ids(await axeViolations(page, { except: COLOUR_RULES }))).toEqual(['button-name', 'image-alt']);
  expect(await axeViolations(page, { include: 'header' })).toEqual([]);
});

test('every interactive element shows a visible focus indicator', async ({ page }) => {
  await page.goto('compare/');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'none';
      const s = getComputedStyle(el);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
        ? 'outline'
        : `none on ${el.outerHTML.slice(0, 80)}`;
    });
    expect(outline).toBe('outline');
  }
});

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });
  test('the theme toggle and the chart stay visible', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
    const fill = await page
      .locator('figure.chart g.mark')
      .first()
      .evaluate((g) => getComputedStyle(g).fill);
    expect(fill).not.toBe('none');
  });
});
