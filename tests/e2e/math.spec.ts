import { test, expect } from '@playwright/test';

test('display formulas on the MAR page are rendered by KaTeX with MathML, not left as TeX', async ({ page }) => {
  await page.goto('methods/mar/');
  const displays = page.locator('article .katex-display');
  expect(await displays.count()).toBeGreaterThanOrEqual(2);
  await expect(displays.first().locator('math')).toHaveCount(1);
  await expect(displays.first().locator('annotation[encoding="application/x-tex"]')).toContainText('\\mathcal{L}');
  // No unrendered TeX delimiters survive in the article text.
  const text = await page.locator('article').innerText();
  expect(text).not.toContain('$$');
});

test("KaTeX's stylesheet and fonts are served by the site itself", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const fonts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'font') fonts.push(req.url());
  });
  await page.goto('methods/mar/', { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.some((f) => /KaTeX_/.test(f))).toBe(true);
  for (const f of fonts) expect(new URL(f).origin).toBe(origin);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  );
  expect(loaded.some((f) => f.includes('KaTeX'))).toBe(true);
});
