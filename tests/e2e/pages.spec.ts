import { test, expect } from '@playwright/test';
import { builtPagePaths, recordConsoleErrors, recordForeignRequests, sitemapPaths } from './support';

test('the sitemap lists the home page, the methods index and every method page', async ({ request, baseURL }) => {
  const paths = await sitemapPaths(request, baseURL!);
  expect(paths).toContain('');
  expect(paths).toContain('methods/');
  expect(paths).toContain('methods/mar/');
});

for (const path of builtPagePaths()) {
  test(`${path || 'home'}: answers 200, has one h1 and a title, logs no error, requests nothing from another origin`, async ({ page, baseURL }) => {
    const errors = recordConsoleErrors(page);
    const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(0);
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}

test('the built sitemap and the served sitemap list the same pages', async ({ request, baseURL }) => {
  expect((await sitemapPaths(request, baseURL!)).sort()).toEqual(builtPagePaths().sort());
});

test('an unknown address answers 404 with the site page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the html element declares the language', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
