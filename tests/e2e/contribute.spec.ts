import { test, expect } from '@playwright/test';
import { fieldReference } from '../../src/lib/field-reference';
import { methodSchema, resultsFileSchema } from '../../src/content.config';
import { readMethods } from '../content';

test('the contribute page shows the guide and a field reference row for every schema field', async ({ page }) => {
  await page.goto('contribute/');
  await expect(page.locator('h1')).toHaveText('Contributing');
  await expect(page.getByRole('table', { name: 'Method frontmatter fields' }).locator('tbody tr')).toHaveCount(
    fieldReference(methodSchema).length,
  );
  await expect(page.getByRole('table', { name: 'Results file fields' }).locator('tbody tr')).toHaveCount(
    fieldReference(resultsFileSchema).length,
  );
  await expect(page.getByRole('row', { name: /rows\[\]\.metrics\.fid/ })).toContainText('Fréchet Inception Distance');
});

test('a method page links to its file on the repository and to a prefilled report, per page and per row', async ({
  page,
}) => {
  await page.goto('methods/var/');
  const edit = page.getByRole('link', { name: 'Edit this page' });
  expect(await edit.getAttribute('href')).toMatch(/\/edit\/main\/src\/content\/methods\/var\.mdx$/);
  const report = new URL(
    (await page.getByRole('link', { name: 'Report a wrong number', exact: true }).getAttribute('href'))!,
  );
  expect(report.searchParams.get('template')).toBe('report-wrong-number.yml');
  expect(report.searchParams.get('page')).toMatch(/methods\/var\/$/);
  const rowLink = page.getByRole('link', { name: /Report a wrong number in VAR-d30 \(var-d30-256-readme\)/ });
  const rowUrl = new URL((await rowLink.getAttribute('href'))!);
  expect(rowUrl.searchParams.get('row')).toBe('var-d30-256-readme');
  expect(rowUrl.searchParams.get('model')).toBe('VAR-d30');
});

test('the RSS feed lists every method with a link that resolves on the site', async ({ request, baseURL }) => {
  const xml = await (await request.get('rss.xml')).text();
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname);
  expect(links).toHaveLength(readMethods().length);
  const base = new URL(baseURL!).pathname;
  for (const path of links.slice(0, 3)) expect((await request.get(path.slice(base.length))).status()).toBe(200);
});
