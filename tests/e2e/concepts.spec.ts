import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { frontmatterOf } from '../../src/lib/content-file';
import { stepCount } from '../../src/lib/generation-order';

const concepts = readdirSync('src/content/concepts').map((n) => ({
  slug: n.replace(/\.mdx$/, ''),
  data: parse(frontmatterOf(readFileSync(`src/content/concepts/${n}`, 'utf8'))!) as {
    terms: Array<{ term: string; anchor: string }>;
  },
}));

for (const c of concepts.filter((x) => x.slug !== 'glossary')) {
  test(`concept "${c.slug}" renders its formulas and every term's anchor exists`, async ({ page }) => {
    await page.goto(`concepts/${c.slug}/`);
    expect(await page.locator('article .katex-display math').count()).toBeGreaterThan(0);
    for (const t of c.data.terms) await expect(page.locator(`[id="${t.anchor}"]`), t.term).toHaveCount(1);
  });
}

test('the glossary lists every term of every concept page, each linking to its explanation', async ({ page }) => {
  await page.goto('concepts/glossary/');
  const all = concepts.flatMap((c) => c.data.terms);
  await expect(page.locator('.glossary dt')).toHaveCount(all.length);
  await page.locator('.glossary dt a', { hasText: /^FID$/ }).click();
  await expect(page).toHaveURL(/concepts\/metrics\/#/);
});

for (const [slug, kind] of [
  ['llamagen', 'raster'],
  ['var', 'next-scale'],
  ['mar', 'random-sets'],
  ['aim', 'raster'],
] as const) {
  test(`${slug}: links to its concepts and shows its generation order with ${stepCount(kind)} steps`, async ({
    page,
  }) => {
    await page.goto(`methods/${slug}/`);
    await expect(
      page.getByRole('navigation', { name: 'Concepts used on this page' }).getByRole('link').first(),
    ).toBeVisible();
    const view = page.locator('#generation-order');
    await expect(view.locator('figcaption')).toContainText(`${stepCount(kind)} sequential steps`);
    await view.getByRole('button', { name: 'Animate this order' }).click();
    await expect(view.locator('[data-counter]')).toHaveText(new RegExp(`of ${stepCount(kind)}$`));
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the view does not play by itself, and every control works from the keyboard', async ({ page }) => {
    await page.goto('methods/var/');
    const view = page.locator('#generation-order');
    await view.getByRole('button', { name: 'Animate this order' }).focus();
    await page.keyboard.press('Enter');
    const counter = view.locator('[data-counter]');
    await expect(counter).toHaveText('Step 0 of 10');
    await page.waitForTimeout(700);
    await expect(counter).toHaveText('Step 0 of 10');
    await view.getByRole('button', { name: 'Step forward' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(counter).toHaveText('Step 2 of 10');
    await expect(view.locator('path.grid.on')).toHaveCount(1);
    await view.getByRole('button', { name: 'Step back' }).focus();
    await page.keyboard.press('Space');
    await expect(counter).toHaveText('Step 1 of 10');
    await view.getByRole('slider').focus();
    await page.keyboard.press('End');
    await expect(counter).toHaveText('Step 10 of 10');
    await view.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('Enter');
    await expect(view.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('no motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the view plays once animated', async ({ page }) => {
    await page.goto('methods/llamagen/');
    const view = page.locator('#generation-order');
    await view.getByRole('button', { name: 'Animate this order' }).click();
    await expect(async () => {
      const n = Number((await view.locator('[data-counter]').textContent())!.match(/Step (\d+)/)![1]);
      expect(n).toBeGreaterThan(5);
    }).toPass({ timeout: 5000 });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the view is a static sequence of frames', async ({ page }) => {
    await page.goto('methods/var/');
    const view = page.locator('#generation-order');
    await expect(view.locator('.frames li')).toHaveCount(10);
    await expect(view.locator('[data-player]')).toBeHidden();
  });
});
