import { test, expect } from '@playwright/test';
import { primaryMetric } from '../../src/lib/benchmarks';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { readMethods, readResults } from '../content';

const methods = readMethods();
const rows = readResults();

for (const slug of ['mar', 'llamagen', 'var', 'aim']) {
  test(`${slug}: formulas rendered by KaTeX, results table from the data, BibTeX that parses`, async ({ page }) => {
    const method = methods.find((m) => m.slug === slug)!;
    await page.goto(`methods/${slug}/`);
    await expect(page.locator('h1')).toHaveText(method.data.title);

    const displays = page.locator('article .katex-display');
    expect(await displays.count()).toBeGreaterThanOrEqual(1);
    await expect(displays.first().locator('math')).toHaveCount(1);

    const expected = rows.filter((r) => r.method === slug);
    const table = page.getByRole('table', { name: /numbers as printed/ });
    await expect(table.locator('tbody tr')).toHaveCount(expected.length);
    for (const r of expected) await expect(page.locator(`tr[id="row-${r.id}"]`)).toHaveCount(1);

    const bib = await page.locator('#bibtex').textContent();
    const parsed = parseBibtex(bib ?? '', { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0].fields.eprint).toBe(method.data.paper.arxiv);
    expect(parsed.entries[0].fields.title).toBe(method.data.paper.title);
  });
}

test('a row printed differently by two sources is marked and links to the other row', async ({ page }) => {
  const row = rows.find((r) => r.method === 'var' && r.disagrees_with.length > 0)!;
  await page.goto(`methods/var/`);
  const mark = page.locator(`tr[id="row-${row.id}"] a.mark`);
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveAttribute('href', `#row-${row.disagrees_with[0]}`);
});

test('the data exports equal the content files', async ({ request }) => {
  const results = (await (await request.get('data/results.json')).json()) as Array<{
    id: string;
    method: string;
    benchmark: string;
    metrics: Record<string, number>;
    reported_in: string;
  }>;
  expect(results.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
  for (const r of rows) {
    const e = results.find((x) => x.id === r.id)!;
    const ranked = primaryMetric(r.benchmark);
    expect([e.method, e.benchmark, e.metrics[ranked], e.reported_in]).toEqual([
      r.method,
      r.benchmark,
      r.metrics[ranked],
      r.reported_in,
    ]);
  }
  const ms = (await (await request.get('data/methods.json')).json()) as Array<{ slug: string }>;
  expect(ms.map((m) => m.slug).sort()).toEqual(methods.map((m) => m.slug).sort());
});
