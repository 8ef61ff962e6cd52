import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle switches to dark, is announced as pressed, and persists across navigation', async ({ page }) => {
    await page.goto('');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const bgBefore = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const bgAfter = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bgAfter).not.toBe(bgBefore);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methods' }).click();
    await expect(page).toHaveURL(/methods\/$/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('system dark preference', () => {
  test.use({ colorScheme: 'dark' });

  test('without a stored choice the site follows the system', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
  });
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('methods/mar/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab stop is inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});

test('the MAR page shows its results table and a BibTeX entry with its arXiv id', async ({ page }) => {
  await page.goto('methods/mar/');
  const table = page.getByRole('table', { name: /numbers as printed/ });
  await expect(table.getByRole('rowheader').first()).toContainText('MAR');
  const data = parse(readFileSync('src/content/results/mar.yaml', 'utf8')) as { rows: unknown[] };
  await expect(table.locator('tbody tr')).toHaveCount(data.rows.length);
  await expect(page.locator('#bibtex')).toContainText('eprint = {2406.11838}');
});

test('with a fine pointer (a desktop) the search button shows its keyboard shortcut', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.search-open kbd')).toBeVisible();
});
