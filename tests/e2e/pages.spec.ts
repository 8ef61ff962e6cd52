import { test, expect } from '@playwright/test';
import { recordConsoleErrors, recordForeignRequests, sitemapPaths } from './support';

test('the sitemap lists the home page, the methods index and every method page', async ({ request, baseURL }) => {
  const paths = await sitemapPaths(request, baseURL!);
  expect(paths).toContain('');
  expect(paths).toContain('methods/');
  expect(paths).toContain('methods/mar/');
});

test('every page in the sitemap answers 200, has one h1 and a title, logs no error and requests nothing from another origin', async ({
  page,
  request,
  baseURL,
}) => {
  const paths = await sitemapPaths(request, baseURL!);
  const origin = new URL(baseURL!).origin;
  for (const path of paths) {
    const errors = recordConsoleErrors(page);
    const foreign = recordForeignRequests(page, origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    expect((await page.title()).length, path).toBeGreaterThan(0);
    expect(errors, `console errors on ${path}`).toEqual([]);
    expect(foreign, `requests to other origins from ${path}`).toEqual([]);
    page.removeAllListeners('request');
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
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
